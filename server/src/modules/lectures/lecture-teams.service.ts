import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, LectureError } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { OrgUnit } from '../org/org-unit.entity';
import type {
  CreateLectureTeamDto,
  CreateLectureTopicDto,
  LectureTeamDetailDto,
  LectureTeamDto,
  LectureTeamQueryDto,
  LectureTopicDto,
  SetTeamMembersDto,
  UpdateLectureTeamDto,
  UpdateLectureTopicDto,
} from './dto/lecture.dto';
import { LectureTeam, LectureTeamMember, LectureTopic } from './lecture-team.entity';

/** True for a unique-constraint violation of the named index. */
function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && name === constraint;
}

/** The fields a PATCH body actually sets. */
function definedOnly<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const duplicateName = () => new AppException(HttpStatus.CONFLICT, LectureError.DuplicateName, 'This name is taken', [{ field: 'name', message: 'already used' }]);

/**
 * Lecture teams (the "1＋6＋N" structure) and the topic list. Teams are visible to every signed-in user (lecturers pick
 * theirs, admins see the city's structure); they are managed by admins whose scope covers the team's home unit, and the
 * municipal and specialised teams by org admins only.
 */
@Injectable()
export class LectureTeamsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  canManage(user: AuthUser, team: Pick<LectureTeam, 'homeUnitPath' | 'level'>): boolean {
    if (!isPathInScope(team.homeUnitPath, user)) return false;
    return hasRole(user, 'org_admin') || (hasRole(user, 'unit_admin') && team.level === 'grassroots');
  }

  async list(user: AuthUser, query: LectureTeamQueryDto): Promise<LectureTeamDto[]> {
    const year = Number(todayInShanghai().slice(0, 4));
    const rows = (await this.db.query(
      `SELECT t.id, t.name, t.level, t.home_unit_id, ou.name AS home_unit_name, t.home_unit_path, t.description, t.active,
              (SELECT count(*)::int FROM lecture_team_members m WHERE m.team_id = t.id) AS member_count,
              (SELECT count(*)::int FROM lecture_sessions s WHERE s.team_id = t.id AND s.status = 'verified'
                  AND s.started_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai')
                  AND s.started_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')) AS sessions_this_year,
              EXISTS (SELECT 1 FROM lecture_team_members m WHERE m.team_id = t.id AND m.user_id = $1) AS mine
         FROM lecture_teams t JOIN org_units ou ON ou.id = t.home_unit_id
        WHERE ($3::boolean OR t.active)
          AND (NOT $4::boolean OR EXISTS (SELECT 1 FROM lecture_team_members m WHERE m.team_id = t.id AND m.user_id = $1))
        ORDER BY array_position(ARRAY['municipal','specialised','grassroots']::text[], t.level::text), t.name`,
      [user.id, year, query.includeInactive === true, query.mine === true],
    )) as Record<string, unknown>[];
    return rows.map((r) => this.toDto(user, r));
  }

  async get(user: AuthUser, id: string): Promise<LectureTeamDetailDto> {
    const [team] = (await this.list(user, { includeInactive: true })).filter((t) => t.id === id);
    if (!team) throw notFound('Lecture team');
    const members = (await this.db.query(
      `SELECT m.user_id AS "userId", u.name, ou.name AS "unitName", u.position AS post, m.leader
         FROM lecture_team_members m JOIN users u ON u.id = m.user_id JOIN org_units ou ON ou.id = u.unit_id
        WHERE m.team_id = $1 ORDER BY m.leader DESC, u.name`,
      [id],
    )) as LectureTeamDetailDto['members'];
    return { ...team, members };
  }

  async create(user: AuthUser, dto: CreateLectureTeamDto, origin: RequestOrigin): Promise<LectureTeamDetailDto> {
    const unit = await this.unitInScope(user, dto.homeUnitId, 'homeUnitId');
    if (!this.canManage(user, { homeUnitPath: unit.path, level: dto.level })) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the organisation department sets up municipal and specialised teams');
    }
    const id = await this.db.transaction(async (tx) => {
      let saved: LectureTeam;
      try {
        saved = await tx.getRepository(LectureTeam).save({
          name: dto.name,
          level: dto.level,
          homeUnitId: unit.id,
          homeUnitPath: unit.path,
          description: dto.description ?? '',
        });
      } catch (err) {
        if (isUniqueViolation(err, 'uq_lecture_teams_name')) throw duplicateName();
        throw err;
      }
      await this.audit.record(
        { action: 'lecture_team.changed', actor: user, target: { type: 'lecture_team', id: saved.id }, unitPath: unit.path, origin, details: { created: dto } },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateLectureTeamDto, origin: RequestOrigin): Promise<LectureTeamDetailDto> {
    await this.db.transaction(async (tx) => {
      const team = await this.managed(tx, user, id);
      const changes = definedOnly(dto);
      // Nothing to change (an empty PATCH): TypeORM refuses an UPDATE without values, and there is nothing to audit.
      if (Object.keys(changes).length === 0) return;
      try {
        await tx.getRepository(LectureTeam).update({ id }, changes);
      } catch (err) {
        if (isUniqueViolation(err, 'uq_lecture_teams_name')) throw duplicateName();
        throw err;
      }
      await this.audit.record(
        {
          action: 'lecture_team.changed',
          actor: user,
          target: { type: 'lecture_team', id },
          unitPath: team.homeUnitPath,
          origin,
          details: { before: { name: team.name, description: team.description, active: team.active }, after: changes },
        },
        tx,
      );
    });
    return this.get(user, id);
  }

  /**
   * Replaces the members. Each must be an active cadre in the caller's scope; new members get the `lecturer` role (being
   * on a team is what makes a cadre a lecturer), and the change is audited with who joined and who left.
   */
  async setMembers(user: AuthUser, id: string, dto: SetTeamMembersDto, origin: RequestOrigin): Promise<LectureTeamDetailDto> {
    const ids = dto.members.map((m) => m.userId);
    if (new Set(ids).size !== ids.length) {
      throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'A cadre is listed twice', [{ field: 'members', message: 'duplicate userId' }]);
    }
    await this.db.transaction(async (tx) => {
      const team = await this.managed(tx, user, id);
      const found = (await tx.query(
        `SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND ou.path LIKE $2`,
        [ids, scopePrefix(user)],
      )) as { id: string }[];
      const known = new Set(found.map((r) => r.id));
      const missing = dto.members.map((m, i) => ({ m, i })).filter(({ m }) => !known.has(m.userId));
      if (missing.length > 0) {
        throw new AppException(
          HttpStatus.NOT_FOUND,
          CommonError.NotFound,
          'Some cadres were not found in your scope',
          missing.map(({ i }) => ({ field: `members.${i}.userId`, message: 'no such active cadre in your scope' })),
        );
      }
      const before = (await tx.getRepository(LectureTeamMember).findBy({ teamId: id })).map((m) => m.userId);
      await tx.getRepository(LectureTeamMember).delete({ teamId: id });
      if (dto.members.length > 0) {
        await tx.getRepository(LectureTeamMember).insert(dto.members.map((m) => ({ teamId: id, userId: m.userId, leader: m.leader ?? false })));
      }
      const granted = (await tx.query(
        `UPDATE users SET roles = array_append(roles, 'lecturer') WHERE id = ANY($1::uuid[]) AND NOT ('lecturer' = ANY(roles)) RETURNING id`,
        [ids],
      )) as [{ id: string }[], number];
      await this.audit.record(
        {
          action: 'lecture_team.changed',
          actor: user,
          target: { type: 'lecture_team', id },
          unitPath: team.homeUnitPath,
          origin,
          details: {
            joined: ids.filter((u) => !before.includes(u)),
            left: before.filter((u) => !ids.includes(u)),
            lecturerRoleGranted: granted[0].map((r) => r.id),
          },
        },
        tx,
      );
    });
    return this.get(user, id);
  }

  // ---- topics ----

  async topics(includeInactive: boolean): Promise<LectureTopicDto[]> {
    const rows = (await this.db.query(
      `SELECT t.id, t.name, t.sort_order AS "sortOrder", t.active,
              (SELECT count(*)::int FROM lecture_sessions s WHERE s.topic_id = t.id) AS "sessionCount"
         FROM lecture_topics t WHERE $1::boolean OR t.active ORDER BY t.sort_order, t.name`,
      [includeInactive],
    )) as LectureTopicDto[];
    return rows;
  }

  async createTopic(user: AuthUser, dto: CreateLectureTopicDto, origin: RequestOrigin): Promise<LectureTopicDto> {
    const id = await this.db.transaction(async (tx) => {
      let saved: LectureTopic;
      try {
        saved = await tx.getRepository(LectureTopic).save({ name: dto.name, sortOrder: dto.sortOrder ?? 100 });
      } catch (err) {
        if (isUniqueViolation(err, 'uq_lecture_topics_name')) throw duplicateName();
        throw err;
      }
      await this.audit.record({ action: 'lecture_topic.changed', actor: user, target: { type: 'lecture_topic', id: saved.id }, unitPath: user.scopePath, origin, details: { created: dto } }, tx);
      return saved.id;
    });
    return this.topic(id);
  }

  async updateTopic(user: AuthUser, id: string, dto: UpdateLectureTopicDto, origin: RequestOrigin): Promise<LectureTopicDto> {
    await this.db.transaction(async (tx) => {
      const topic = await tx.getRepository(LectureTopic).findOneBy({ id });
      if (!topic) throw notFound('Topic');
      const changes = definedOnly(dto);
      if (Object.keys(changes).length === 0) return;
      try {
        await tx.getRepository(LectureTopic).update({ id }, changes);
      } catch (err) {
        if (isUniqueViolation(err, 'uq_lecture_topics_name')) throw duplicateName();
        throw err;
      }
      await this.audit.record(
        { action: 'lecture_topic.changed', actor: user, target: { type: 'lecture_topic', id }, unitPath: user.scopePath, origin, details: { before: topic, after: changes } },
        tx,
      );
    });
    return this.topic(id);
  }

  async removeTopic(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const topic = await tx.getRepository(LectureTopic).findOneBy({ id });
      if (!topic) throw notFound('Topic');
      const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM lecture_sessions WHERE topic_id = $1', [id])) as [{ n: number }];
      if (n > 0) throw new AppException(HttpStatus.CONFLICT, LectureError.InUse, `${n} sessions use this topic; hide it instead`);
      await tx.getRepository(LectureTopic).delete({ id });
      await this.audit.record({ action: 'lecture_topic.changed', actor: user, target: { type: 'lecture_topic', id }, unitPath: user.scopePath, origin, details: { deleted: topic.name } }, tx);
    });
  }

  private async topic(id: string): Promise<LectureTopicDto> {
    const found = (await this.topics(true)).find((t) => t.id === id);
    if (!found) throw notFound('Topic');
    return found;
  }

  private async managed(tx: EntityManager, user: AuthUser, id: string): Promise<LectureTeam> {
    const team = await tx.getRepository(LectureTeam).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!team || !isPathInScope(team.homeUnitPath, user)) throw notFound('Lecture team');
    if (!this.canManage(user, team)) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the organisation department manages municipal and specialised teams');
    }
    return team;
  }

  private async unitInScope(user: AuthUser, unitId: string, field: string): Promise<OrgUnit> {
    const unit = await this.db.getRepository(OrgUnit).findOneBy({ id: unitId });
    if (!unit || !isPathInScope(unit.path, user)) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field, message: 'no such unit in your scope' }]);
    }
    return unit;
  }

  private toDto(user: AuthUser, r: Record<string, unknown>): LectureTeamDto {
    const homeUnitPath = r.home_unit_path as string;
    const level = r.level as LectureTeam['level'];
    return {
      id: r.id as string,
      name: r.name as string,
      level,
      homeUnitId: r.home_unit_id as string,
      homeUnitName: r.home_unit_name as string,
      description: r.description as string,
      active: r.active as boolean,
      memberCount: r.member_count as number,
      sessionsThisYear: r.sessions_this_year as number,
      mine: r.mine as boolean,
      canManage: this.canManage(user, { homeUnitPath, level }),
    };
  }
}
