import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { LearningModule } from '../learning/learning.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/**
 * Workbooks that read across the capabilities (top floor): completion by unit, each cadre's hours and courses, quiz
 * results. The completion figures come from the dashboard's own service.
 */
@Module({ imports: [LearningModule, DashboardModule], controllers: [ExportsController], providers: [ExportsService] })
export class ExportsModule {}
