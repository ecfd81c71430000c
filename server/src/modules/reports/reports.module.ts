import { Module } from '@nestjs/common';
import { CampaignModule } from '../campaign/campaign.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { TalentModule } from '../talent/talent.module';
import { ProgressReportService } from './progress-report.service';
import { ReportsController } from './reports.controller';

/** Generated reports: the campaign's progress report (top floor: reads the dashboard, the campaign and the talent pool). */
@Module({ imports: [DashboardModule, CampaignModule, TalentModule], controllers: [ReportsController], providers: [ProgressReportService] })
export class ReportsModule {}
