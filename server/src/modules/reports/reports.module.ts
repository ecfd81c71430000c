import { Module } from '@nestjs/common';
import { CampaignModule } from '../campaign/campaign.module';
import { CasesModule } from '../cases/cases.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { PublicityModule } from '../publicity/publicity.module';
import { ResearchModule } from '../research/research.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { TalentModule } from '../talent/talent.module';
import { ProgressReportService } from './progress-report.service';
import { ReportsController } from './reports.controller';

/** Generated reports: the campaign's progress report (top floor: reads the dashboard, the campaign, the talent pool, supervision, the case library, publicity and research). */
@Module({ imports: [DashboardModule, CampaignModule, TalentModule, SupervisionModule, CasesModule, PublicityModule, ResearchModule], controllers: [ReportsController], providers: [ProgressReportService] })
export class ReportsModule {}
