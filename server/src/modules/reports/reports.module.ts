import { Module } from '@nestjs/common';
import { CampaignModule } from '../campaign/campaign.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { ResearchModule } from '../research/research.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { TalentModule } from '../talent/talent.module';
import { ProgressReportService } from './progress-report.service';
import { ReportsController } from './reports.controller';

/** Generated reports: the campaign's progress report (top floor: reads the dashboard, the campaign, the talent pool, supervision and research). */
@Module({ imports: [DashboardModule, CampaignModule, TalentModule, SupervisionModule, ResearchModule], controllers: [ReportsController], providers: [ProgressReportService] })
export class ReportsModule {}
