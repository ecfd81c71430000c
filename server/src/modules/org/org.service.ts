import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { ORG_UNIT_CHILD_KINDS, OrgError, type OrgUnitKind } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import type { CreateOrgUnitDto, MoveOrgUnitDto, OrgUnitDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { OrgUnit } from './org-unit.entity';

interface UnitRow {
  id: string;
  parent_id: string | null;
  name: string;
  kind: OrgUnitKind;
  depth: number;
  sort_order: number;
  retired_at: Date | null;
  path: string;
  child_count: number;
  cadre_count?: number;
}

const ADMIN = ['org_admin', 'unit_admin'] as const;

@Injectable()
export class OrgService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The tree for pickers and the admin tree view. Admins and auditors see their scope subtree; other users (lecturers
   * picking a host village anywhere in the city) see the whole tree, read-only.
   */
  async list(user: AuthUser, query: OrgUnitQueryDto): Promise<OrgUnitDto[]> {
    const scoped = user.scopePath !== null;
    const params: unknown[] = [];
    const where: string[] = [];
    if (scoped) {
      params.push(scopePrefix(user));
      where.push(`u.path LIKE $${params.length}`);
    }
    if (query.parentId) {
      const parent = await this.findVisible(user, query.parentId);
      params.push(parent.id);
      where.push(`u.parent_id = $${params.length}`);
    }
    if (!query.includeRetired) where.push('u.retired_at IS NULL');
    // Counts come from one grouped scan each, joined in, rather than a sub-query per unit.
    const counts = query.counts
      ? `LEFT JOIN (SELECT unit_id, count(*) AS n FROM users WHERE status = 'active' GROUP BY unit_id) uc ON uc.unit_id = u.id`
      : '';
    const rows: UnitRow[] = await this.db.query(
      `SELECT u.id, u.parent_id, u.name, u.kind, u.depth, u.sort_order, u.retired_at, u.path,
              COALESCE(cc.n, 0)::int AS child_count ${query.counts ? ', COALESCE(uc.n, 0)::int AS cadre_count' : ''}
         FROM org_units u
         LEFT JOIN (SELECT parent_id, count(*) AS n FROM org_units WHERE retired_at IS NULL GROUP BY parent_id) cc
                ON cc.parent_id = u.id
         ${counts}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY u.depth, u.sort_order, u.name`,
      params,
    );
    return rows.map((row) => this.toDto(user, row));
  }

  async get(user: AuthUser, id: string): Promise<OrgUnitDto> {
    const unit = await this.findVisible(user, id);
    const [row] = (await this.db.query(
      `SELECT u.id, u.parent_id, u.name, u.kind, u.depth, u.sort_order, u.retired_at, u.path,
              (SELECT count(*) FROM org_units c WHERE c.parent_id = u.id AND c.retired_at IS NULL)::int AS child_count,
              (SELECT count(*) FROM users x WHERE x.unit_id = u.id AND x.status = 'active')::int AS cadre_count
         FROM org_units u WHERE u.id = $1`,
      [unit.id],
    )) as UnitRow[];
    if (!row) throw notFound('Unit');
    return this.toDto(user, row);
  }

  async create(user: AuthUser, dto: CreateOrgUnitDto, origin: RequestOrigin): Promise<OrgUnitDto> {
    const id = await this.db.transaction(async (tx) => {
      const parent = await this.lockInScope(tx, user, dto.parentId);
      if (parent.retiredAt) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, OrgError.UnitRetired, 'The parent unit is retired');
      this.checkKind(parent.kind, dto.kind);
      await this.checkNameFree(tx, parent.id, dto.name);
      const unitId = randomUUID();
      const unit = tx.getRepository(OrgUnit).create({
        id: unitId,
        parentId: parent.id,
        name: dto.name,
        kind: dto.kind,
        path: `${parent.path}${unitId}/`,
        depth: parent.depth + 1,
        sortOrder: dto.sortOrder ?? 0,
      });
      await tx.getRepository(OrgUnit).insert(unit);
      await this.audit.record(
        {
          action: 'org_unit.created',
          actor: user,
          target: { type: 'org_unit', id: unitId },
          unitPath: unit.path,
          origin,
          details: { name: dto.name, kind: dto.kind, parentId: parent.id },
        },
        tx,
      );
      return unitId;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateOrgUnitDto, origin: RequestOrigin): Promise<OrgUnitDto> {
    await this.db.transaction(async (tx) => {
      const unit = await this.lockInScope(tx, user, id);
      const changes: Partial<OrgUnit> = {};
      if (dto.name !== undefined && dto.name !== unit.name) {
        if (unit.parentId) await this.checkNameFree(tx, unit.parentId, dto.name, unit.id);
        changes.name = dto.name;
      }
      if (dto.kind !== undefined && dto.kind !== unit.kind) {
        if (unit.parentId) {
          const parent = await tx.getRepository(OrgUnit).findOneByOrFail({ id: unit.parentId });
          this.checkKind(parent.kind, dto.kind);
        }
        const children = await tx.getRepository(OrgUnit).find({ where: { parentId: unit.id }, select: { kind: true } });
        for (const child of children) this.checkKind(dto.kind, child.kind);
        changes.kind = dto.kind;
      }
      if (dto.sortOrder !== undefined) changes.sortOrder = dto.sortOrder;
      if (Object.keys(changes).length === 0) return;
      await tx.getRepository(OrgUnit).update({ id: unit.id }, changes);
      await this.audit.record(
        {
          action: 'org_unit.updated',
          actor: user,
          target: { type: 'org_unit', id: unit.id },
          unitPath: unit.path,
          origin,
          details: { before: { name: unit.name, kind: unit.kind, sortOrder: unit.sortOrder }, after: changes },
        },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Moves a unit and its whole subtree: one UPDATE rewrites every path under it. */
  async move(user: AuthUser, id: string, dto: MoveOrgUnitDto, origin: RequestOrigin): Promise<OrgUnitDto> {
    await this.db.transaction(async (tx) => {
      const unit = await this.lockInScope(tx, user, id);
      if (unit.path === user.scopePath || unit.parentId === null) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, OrgError.ScopeRootLocked, 'Your own scope unit cannot be moved');
      }
      const parent = await this.lockInScope(tx, user, dto.parentId);
      if (parent.path.startsWith(unit.path)) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, OrgError.MoveIntoOwnSubtree, 'A unit cannot move under itself or its own sub-unit');
      }
      if (parent.retiredAt) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, OrgError.UnitRetired, 'The new parent is retired');
      if (parent.id === unit.parentId) return;
      this.checkKind(parent.kind, unit.kind);
      await this.checkNameFree(tx, parent.id, unit.name, unit.id);
      const newPath = `${parent.path}${unit.id}/`;
      const depthShift = parent.depth + 1 - unit.depth;
      await tx.query(
        `UPDATE org_units
            SET path = $1 || substr(path, length($2) + 1), depth = depth + $3, updated_at = now()
          WHERE path LIKE $4`,
        [newPath, unit.path, depthShift, `${unit.path}%`],
      );
      await tx.getRepository(OrgUnit).update({ id: unit.id }, { parentId: parent.id });
      await this.audit.record(
        {
          action: 'org_unit.moved',
          actor: user,
          target: { type: 'org_unit', id: unit.id },
          unitPath: newPath,
          origin,
          details: { name: unit.name, fromParentId: unit.parentId, toParentId: parent.id },
        },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Retires an empty unit (no active sub-units, no active cadres). History that refers to it stays intact. */
  async retire(user: AuthUser, id: string, origin: RequestOrigin): Promise<OrgUnitDto> {
    await this.db.transaction(async (tx) => {
      const unit = await this.lockInScope(tx, user, id);
      if (unit.path === user.scopePath || unit.parentId === null) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, OrgError.ScopeRootLocked, 'Your own scope unit cannot be retired');
      }
      if (unit.retiredAt) return;
      const [usage] = (await tx.query(
        `SELECT (SELECT count(*) FROM org_units WHERE parent_id = $1 AND retired_at IS NULL)::int AS units,
                (SELECT count(*) FROM users WHERE unit_id = $1 AND status = 'active')::int AS cadres`,
        [unit.id],
      )) as { units: number; cadres: number }[];
      if (usage && (usage.units > 0 || usage.cadres > 0)) {
        throw new AppException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          OrgError.UnitNotEmpty,
          `The unit still has ${usage.units} active sub-units and ${usage.cadres} active cadres`,
        );
      }
      await tx.getRepository(OrgUnit).update({ id: unit.id }, { retiredAt: new Date() });
      await this.audit.record(
        { action: 'org_unit.retired', actor: user, target: { type: 'org_unit', id: unit.id }, unitPath: unit.path, origin, details: { name: unit.name } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** A unit the caller may see: in scope for admins and auditors, any unit for other users. 404 otherwise. */
  async findVisible(user: AuthUser, id: string, manager?: EntityManager): Promise<OrgUnit> {
    const unit = await (manager ?? this.db.manager).getRepository(OrgUnit).findOneBy({ id });
    if (!unit || (user.scopePath !== null && !isPathInScope(unit.path, user))) throw notFound('Unit');
    return unit;
  }

  /** A unit inside an admin's scope, or 404. */
  async findInScope(user: AuthUser, id: string, manager?: EntityManager): Promise<OrgUnit> {
    const unit = await (manager ?? this.db.manager).getRepository(OrgUnit).findOneBy({ id });
    if (!unit || !isPathInScope(unit.path, user)) throw notFound('Unit');
    return unit;
  }

  private async lockInScope(tx: EntityManager, user: AuthUser, id: string): Promise<OrgUnit> {
    const unit = await tx.getRepository(OrgUnit).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit || !isPathInScope(unit.path, user)) throw notFound('Unit');
    return unit;
  }

  private checkKind(parentKind: OrgUnitKind, kind: OrgUnitKind): void {
    if (!ORG_UNIT_CHILD_KINDS[parentKind].includes(kind)) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, OrgError.InvalidParentKind, `A ${kind} cannot sit under a ${parentKind}`, [
        { field: 'kind', message: `allowed under ${parentKind}: ${ORG_UNIT_CHILD_KINDS[parentKind].join(', ') || 'nothing'}` },
      ]);
    }
  }

  private async checkNameFree(tx: EntityManager, parentId: string, name: string, exceptId?: string): Promise<void> {
    const clash = await tx
      .getRepository(OrgUnit)
      .createQueryBuilder('u')
      .where('u.parent_id = :parentId AND u.name = :name AND u.retired_at IS NULL', { parentId, name })
      .andWhere(exceptId ? 'u.id <> :exceptId' : 'TRUE', { exceptId })
      .getExists();
    if (clash) {
      throw new AppException(HttpStatus.CONFLICT, OrgError.DuplicateName, 'Another unit under this parent has that name', [
        { field: 'name', message: 'already used under this parent' },
      ]);
    }
  }

  private toDto(user: AuthUser, row: UnitRow): OrgUnitDto {
    return {
      id: row.id,
      parentId: row.parent_id,
      name: row.name,
      kind: row.kind,
      depth: row.depth,
      sortOrder: row.sort_order,
      retired: row.retired_at !== null,
      childCount: row.child_count,
      ...(row.cadre_count !== undefined ? { cadreCount: row.cadre_count } : {}),
      editable: hasRole(user, ...ADMIN) && isPathInScope(row.path, user),
    };
  }
}
