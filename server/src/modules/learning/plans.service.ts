import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, DEFAULT_REQUIRED_HOURS, rankLevel, type CadreGroup, type Rank } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { isRootScope } from '../../common/scope/scope';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { AuditService } from '../audit/audit.service';
import type { PlanDto, PlanRuleDto } from './dto/plan.dto';
import { TrainingPlanRule } from './training-plan-rule.entity';

/** The yearly training plan: hours required per key group and rank level, with the regulation's 50 hours as default. */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(year: number): Promise<PlanDto> {
    const rules = await this.db.getRepository(TrainingPlanRule).find({ where: { year }, order: { requiredHours: 'DESC' } });
    if (rules.length === 0) {
      return { year, isDefault: true, rules: [{ cadreGroup: null, rankLevel: null, requiredHours: DEFAULT_REQUIRED_HOURS, note: '干部网络学习每年不少于50学时' }] };
    }
    return {
      year,
      isDefault: false,
      rules: rules.map((r) => ({ cadreGroup: r.cadreGroup, rankLevel: r.rankLevel, requiredHours: Number(r.requiredHours), note: r.note })),
    };
  }

  /** Replaces the year's plan. The plan is city-wide, so only an org admin scoped to the root may set it. */
  async save(user: AuthUser, year: number, rules: PlanRuleDto[], origin: RequestOrigin): Promise<PlanDto> {
    if (!isRootScope(user)) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the city organisation department sets the training plan');
    }
    const keys = new Set(rules.map((r) => `${r.cadreGroup ?? null}|${r.rankLevel ?? null}`));
    if (keys.size !== rules.length) {
      throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Each group and rank level may appear once', [
        { field: 'rules', message: 'duplicate group and rank level' },
      ]);
    }
    await this.db.transaction(async (tx) => {
      await tx.getRepository(TrainingPlanRule).delete({ year });
      if (rules.length) {
        await tx.getRepository(TrainingPlanRule).insert(
          rules.map((r) => ({ year, cadreGroup: r.cadreGroup ?? null, rankLevel: r.rankLevel ?? null, requiredHours: r.requiredHours, note: r.note ?? '' })),
        );
      }
      await this.audit.record(
        { action: 'plan.saved', actor: user, target: null, unitPath: user.scopePath, origin, details: { year, rules: rules.length } },
        tx,
      );
    });
    return this.get(year);
  }

  /** The hours a cadre must earn in a year: the highest plan line that applies to their groups and rank. */
  async targetFor(cadre: { keyGroups: CadreGroup[]; rank: Rank }, year: number): Promise<number> {
    const plan = await this.get(year);
    return targetFromRules(plan.rules, cadre);
  }
}

export function targetFromRules(rules: Pick<PlanRuleDto, 'cadreGroup' | 'rankLevel' | 'requiredHours'>[], cadre: { keyGroups: CadreGroup[]; rank: Rank }): number {
  const level = rankLevel(cadre.rank);
  const applicable = rules.filter(
    (r) => (r.cadreGroup === null || cadre.keyGroups.includes(r.cadreGroup)) && (r.rankLevel === null || r.rankLevel === level),
  );
  return applicable.length ? Math.max(...applicable.map((r) => Number(r.requiredHours))) : 0;
}
