import { Module } from '@nestjs/common';
import { CampaignModule } from '../campaign/campaign.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { ProgressReportService } from './progress-report.service';
import { ReportsController } from './reports.controller';

/** Generated reports: the campaign's progress report (top floor: reads the dashboard and the campaign). */
@Module({ imports: [DashboardModule, CampaignModule], controllers: [ReportsController], providers: [ProgressReportService] })
export class ReportsModule {}
