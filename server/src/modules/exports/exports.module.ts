import { Module } from '@nestjs/common';
import { DashboardService } from '../dashboard/dashboard.service';
import { LearningModule } from '../learning/learning.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/**
 * Workbooks that read across the capabilities (top floor): completion by unit, each cadre's hours and courses, quiz
 * results. DashboardService is provided here too (its module exports nothing) so the figures are the dashboard's own.
 */
@Module({ imports: [LearningModule], controllers: [ExportsController], providers: [ExportsService, DashboardService] })
export class ExportsModule {}
