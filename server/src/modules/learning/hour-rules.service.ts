import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CommonError,
  DEFAULT_CLAIM_DAILY_CAP,
  DEFAULT_CLASS_DAILY_CAP,
  DEFAULT_COURSE_HOUR_RULE,
  DEFAULT_LECTURE_HOURS,
  DEFAULT_STUDY_HOURS,
  YEARLY_CAP_KIND,
  type CourseHourRule,
  type HourRuleSource,
  type LedgerSource,
} from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { isRootScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import type { HourRuleDto } from './dto/hour-rule.dto';
import { refreshCourseHours } from './course-hours';
import { HourRule } from './hour-rule.entity';

/**
 * `offline_training`/`daily_cap`: the most 学时 a claim may report per day it spans. `class`/`daily_cap`: the most a class
 * credits for one day of attended sessions. `course`/*: how a course's lessons' minutes become 学时. `<source>`/
 * `yearly_cap`: the most one source gives a cadre a year (0 = no cap; the national rules set none).
 */
const DEFAULTS: Record<HourRuleSource, Record<string, number>> = {
  lecture_given: { ...DEFAULT_LECTURE_HOURS, [YEARLY_CAP_KIND]: 0 },
  study_record: { ...DEFAULT_STUDY_HOURS, [YEARLY_CAP_KIND]: 0 },
  offline_training: { daily_cap: DEFAULT_CLAIM_DAILY_CAP, [YEARLY_CAP_KIND]: 0 },
  course: { ...DEFAULT_COURSE_HOUR_RULE, [YEARLY_CAP_KIND]: 0 },
  class: { daily_cap: DEFAULT_CLASS_DAILY_CAP, [YEARLY_CAP_KIND]: 0 },
};

/** The largest value each kind takes: a yearly cap may be a few hundred 学时, a daily cap a day's hours, others 20. */
function maximumFor(kind: string): number {
  if (kind === YEARLY_CAP_KIND) return 999;
  if (kind === 'daily_cap') return 24;
  return 20;
}

const isRuleSource = (source: string): source is HourRuleSource => Object.hasOwn(DEFAULTS, source);

/** How many hours a lecture of a format, or a study meeting of a type, earns. */
@Injectable()
export class HourRulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The hours for one kind, read inside the caller's transaction. */
  async hoursFor(tx: EntityManager, source: HourRuleSource, kind: string): Promise<number> {
    const row = await tx.getRepository(HourRule).findOneBy({ source, kind });
    return row ? Number(row.hours) : (DEFAULTS[source][kind] ?? 0);
  }

  /** The yearly cap of a ledger source, 0 when none (sources without hour rules, such as quizzes, have none). */
  async yearlyCap(tx: EntityManager, source: LedgerSource): Promise<number> {
    return isRuleSource(source) ? this.hoursFor(tx, source, YEARLY_CAP_KIND) : 0;
  }

  /** The course hour rule in force. */
  async courseRule(tx: EntityManager): Promise<CourseHourRule> {
    const rows = await tx.getRepository(HourRule).findBy({ source: 'course' });
    const stored = new Map(rows.map((r) => [r.kind, Number(r.hours)]));
    return {
      per_30_min: stored.get('per_30_min') ?? DEFAULT_COURSE_HOUR_RULE.per_30_min,
      remainder_15_30: stored.get('remainder_15_30') ?? DEFAULT_COURSE_HOUR_RULE.remainder_15_30,
      remainder_under_15: stored.get('remainder_under_15') ?? DEFAULT_COURSE_HOUR_RULE.remainder_under_15,
    };
  }

  async list(): Promise<HourRuleDto[]> {
    const rows = await this.db.getRepository(HourRule).find();
    const stored = new Map(rows.map((r) => [`${r.source}|${r.kind}`, Number(r.hours)]));
    return (Object.keys(DEFAULTS) as HourRuleSource[]).flatMap((source) =>
      Object.entries(DEFAULTS[source]).map(([kind, hours]) => ({ source, kind, hours: stored.get(`${source}|${kind}`) ?? hours })),
    );
  }

  /** Only the city's organisation department sets them; each change is audited with the old and new hours. */
  async save(user: AuthUser, rules: HourRuleDto[], origin: RequestOrigin): Promise<HourRuleDto[]> {
    if (!isRootScope(user)) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the city organisation department sets credit hours');
    }
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      // Own keys only: `in` would also accept 'constructor', 'toString', '__proto__' ... from Object.prototype.
      if (!Object.hasOwn(DEFAULTS[rule.source], rule.kind)) {
        throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, `Unknown kind for ${rule.source}`, [
          { field: `rules.${i}.kind`, message: `must be one of ${Object.keys(DEFAULTS[rule.source]).join(', ')}` },
        ]);
      }
      if (rule.hours > maximumFor(rule.kind)) {
        throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, `At most ${maximumFor(rule.kind)}`, [
          { field: `rules.${i}.hours`, message: `must not be greater than ${maximumFor(rule.kind)}` },
        ]);
      }
      const key = `${rule.source}|${rule.kind}`;
      if (seen.has(key)) {
        throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Each kind may appear once', [{ field: `rules.${i}`, message: 'duplicate' }]);
      }
      seen.add(key);
    });
    const before = new Map((await this.list()).map((r) => [`${r.source}|${r.kind}`, r.hours]));
    await this.db.transaction(async (tx) => {
      await tx.getRepository(HourRule).upsert(
        rules.map((r) => ({ source: r.source, kind: r.kind, hours: r.hours, updatedById: user.id })),
        ['source', 'kind'],
      );
      const changes = rules.filter((r) => before.get(`${r.source}|${r.kind}`) !== r.hours).map((r) => ({ ...r, was: before.get(`${r.source}|${r.kind}`) }));
      // Courses whose 学时 follow the rule take the new figures for completions from now on (entries already written stay).
      const coursesRecomputed = rules.some((r) => r.source === 'course') ? await refreshCourseHours(tx, await this.courseRule(tx)) : 0;
      await this.audit.record({ action: 'hour_rules.saved', actor: user, unitPath: user.scopePath, origin, details: { changes, coursesRecomputed } }, tx);
    });
    return this.list();
  }
}
