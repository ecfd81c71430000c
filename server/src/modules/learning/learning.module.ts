import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CadreYearHours } from './cadre-hours.entity';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerService } from './ledger.service';
import { OfflineClaim } from './offline-claim.entity';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { TrainingPlanRule } from './training-plan-rule.entity';

/** Enrolment-independent learning records: the credit-hour ledger, yearly plans and offline claims. */
@Module({
  imports: [TypeOrmModule.forFeature([LedgerEntry, CadreYearHours, TrainingPlanRule, OfflineClaim])],
  controllers: [ClaimsController, PlansController],
  providers: [LedgerService, PlansService, ClaimsService],
  exports: [LedgerService, PlansService],
})
export class LearningModule {}
