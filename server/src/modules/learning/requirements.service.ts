import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPOINTMENT_LINE_KEY,
  APPOINTMENT_LINE_LABEL,
  CommonError,
  DEFAULT_REQUIREMENT_LINES,
  RequirementError,
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
import { groupsReferenceDate, newLeaderWindow } from '../users/key-groups';
import { User } from '../users/user.entity';
import type { CadreRequirementsDto, RequirementLineDto, RequirementProgressDto, RequirementsDto } from './dto/requirement.dto';
import { RequirementLine } from './requirement-line.entity';
import { appointmentApplies, appointmentDueDate, appointmentFactsSql, appointmentMet, promotionDueDate, type AppointmentFacts } from './leader-training';
import { windowOf } from './requirement-rules';
import { assertYearOpenForPath, frozenRequirements } from './settlement-guard';
import { settlementFiguresSql } from './settlement-sql';

/** Hours in hundredths, as the ledger keeps them (a short course gives 0.25). */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The requirement lines (学时要求) and the engine that measures a cadre against them: per line, the 学时 of its sources
 * within its window and, where it has a days alternative, the distinct days of centralised training. The counting
 * itself is the set-based definition in requirement-sql.ts, which the dashboard, the shortfall list, the exports and
 * the settlement read too, so the archive cannot disagree with them.
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
    const { lines } = await this.get(year);
    const progress = await this.progress(userId, lines, year);
    for (const p of progress) {
      const promoted = p.met ? null : promotionDueDate(lines.find((l) => l.key === p.key)!, year, cadre.chuSince);
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

  /**
   * The cadre's figures on each line that applies, by the one set-based definition the dashboard, the shortfall list
   * and the settlement read (settlementFiguresSql over lineCtes), so the archive cannot count a line differently.
   */
  private async progress(userId: string, lines: RequirementLineDto[], year: number): Promise<RequirementProgressDto[]> {
    if (lines.length === 0) return [];
    const { after, until } = newLeaderWindow(this.config.newLeaderMonths, groupsReferenceDate(year));
    const params: unknown[] = [userId, after, until];
    const rows = (await this.db.query(
      `SELECT f.position, f.earned::text AS earned, f.days, f.met, f.by_source, f.by_year FROM (${settlementFiguresSql(lines, year, params, 'cadre')}) f ORDER BY f.position`,
      params,
    )) as { position: number; earned: string; days: number | null; met: boolean; by_source: Record<string, number>; by_year: Record<string, number> }[];
    return rows.map((r) => {
      const line = lines[r.position]!;
      const { start, end } = windowOf(line, year);
      const bySource = Object.fromEntries(line.sources.map((s) => [s, round2(Number(r.by_source[s] ?? 0))])) as Partial<Record<RequirementSource, number>>;
      // A five-year line shows its window year by year, so a cadre sees which years carried the cycle.
      const byYear = Array.from({ length: end - start + 1 }, (_, i) => ({ year: start + i, hours: round2(Number(r.by_year[String(start + i)] ?? 0)) }));
      const earned = round2(Number(r.earned));
      return {
        key: line.key,
        label: line.label,
        required: line.hours,
        earned,
        remaining: Math.max(0, round2(line.hours - earned)),
        met: r.met,
        windowStart: start,
        windowEnd: end,
        dueDate: `${end}-12-31`,
        bySource,
        days: r.days,
        requiredDays: line.days ?? null,
        byYear,
      };
    });
  }
}
