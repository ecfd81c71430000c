import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPOINTMENT_LINE_KEY, APPOINTMENT_LINE_LABEL, RequirementError, type Rank } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isPathInScope } from '../../common/scope/scope';
import { scopedUnit, type ScopedUnit } from '../../common/scope/scoped-unit';
import { currentYear, todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { groupsReferenceDate, newLeaderWindow } from '../users/key-groups';
import type { RequirementLineDto } from './dto/requirement.dto';
import type { MakeUpDto, SaveMakeUpDto, ShortfallDto, ShortfallPageDto } from './dto/shortfall.dto';
import { RequirementsService } from './requirements.service';
import { appointmentShortfallSql, overdueRange, promotionDueDate } from './leader-training';
import { requirementLinesSql } from './requirement-sql';

/** The filters the list, its export and its reminder share. */
export interface ShortfallFilter {
  unitId?: string;
  year?: number;
  line?: string;
  q?: string;
  /** One cadre only (the individual 通报); a cadre outside the unit simply has no rows. */
  userId?: string;
}

interface Row {
  user_id: string;
  name: string;
  unit_id: string;
  unit_name: string;
  rank: Rank;
  line: string;
  line_label: string;
  required: string;
  earned: string;
  days: number | null;
  required_days: number | null;
  due_date: string;
  make_up: { arrangement: string; dueDate: string | null; done: boolean; updatedAt: string } | null;
}

const round1 = (n: number) => Math.round(n * 100) / 100;

/** A cadre's standing on one line, as the set-based query counts it. */
export interface LineProgress {
  line: string;
  required: number;
  earned: number;
  days: number | null;
  requiredDays: number | null;
  met: boolean;
}

/**
 * Shortfalls (未达标): the active cadres of a scope who have not met a requirement line that applies to them, with what
 * remains, counted for the whole scope in one query (never the engine once per cadre) from requirement-sql.ts, the set-based
 * definition the dashboard reads too. It must say what forCadre() says
 * for each cadre: "applies" reads ranksAtLevels (requirementRankLevel) and the key groups as keyGroupsOf forms them
 * (new_leader from the appointment date at the year's reference date), and the counting mirrors progress() and daysIn().
 */
@Injectable()
export class ShortfallsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, filter: ShortfallFilter, page: { page: number; pageSize: number }): Promise<ShortfallPageDto> {
    const unit = await scopedUnit(this.db, user, filter.unitId);
    const { items, total } = await this.query(unit, filter, page);
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  /** Every shortfall the filters list (no paging), for the export and the reminder; the unit is checked first. */
  async all(user: AuthUser, filter: ShortfallFilter): Promise<{ unit: ScopedUnit; year: number; items: ShortfallDto[] }> {
    const unit = await scopedUnit(this.db, user, filter.unitId);
    const { items } = await this.query(unit, filter, null);
    return { unit, year: filter.year ?? currentYear(), items };
  }

  private async query(unit: ScopedUnit, filter: ShortfallFilter, page: { page: number; pageSize: number } | null): Promise<{ items: ShortfallDto[]; total: number }> {
    const year = filter.year ?? currentYear();
    const { lines: all } = await this.requirements.get(year);
    const lines = filter.line === undefined ? all : all.filter((l) => l.key === filter.line);
    // 任职培训 is a fixed rule beside the configured lines: leaders whose due date fell in the year unmet.
    const overdue = filter.line === undefined || filter.line === APPOINTMENT_LINE_KEY ? overdueRange(year, todayInShanghai()) : null;
    if (filter.line !== undefined && lines.length === 0 && filter.line !== APPOINTMENT_LINE_KEY) throw unknownLine(filter.line, year);
    if (lines.length === 0 && overdue === null) return { items: [], total: 0 };

    const { after, until } = newLeaderWindow(this.config.newLeaderMonths, groupsReferenceDate(year));
    const q = filter.q?.trim();
    const params: unknown[] = [`${unit.path}%`, after, until, q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null, year, filter.userId ?? null];
    const perLine = requirementLinesSql(lines, year, params, 'base');
    // 任职培训 is no hours line: overdue new leaders join the rows through their own part (leader-training.ts).
    let appointmentPart = '';
    let appointmentRows = '';
    if (overdue) {
      const p = params.length + 1;
      params.push(this.config.appointmentTrainingMonths, overdue.from, overdue.to, APPOINTMENT_LINE_LABEL, lines.length);
      appointmentPart = `,${appointmentShortfallSql(p)}`;
      appointmentRows = '\n  UNION ALL SELECT * FROM l_appointment';
    }
    params.push(page ? page.pageSize : null, page ? (page.page - 1) * page.pageSize : 0);
    const limit = `$${params.length - 1}`;
    const offset = `$${params.length}`;
    const sql = `
WITH base AS (
  SELECT u.id, u.name, u.unit_id, ou.name AS unit_name, ou.path AS unit_path, u.rank,
         u.key_groups::text[] || CASE WHEN u.appointment_date > $2::date AND u.appointment_date <= $3::date THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups
    FROM users u JOIN org_units ou ON ou.id = u.unit_id
   WHERE ou.path LIKE $1 AND u.status = 'active' AND ($4::text IS NULL OR u.name ILIKE $4) AND ($6::uuid IS NULL OR u.id = $6::uuid)
),
${perLine}${appointmentPart},
rows AS (
  SELECT b.id AS user_id, b.name, b.unit_id, b.unit_name, b.unit_path, b.rank, r.line, r.line_label, r.position, r.required, r.earned, r.days, r.required_days, r.due_date
    FROM line_rows r JOIN base b ON b.id = r.user_id WHERE NOT r.met${appointmentRows}
),
page AS (
  SELECT r.*, CASE WHEN m.id IS NULL THEN NULL
                   ELSE json_build_object('arrangement', m.arrangement, 'dueDate', m.due_date::text, 'done', m.done, 'updatedAt', m.updated_at) END AS make_up
    FROM rows r LEFT JOIN requirement_make_ups m ON m.user_id = r.user_id AND m.year = $5 AND m.line_key = r.line
   ORDER BY r.unit_path, r.name, r.user_id, r.position
   LIMIT ${limit} OFFSET ${offset}
)
SELECT (SELECT count(*)::int FROM rows) AS total,
       (SELECT coalesce(json_agg(p ORDER BY p.unit_path, p.name, p.user_id, p.position), '[]'::json) FROM page p) AS items`;
    const [res] = (await this.db.query(sql, params)) as [{ total: number; items: Row[] | string }];
    const rows = (typeof res.items === 'string' ? JSON.parse(res.items) : res.items) as Row[];
    const items = rows.map(toShortfall);
    await this.promotionDueDates(items, lines, year);
    return { total: res.total, items };
  }

  /**
   * A cadre who entered 处级 without having met a 处级 line is due one year after the promotion (promotionDueDate, as the
   * engine says). Only the listed rows are read, so the paged query above stays as it is.
   */
  private async promotionDueDates(items: ShortfallDto[], lines: RequirementLineDto[], year: number): Promise<void> {
    const byKey = new Map(lines.filter((l) => l.appliesTo.rankLevels.includes('chu')).map((l) => [l.key, l]));
    const ids = [...new Set(items.filter((s) => byKey.has(s.line)).map((s) => s.userId))];
    if (ids.length === 0) return;
    const rows = (await this.db.query('SELECT id, chu_since::text AS chu_since FROM users WHERE id = ANY($1::uuid[]) AND chu_since IS NOT NULL', [ids])) as {
      id: string;
      chu_since: string;
    }[];
    const since = new Map(rows.map((r) => [r.id, r.chu_since]));
    for (const s of items) {
      const line = byKey.get(s.line);
      const due = line ? promotionDueDate(line, year, since.get(s.userId) ?? null) : null;
      if (due) s.dueDate = due;
    }
  }

  /**
   * Every line of the year that applies to each active cadre under `path`, met or not (the cadre sheet of the hours
   * export): the same set-based definition as the list, in one query. A cadre held to no line has no entry.
   */
  async progressIn(path: string, year: number): Promise<{ lines: RequirementLineDto[]; byCadre: Map<string, LineProgress[]> }> {
    const { lines } = await this.requirements.get(year);
    const byCadre = new Map<string, LineProgress[]>();
    if (lines.length === 0) return { lines, byCadre };
    const { after, until } = newLeaderWindow(this.config.newLeaderMonths, groupsReferenceDate(year));
    const params: unknown[] = [`${path}%`, after, until];
    const perLine = requirementLinesSql(lines, year, params, 'base');
    const rows = (await this.db.query(
      `WITH base AS (
         SELECT u.id, u.rank,
                u.key_groups::text[] || CASE WHEN u.appointment_date > $2::date AND u.appointment_date <= $3::date THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups
           FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1 AND u.status = 'active'
       ),
       ${perLine}
       SELECT user_id, line, required::text AS required, earned::text AS earned, days, required_days, met FROM line_rows`,
      params,
    )) as { user_id: string; line: string; required: string; earned: string; days: number | null; required_days: number | null; met: boolean }[];
    for (const r of rows) {
      const list = byCadre.get(r.user_id) ?? [];
      list.push({ line: r.line, required: Number(r.required), earned: round1(Number(r.earned)), days: r.days, requiredDays: r.required_days, met: r.met });
      byCadre.set(r.user_id, list);
    }
    return { lines, byCadre };
  }

  /** Records (or updates) the 补训 arranged for a cadre in scope who fell short of a line in a year; audited. */
  async saveMakeUp(user: AuthUser, dto: SaveMakeUpDto, origin: RequestOrigin): Promise<MakeUpDto> {
    const [cadre] = (await this.db.query('SELECT u.id, u.name, ou.path FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1', [dto.userId])) as {
      id: string;
      name: string;
      path: string;
    }[];
    if (!cadre || !isPathInScope(cadre.path, user)) throw notFound('Cadre');
    const { lines } = await this.requirements.get(dto.year);
    if (dto.line !== APPOINTMENT_LINE_KEY && !lines.some((l) => l.key === dto.line)) throw unknownLine(dto.line, dto.year);
    return this.db.transaction(async (tx) => {
      const [before] = (await tx.query('SELECT arrangement, due_date::text AS due_date, done FROM requirement_make_ups WHERE user_id = $1 AND year = $2 AND line_key = $3', [
        dto.userId,
        dto.year,
        dto.line,
      ])) as { arrangement: string; due_date: string | null; done: boolean }[];
      // One record per (cadre, year, line): a second save is the same arrangement brought up to date.
      const [row] = (await tx.query(
        `INSERT INTO requirement_make_ups (user_id, year, line_key, arrangement, due_date, done, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id, year, line_key) DO UPDATE
           SET arrangement = EXCLUDED.arrangement, due_date = EXCLUDED.due_date, done = EXCLUDED.done, updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING arrangement, due_date::text AS due_date, done, updated_at`,
        [dto.userId, dto.year, dto.line, dto.arrangement, dto.dueDate ?? null, dto.done, user.id],
      )) as { arrangement: string; due_date: string | null; done: boolean; updated_at: Date }[];
      await this.audit.record(
        {
          action: 'shortfall.make_up_saved',
          actor: user,
          target: { type: 'user', id: dto.userId },
          unitPath: cadre.path,
          origin,
          details: {
            cadre: cadre.name,
            year: dto.year,
            line: dto.line,
            before: before ? { arrangement: before.arrangement, dueDate: before.due_date, done: before.done } : null,
            after: { arrangement: dto.arrangement, dueDate: dto.dueDate ?? null, done: dto.done },
          },
        },
        tx,
      );
      return { arrangement: row!.arrangement, dueDate: row!.due_date, done: row!.done, updatedAt: new Date(row!.updated_at).toISOString() };
    });
  }
}

function unknownLine(line: string, year: number): AppException {
  return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, RequirementError.UnknownLine, `No requirement line ${line} in ${year}`, [
    { field: 'line', message: `no line ${line} in ${year}` },
  ]);
}

function toShortfall(r: Row): ShortfallDto {
  const required = Number(r.required);
  const earned = round1(Number(r.earned));
  return {
    userId: r.user_id,
    name: r.name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    rank: r.rank,
    line: r.line,
    lineLabel: r.line_label,
    measure: r.line === APPOINTMENT_LINE_KEY ? 'completion' : 'hours',
    required,
    earned,
    remaining: Math.max(0, round1(required - earned)),
    days: r.days,
    requiredDays: r.required_days,
    dueDate: r.due_date,
    makeUp: r.make_up ? { ...r.make_up, updatedAt: new Date(r.make_up.updatedAt).toISOString() } : null,
  };
}
