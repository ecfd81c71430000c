import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidResidentId, maskIdNumber, maskPhone, requirementRankLevel, UserError, RANKS, type Role } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { DomainEvents } from '../../common/events/domain-events';
import { assertPasswordPolicy, generateInitialPassword, hashPassword } from '../../common/crypto/password';
import { AppException, notFound } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { OrgUnit } from '../org/org-unit.entity';
import { OrgService } from '../org/org.service';
import type {
  CreatedUserDto,
  CreateUserDto,
  MeDto,
  PersonalNumbersDto,
  UpdateMeDto,
  UpdateUserDto,
  UserDetailDto,
  UserQueryDto,
  UserSummaryDto,
} from './dto/user.dto';
import { keyGroupsOf, newLeaderWindow } from './key-groups';
import { mayManageAccount, ORG_ADMIN_GRANTS } from './manageable';
import { User } from './user.entity';

const SCOPED: readonly Role[] = ['unit_admin', 'org_admin', 'auditor'];
/** Ranks sort by their order in the list (正处级 first), not alphabetically. */
const RANK_ORDER = `array_position(ARRAY[${RANKS.map((r) => `'${r}'`).join(',')}]::text[], u.rank::text)`;
const SORTS = { name: 'u.name', unit: 'unit.depth', createdAt: 'u.createdAt' } as const;

@Injectable()
export class UsersService {
  private readonly cipher: FieldCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly events: DomainEvents,
  ) {
    this.cipher = new FieldCipher(config.encryptionKey);
  }

  async list(user: AuthUser, query: UserQueryDto): Promise<Page<UserSummaryDto>> {
    const qb = this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin('u.unit', 'unit')
      .addSelect(['unit.id', 'unit.name', 'unit.path', 'unit.depth', 'unit.sortOrder'])
      .where('unit.path LIKE :scope', { scope: scopePrefix(user) });
    if (query.unitId) {
      const unit = await this.org.findInScope(user, query.unitId);
      qb.andWhere('unit.path LIKE :under', { under: `${unit.path}%` });
    }
    if (query.group === 'new_leader') {
      const { after, until } = newLeaderWindow(this.config.newLeaderMonths);
      qb.andWhere('u.appointment_date > :after AND u.appointment_date <= :until', { after, until });
    } else if (query.group) {
      qb.andWhere(':group = ANY(u.key_groups)', { group: query.group });
    }
    if (query.rank) qb.andWhere('u.rank = :rank', { rank: query.rank });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.q) {
      if (/^\d{7,}$/.test(query.q)) {
        qb.andWhere('u.phone = :phone', { phone: query.q });
      } else {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        qb.andWhere('(u.name ILIKE :like OR u.username ILIKE :like)', { like });
      }
    }
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    const sort = query.sort ?? 'unit';
    if (sort === 'rank') qb.addSelect(RANK_ORDER, 'rank_order').orderBy('rank_order', order);
    else qb.orderBy(SORTS[sort], order);
    // By unit: higher levels first, then the units' own order, so a department's or town's cadres stay together.
    if (sort === 'unit') qb.addOrderBy('unit.sortOrder', order).addOrderBy('unit.name', order);
    // TypeORM keeps one direction per key, so the name tie-break must not override a name sort.
    if (sort !== 'name') qb.addOrderBy('u.name', 'ASC');
    qb.addOrderBy('u.id', 'ASC');
    // offset/limit, not skip/take: the join is many-to-one, so rows never multiply and no DISTINCT subquery is needed.
    const [rows, total] = await qb
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return pageOf(
      rows.map((row) => this.toSummary(row)),
      total,
      query,
    );
  }

  async get(user: AuthUser, id: string): Promise<UserDetailDto> {
    return this.toDetail(await this.findInScope(user, id));
  }

  /** The unmasked numbers, for an admin who needs to call or verify someone. Every look is audited. */
  async personalNumbers(user: AuthUser, id: string, origin: RequestOrigin): Promise<PersonalNumbersDto> {
    const target = await this.findManageable(user, id);
    await this.audit.record({
      action: 'user.personal_numbers_viewed',
      actor: user,
      target: { type: 'user', id: target.id },
      unitPath: target.unit?.path ?? null,
      origin,
    });
    return { phone: target.phone, idNumber: target.idNumberEnc ? this.cipher.decrypt(target.idNumberEnc) : null };
  }

  async create(user: AuthUser, dto: CreateUserDto, origin: RequestOrigin): Promise<CreatedUserDto> {
    const generated = dto.initialPassword === undefined ? generateInitialPassword(dto.username) : null;
    const password = dto.initialPassword ?? generated!;
    assertPasswordPolicy(password, dto.username, 'initialPassword', 'The initial password is too weak');
    const passwordHash = await hashPassword(password);
    const id = await this.db.transaction(async (tx) => {
      const unit = await this.unitForCadre(tx, user, dto.unitId);
      const roles = this.normaliseRoles(user, dto.roles ?? ['cadre'], null);
      const scopeUnitId = await this.checkScopeUnit(tx, user, roles, dto.scopeUnitId ?? null);
      if (await tx.getRepository(User).existsBy({ username: dto.username })) {
        throw new AppException(HttpStatus.CONFLICT, UserError.DuplicateUsername, 'The username is taken', [
          { field: 'username', message: 'already taken' },
        ]);
      }
      const idFields = await this.idNumberFields(tx, dto.idNumber ?? null, null);
      const inserted = await tx.getRepository(User).insert({
        username: dto.username,
        passwordHash,
        mustChangePassword: true,
        name: dto.name,
        gender: dto.gender,
        birthDate: dto.birthDate ?? null,
        ethnicity: dto.ethnicity ?? '汉族',
        politicalStatus: dto.politicalStatus ?? null,
        education: dto.education ?? null,
        unitId: unit.id,
        rank: dto.rank ?? 'other',
        position: dto.position ?? null,
        phone: dto.phone ?? null,
        ...idFields,
        appointmentDate: dto.appointmentDate ?? null,
        keyGroups: dto.keyGroups ?? [],
        roles,
        scopeUnitId,
      });
      const newId = (inserted.identifiers[0] as { id: string }).id;
      await this.audit.record(
        {
          action: 'user.created',
          actor: user,
          target: { type: 'user', id: newId },
          unitPath: unit.path,
          origin,
          details: { username: dto.username, name: dto.name, roles, scopeUnitId },
        },
        tx,
      );
      await this.events.emit('cadre.changed', { tx, userId: newId });
      return newId;
    });
    return { ...(await this.get(user, id)), initialPassword: generated };
  }

  async update(user: AuthUser, id: string, dto: UpdateUserDto, origin: RequestOrigin): Promise<UserDetailDto> {
    await this.db.transaction(async (tx) => {
      const target = await this.findManageable(user, id, tx, true);
      const self = target.id === user.id;
      const changes: Partial<User> = {};
      const changed: string[] = [];
      const set = <K extends keyof User>(key: K, value: User[K] | undefined) => {
        if (value === undefined) return;
        if (JSON.stringify(value) === JSON.stringify(target[key])) return;
        changes[key] = value;
        changed.push(key);
      };
      set('name', dto.name);
      set('gender', dto.gender);
      set('birthDate', dto.birthDate);
      set('ethnicity', dto.ethnicity);
      set('politicalStatus', dto.politicalStatus);
      set('education', dto.education);
      set('rank', dto.rank);
      // Entering 处级 starts the one year in which a cadre who has not met the five-year line must meet it; leaving it ends it.
      if (changes.rank !== undefined) {
        const wasChu = requirementRankLevel(target.rank) === 'chu';
        const isChu = requirementRankLevel(changes.rank) === 'chu';
        if (!wasChu && isChu) changes.chuSince = todayInShanghai();
        else if (wasChu && !isChu) changes.chuSince = null;
      }
      set('position', dto.position);
      set('phone', dto.phone);
      set('appointmentDate', dto.appointmentDate);
      set('keyGroups', dto.keyGroups ? [...dto.keyGroups].sort() : undefined);
      if (dto.unitId !== undefined && dto.unitId !== target.unitId) {
        const unit = await this.unitForCadre(tx, user, dto.unitId);
        set('unitId', unit.id);
      }
      if (dto.idNumber !== undefined) {
        const fields = await this.idNumberFields(tx, dto.idNumber, target.id);
        if (fields.idNumberHash !== target.idNumberHash) {
          Object.assign(changes, fields);
          changed.push('idNumber');
        }
      }
      const rolesBefore = target.roles;
      const scopeBefore = target.scopeUnitId;
      if (dto.roles !== undefined || dto.scopeUnitId !== undefined || dto.status !== undefined) {
        if (self) {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.SelfModification, 'You cannot change your own roles, scope or status');
        }
      }
      if (dto.scopeUnitId !== undefined && dto.scopeUnitId !== target.scopeUnitId && !hasRole(user, 'org_admin')) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.RoleNotGrantable, 'Only an org admin may change a scope unit', [
          { field: 'scopeUnitId', message: 'not changeable by you' },
        ]);
      }
      if (dto.roles !== undefined || dto.scopeUnitId !== undefined) {
        const roles = this.normaliseRoles(user, dto.roles ?? target.roles, target.roles);
        const scopeUnitId = await this.checkScopeUnit(tx, user, roles, dto.scopeUnitId !== undefined ? dto.scopeUnitId : target.scopeUnitId);
        set('roles', roles);
        set('scopeUnitId', scopeUnitId);
      }
      set('status', dto.status);
      if (changed.length === 0) return;
      await tx.getRepository(User).update({ id: target.id }, changes);
      if (changes.status === 'disabled') {
        await tx.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'disabled' WHERE user_id = $1 AND revoked_at IS NULL`, [target.id]);
      }
      await this.events.emit('cadre.changed', { tx, userId: target.id });
      const unitPath = target.unit?.path ?? null;
      await this.audit.record(
        { action: 'user.updated', actor: user, target: { type: 'user', id: target.id }, unitPath, origin, details: { fields: changed } },
        tx,
      );
      if (changed.includes('roles') || changed.includes('scopeUnitId')) {
        await this.audit.record(
          {
            action: 'user.roles_changed',
            actor: user,
            target: { type: 'user', id: target.id },
            unitPath,
            origin,
            details: { before: { roles: rolesBefore, scopeUnitId: scopeBefore }, after: { roles: changes.roles ?? rolesBefore, scopeUnitId: changes.scopeUnitId !== undefined ? changes.scopeUnitId : scopeBefore } },
          },
          tx,
        );
      }
    });
    return this.get(user, id);
  }

  /** Issues a new initial password (shown once), forces a change at next sign-in and ends the cadre's sessions. */
  async resetPassword(user: AuthUser, id: string, origin: RequestOrigin): Promise<{ initialPassword: string }> {
    // The username (which never changes) is read first, so that the slow hash stays outside the transaction's row lock.
    const { username } = await this.findManageable(user, id);
    if (id === user.id) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.SelfModification, 'Change your own password on your profile page');
    }
    const initialPassword = generateInitialPassword(username);
    const passwordHash = await hashPassword(initialPassword);
    await this.db.transaction(async (tx) => {
      const target = await this.findManageable(user, id, tx, true);
      await tx.getRepository(User).update({ id: target.id }, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() });
      await tx.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'password_reset' WHERE user_id = $1 AND revoked_at IS NULL`, [target.id]);
      await tx.query(`DELETE FROM login_failures WHERE username = $1`, [target.username]);
      await this.audit.record(
        { action: 'user.password_reset', actor: user, target: { type: 'user', id: target.id }, unitPath: target.unit?.path ?? null, origin },
        tx,
      );
    });
    return { initialPassword };
  }

  async me(user: AuthUser): Promise<MeDto> {
    const me = await this.db.getRepository(User).findOne({ where: { id: user.id }, relations: { unit: true, scopeUnit: true } });
    if (!me) throw notFound('User');
    return {
      id: me.id,
      username: me.username,
      name: me.name,
      roles: me.roles,
      unitId: me.unitId,
      unitName: me.unit?.name ?? '',
      unitTrail: await this.trail(me.unit?.path ?? ''),
      scopeUnitId: me.scopeUnitId,
      scopeUnitName: me.scopeUnit?.name ?? null,
      keyGroups: keyGroupsOf(me, this.config.newLeaderMonths),
      gender: me.gender,
      birthDate: me.birthDate,
      ethnicity: me.ethnicity,
      politicalStatus: me.politicalStatus,
      education: me.education,
      rank: me.rank,
      position: me.position,
      phone: me.phone,
      idNumber: me.idNumberEnc ? maskIdNumber(this.cipher.decrypt(me.idNumberEnc)) : null,
      appointmentDate: me.appointmentDate,
      mustChangePassword: me.mustChangePassword,
    };
  }

  async updateMe(user: AuthUser, dto: UpdateMeDto): Promise<MeDto> {
    if (dto.phone !== undefined) await this.db.getRepository(User).update({ id: user.id }, { phone: dto.phone });
    return this.me(user);
  }

  /**
   * A cadre in scope whom the caller may act on: change, disable, reset the password of, or reveal the numbers of. The
   * home unit alone does not decide: an account holding a role or scope the caller could not grant (an org admin or
   * auditor scoped above a unit admin, a peer unit admin, an org admin scoped to the city for one scoped to a town) is
   * refused with the answer a role change gets, or a unit admin could lock out the people above them. An org admin may
   * manage another org admin of their own scope, whom they could have created (and someone must be able to disable a
   * root admin who has left). Their own account is the caller's to edit within the self-modification rules.
   */
  private async findManageable(user: AuthUser, id: string, manager?: EntityManager, lock = false): Promise<User> {
    const target = await this.findInScope(user, id, manager, lock);
    if (target.id === user.id) return target;
    if (!mayManageAccount(user, { roles: target.roles, scopeUnitId: target.scopeUnitId, scopeUnitPath: target.scopeUnit?.path ?? null })) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.RoleNotGrantable, 'This account holds a role or scope you may not grant, so you may not manage it');
    }
    return target;
  }

  /** A cadre in the caller's scope (through their unit), or 404. */
  private async findInScope(user: AuthUser, id: string, manager?: EntityManager, lock = false): Promise<User> {
    const repo = (manager ?? this.db.manager).getRepository(User);
    const qb = repo
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.unit', 'unit')
      .leftJoinAndSelect('u.scopeUnit', 'scopeUnit')
      .where('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['u']);
    const target = await qb.getOne();
    if (!target || !target.unit || !isPathInScope(target.unit.path, user)) throw notFound('Cadre');
    return target;
  }

  private async unitForCadre(tx: EntityManager, user: AuthUser, unitId: string): Promise<OrgUnit> {
    const unit = await tx.getRepository(OrgUnit).findOneBy({ id: unitId });
    if (!unit || !isPathInScope(unit.path, user) || unit.retiredAt) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.UnitOutOfScope, 'The unit does not exist, is retired or lies outside your scope', [
        { field: 'unitId', message: 'not a unit in your scope' },
      ]);
    }
    return unit;
  }

  /** `cadre` is always present. Unit admins grant only `lecturer` and cannot touch admin or auditor roles. */
  private normaliseRoles(user: AuthUser, requested: Role[], current: Role[] | null): Role[] {
    const roles = [...new Set<Role>(['cadre', ...requested])].sort();
    if (!hasRole(user, 'org_admin')) {
      const privileged = (list: Role[]) => list.filter((r) => ORG_ADMIN_GRANTS.includes(r)).sort().join(',');
      if (privileged(roles) !== privileged(current ?? [])) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.RoleNotGrantable, 'Only an org admin may grant or remove admin and auditor roles', [
          { field: 'roles', message: 'not grantable by you' },
        ]);
      }
    }
    return roles;
  }

  private async checkScopeUnit(tx: EntityManager, user: AuthUser, roles: Role[], scopeUnitId: string | null): Promise<string | null> {
    const needsScope = roles.some((r) => SCOPED.includes(r));
    if (!needsScope) return null;
    if (!scopeUnitId) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.ScopeUnitRequired, 'Admin and auditor roles need a scope unit', [
        { field: 'scopeUnitId', message: 'required for admin and auditor roles' },
      ]);
    }
    const unit = await tx.getRepository(OrgUnit).findOneBy({ id: scopeUnitId });
    if (!unit || !isPathInScope(unit.path, user)) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, UserError.UnitOutOfScope, 'The scope unit lies outside your scope', [
        { field: 'scopeUnitId', message: 'not a unit in your scope' },
      ]);
    }
    return unit.id;
  }

  private async idNumberFields(tx: EntityManager, idNumber: string | null, exceptUserId: string | null) {
    if (idNumber === null) return { idNumberEnc: null, idNumberHash: null };
    if (!isValidResidentId(idNumber)) {
      throw new AppException(HttpStatus.BAD_REQUEST, UserError.InvalidIdNumber, 'The ID number fails its check digit', [
        { field: 'idNumber', message: 'not a valid resident ID number' },
      ]);
    }
    const idNumberHash = this.cipher.hash(idNumber);
    const clash = await tx
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.id_number_hash = :h', { h: idNumberHash })
      .andWhere(exceptUserId ? 'u.id <> :except' : 'TRUE', { except: exceptUserId })
      .getExists();
    if (clash) {
      throw new AppException(HttpStatus.CONFLICT, UserError.DuplicateIdNumber, 'Another cadre has this ID number', [
        { field: 'idNumber', message: 'already recorded for another cadre' },
      ]);
    }
    return { idNumberEnc: this.cipher.encrypt(idNumber), idNumberHash };
  }

  private async trail(path: string): Promise<string[]> {
    const ids = path.split('/').filter(Boolean);
    if (ids.length === 0) return [];
    const rows = (await this.db.query('SELECT id, name FROM org_units WHERE id = ANY($1::uuid[])', [ids])) as { id: string; name: string }[];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    return ids.map((id) => names.get(id) ?? '');
  }

  private toSummary(u: User): UserSummaryDto {
    return {
      id: u.id,
      username: u.username,
      name: u.name,
      gender: u.gender,
      birthDate: u.birthDate,
      unitId: u.unitId,
      unitName: u.unit?.name ?? '',
      rank: u.rank,
      position: u.position,
      phone: maskPhone(u.phone),
      keyGroups: keyGroupsOf(u, this.config.newLeaderMonths),
      roles: u.roles,
      scopeUnitId: u.scopeUnitId,
      status: u.status,
      appointmentDate: u.appointmentDate,
    };
  }

  private async toDetail(u: User): Promise<UserDetailDto> {
    return {
      ...this.toSummary(u),
      ethnicity: u.ethnicity,
      politicalStatus: u.politicalStatus,
      education: u.education,
      idNumber: u.idNumberEnc ? maskIdNumber(this.cipher.decrypt(u.idNumberEnc)) : null,
      assignedGroups: u.keyGroups,
      scopeUnitName: u.scopeUnit?.name ?? null,
      unitTrail: await this.trail(u.unit?.path ?? ''),
      mustChangePassword: u.mustChangePassword,
      hasPassword: u.passwordHash !== null,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}
