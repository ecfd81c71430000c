import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, DEFAULT_CLAIM_DAILY_CAP, DEFAULT_LECTURE_HOURS, DEFAULT_STUDY_HOURS, type HourRuleSource } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { isRootScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import type { HourRuleDto } from './dto/hour-rule.dto';
import { HourRule } from './hour-rule.entity';

/** `offline_training`/`daily_cap`: the most 学时 a claim may report per day it spans, a city rule like the others. */
const DEFAULTS: Record<HourRuleSource, Record<string, number>> = {
  lecture_given: DEFAULT_LECTURE_HOURS,
  study_record: DEFAULT_STUDY_HOURS,
  offline_training: { daily_cap: DEFAULT_CLAIM_DAILY_CAP },
};

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
      await this.audit.record({ action: 'hour_rules.saved', actor: user, unitPath: user.scopePath, origin, details: { changes } }, tx);
    });
    return this.list();
  }
}
