import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPOINTMENT_LINE_KEY,
  APPOINTMENT_LINE_LABEL,
  CommonError,
  DEFAULT_REQUIREMENT_LINES,
  RequirementError,
  type Rank,
  type RequirementSource,
} from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { isPathInScope, isRootScope } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { groupsReferenceDate, keyGroupsOf } from '../users/key-groups';
import { User } from '../users/user.entity';
import type { CadreRequirementsDto, RequirementLineDto, RequirementProgressDto, RequirementsDto } from './dto/requirement.dto';
import { RequirementLine } from './requirement-line.entity';
import { appointmentApplies, appointmentDueDate, appointmentFactsSql, appointmentMet, promotionDueDate, type AppointmentFacts } from './leader-training';
import { applies, REQUIREMENT_SOURCE_SQL, windowOf } from './requirement-rules';
import { assertYearOpenForPath, frozenRequirements } from './settlement-guard';

/** Hours in hundredths, as the ledger keeps them (a short course gives 0.25). */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The requirement lines (学时要求) and the engine that measures a cadre against them: per line, the 学时 of its sources
 * within its window and, where it has a days alternative, the distinct days of centralised training. This is the one
 * place such figures are counted, so the archive (and later the dashboard, exports and reports) cannot disagree.
 */
@Injectable()
export class RequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** `manager`: a caller inside a transaction reads through it (the embedded database has one connection). */
  async get(year: number, manager: EntityManager = this.db.manager): Promise<RequirementsDto> {
    const rows = await manager.getRepository(RequirementLine).find({ where: { year }, order: { position: 'ASC', key: 'ASC' } });
    if (rows.length === 0) return { year, isDefault: true, lines: DEFAULT_REQUIREMENT_LINES.map((l) => ({ ...l, appliesTo: { ...l.appliesTo }, sources: [...l.sources] })) };
    return {
      year,
      isDefault: false,
      lines: rows.map((r) => ({
        key: r.key,
        label: r.label,
        appliesTo: { rankLevels: r.rankLevels, groups: r.keyGroups },
        hours: Number(r.hours),
        days: r.days,
        windowYears: r.windowYears,
        windowStart: r.windowStart,
        sources: r.sources,
      })),
    };
  }

  /** Replaces the year's lines. They bind the whole city, so only an org admin scoped to the root sets them. */
  async save(user: AuthUser, year: number, lines: RequirementLineDto[], origin: RequestOrigin): Promise<RequirementsDto> {
    if (!isRootScope(user)) {
      throw new AppException(HttpStatus.FORBIDDEN, RequirementError.RootAdminOnly, 'Only the city organisation department sets the requirement lines');
    }
    const problems: FieldProblem[] = [];
    const keys = new Set<string>();
    lines.forEach((l, i) => {
      if (keys.has(l.key)) problems.push({ field: `lines.${i}.key`, message: 'each key may appear once' });
      if (l.key === APPOINTMENT_LINE_KEY) problems.push({ field: `lines.${i}.key`, message: `${APPOINTMENT_LINE_KEY} is the fixed 任职培训 rule` });
      keys.add(l.key);
      if (l.windowYears > 1 && (l.windowStart === null || l.windowStart === undefined)) {
        problems.push({ field: `lines.${i}.windowStart`, message: 'a cycle of several years needs its first year' });
      }
    });
    if (problems.length > 0) throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Invalid requirement lines', problems);
    const before = await this.get(year);
    await this.db.transaction(async (tx) => {
      // A settled year keeps the lines it was counted against until it is reopened.
      await assertYearOpenForPath(tx, user.scopePath ?? '', year);
      await tx.getRepository(RequirementLine).delete({ year });
      if (lines.length > 0) {
        await tx.getRepository(RequirementLine).insert(
          lines.map((l, i) => ({
            year,
            key: l.key,
            label: l.label,
            position: i,
            rankLevels: l.appliesTo.rankLevels,
            keyGroups: l.appliesTo.groups,
            hours: l.hours,
            days: l.days ?? null,
            windowYears: l.windowYears,
            // A one-year window has no cycle start; keeping one would only invite a different reading later.
            windowStart: l.windowYears > 1 ? l.windowStart : null,
            sources: l.sources,
          })),
        );
      }
      await this.audit.record(
        {
          action: 'requirements.saved',
          actor: user,
          target: null,
          unitPath: user.scopePath,
          origin,
          details: { year, before: before.lines.map((l) => `${l.key}:${l.hours}`), after: lines.map((l) => `${l.key}:${l.hours}`) },
        },
        tx,
      );
    });
    return this.get(year);
  }

  async forCadre(userId: string, year = Number(todayInShanghai().slice(0, 4))): Promise<CadreRequirementsDto> {
    const cadre = await this.db.getRepository(User).findOne({ where: { id: userId } });
    if (!cadre) throw notFound('Cadre');
    const frozen = await frozenRequirements(this.db, userId, year);
    if (frozen) return frozen;
    const keyGroups = keyGroupsOf(cadre, this.config.newLeaderMonths, groupsReferenceDate(year));
    const { lines } = await this.get(year);
    const applicable = lines.filter((l) => applies(l, { rank: cadre.rank as Rank, keyGroups }));
    const progress = await Promise.all(applicable.map((l) => this.progress(userId, l, year)));
    for (const [i, p] of progress.entries()) {
      const promoted = p.met ? null : promotionDueDate(applicable[i]!, year, cadre.chuSince);
      if (promoted) Object.assign(p, { dueDate: promoted, promotedOn: cadre.chuSince });
    }
    const appointment = await this.appointment(cadre, year);
    return { year, userId, settled: false, settledAt: null, lines: appointment ? [...progress, appointment] : progress };
  }

  /**
   * 任职培训 (key `appointment`), a fixed rule beside the configured lines: for a cadre whose period from the appointment to
   * its due date touches the year, met by a completed class of kind appointment or every new-leader required course.
   */
  private async appointment(cadre: User, year: number): Promise<RequirementProgressDto | null> {
    const months = this.config.appointmentTrainingMonths;
    const today = todayInShanghai();
    if (!appointmentApplies(cadre.appointmentDate, months, year, today)) return null;
    const [facts] = (await this.db.query(appointmentFactsSql('SELECT $1::uuid AS id', '$2'), [cadre.id, months])) as AppointmentFacts[];
    if (!facts) return null;
    const dueDate = appointmentDueDate(facts.appointment_date, months);
    const satisfiedBy = appointmentMet(facts);
    const met = satisfiedBy !== null;
    return {
      key: APPOINTMENT_LINE_KEY,
      label: APPOINTMENT_LINE_LABEL,
      required: 1,
      earned: met ? 1 : 0,
      remaining: met ? 0 : 1,
      met,
      windowStart: Number(facts.appointment_date.slice(0, 4)),
      windowEnd: Number(dueDate.slice(0, 4)),
      dueDate,
      bySource: {},
      days: null,
      requiredDays: null,
      byYear: [],
      appointment: {
        appointmentDate: facts.appointment_date,
        // Overdue as the shortfalls of this year count it: the due date has passed and fell in the year (or before).
        overdue: !met && dueDate < today && dueDate <= `${year}-12-31`,
        satisfiedBy,
        classTitle: facts.class_title,
        coursesRequired: facts.courses_required,
        coursesCompleted: facts.courses_completed,
      },
    };
  }

  /** An admin reads a cadre in scope (404 outside it, never revealing the cadre exists). */
  async forCadreInScope(user: AuthUser, userId: string, year?: number): Promise<CadreRequirementsDto> {
    const [row] = (await this.db.query('SELECT ou.path FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1', [userId])) as { path: string }[];
    if (!row || !isPathInScope(row.path, user)) throw notFound('Cadre');
    return this.forCadre(userId, year);
  }

  private async progress(userId: string, line: RequirementLineDto, year: number): Promise<RequirementProgressDto> {
    const { start, end } = windowOf(line, year);
    // The ledger's year is the Asia/Shanghai year of earnedAt, so a window of years is a range of that column.
    const rows = (await this.db.query(
      `SELECT source, year, sum(hours)::text AS hours
         FROM (SELECT ${REQUIREMENT_SOURCE_SQL} AS source, le.year, le.hours FROM ledger_entries le
                WHERE le.user_id = $1 AND le.year BETWEEN $2 AND $3) e
        WHERE source = ANY($4::text[])
        GROUP BY source, year`,
      [userId, start, end, line.sources],
    )) as { source: RequirementSource; year: number; hours: string }[];
    const bySource = Object.fromEntries(line.sources.map((s) => [s, 0])) as Partial<Record<RequirementSource, number>>;
    // A five-year line shows its window year by year, so a cadre sees which years carried the cycle.
    const perYear = new Map<number, number>(Array.from({ length: end - start + 1 }, (_, i) => [start + i, 0]));
    for (const r of rows) {
      bySource[r.source] = round2((bySource[r.source] ?? 0) + Number(r.hours));
      perYear.set(Number(r.year), round2((perYear.get(Number(r.year)) ?? 0) + Number(r.hours)));
    }
    const byYear = [...perYear].map(([y, hours]) => ({ year: y, hours }));
    const earned = round2(Object.values(bySource).reduce((a, b) => a + (b ?? 0), 0));
    const days = line.days === null || line.days === undefined ? null : await this.daysIn(userId, line.sources, start, end);
    return {
      key: line.key,
      label: line.label,
      required: line.hours,
      earned,
      remaining: Math.max(0, round2(line.hours - earned)),
      met: earned >= line.hours || (days !== null && line.days !== null && days >= line.days),
      windowStart: start,
      windowEnd: end,
      dueDate: `${end}-12-31`,
      bySource,
      days,
      requiredDays: line.days ?? null,
      byYear,
    };
  }

  /**
   * Distinct calendar days (Asia/Shanghai) of centralised training in the window: the days of the sessions a cadre
   * attended in classes that credited them, and the days an approved claim covers. The ledger carries no days, so
   * they are read (never written) from the classes' sessions and attendance and from the claims, and only for the
   * entries the window counts, so days and hours speak of the same training. One day with two classes counts once.
   */
  private async daysIn(userId: string, sources: RequirementSource[], start: number, end: number): Promise<number> {
    const parts: string[] = [];
    if (sources.includes('class')) {
      parts.push(`SELECT (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
                    FROM ledger_entries le
                    JOIN training_class_sessions s ON s.class_id = le.source_ref_id
                    JOIN training_class_attendance a ON a.session_id = s.id AND a.user_id = le.user_id AND a.present
                   WHERE le.user_id = $1 AND le.source = 'class' AND le.year BETWEEN $2 AND $3`);
    }
    // A claim's days count where its kind counts: a line of centralised training does not take days of online study.
    const claimSources = sources.filter((x) => x === 'offline_training' || x === 'offline_online');
    if (claimSources.length > 0) {
      parts.push(`SELECT generate_series(c.start_date, c.end_date, interval '1 day')::date AS day
                    FROM ledger_entries le JOIN offline_claims c ON c.id = le.source_ref_id
                   WHERE le.user_id = $1 AND le.source = 'offline_training' AND le.year BETWEEN $2 AND $3
                     AND (CASE WHEN c.kind = 'online_external' THEN 'offline_online' ELSE 'offline_training' END) = ANY($4::text[])`);
    }
    if (parts.length === 0) return 0;
    const params = claimSources.length > 0 ? [userId, start, end, claimSources] : [userId, start, end];
    const [row] = (await this.db.query(`SELECT count(DISTINCT day)::int AS n FROM (${parts.join(' UNION ALL ')}) d`, params)) as { n: number }[];
    return row?.n ?? 0;
  }
}
