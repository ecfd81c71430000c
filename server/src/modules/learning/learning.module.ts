import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CadreYearHours } from './cadre-hours.entity';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { HourRule } from './hour-rule.entity';
import { HourRulesController } from './hour-rules.controller';
import { HourRulesService } from './hour-rules.service';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerController } from './ledger.controller';
import { LedgerCorrectionsService } from './ledger-corrections.service';
import { LedgerService } from './ledger.service';
import { OfflineClaim } from './offline-claim.entity';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { RequirementMakeUp } from './make-up.entity';
import { RequirementLine } from './requirement-line.entity';
import { RequirementSettledFigure, RequirementSettlement } from './settlement.entity';
import { RequirementsController } from './requirements.controller';
import { RequirementsService } from './requirements.service';
import { SettlementController } from './settlement.controller';
import { SettlementService } from './settlement.service';
import { ShortfallsController } from './shortfalls.controller';
import { ShortfallsService } from './shortfalls.service';
import { TrainingPlanRule } from './training-plan-rule.entity';

/** Enrolment-independent learning records: the credit-hour ledger, yearly plans, requirement lines and offline claims. */
@Module({
  imports: [TypeOrmModule.forFeature([LedgerEntry, CadreYearHours, TrainingPlanRule, RequirementLine, RequirementMakeUp, RequirementSettlement, RequirementSettledFigure, OfflineClaim, HourRule])],
  controllers: [ClaimsController, PlansController, HourRulesController, RequirementsController, ShortfallsController, SettlementController, LedgerController],
  providers: [LedgerService, LedgerCorrectionsService, PlansService, ClaimsService, HourRulesService, RequirementsService, ShortfallsService, SettlementService],
  exports: [LedgerService, PlansService, HourRulesService, RequirementsService, ShortfallsService],
})
export class LearningModule {}
