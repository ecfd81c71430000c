import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignController } from './campaign.controller';
import { CampaignService } from './campaign.service';
import { CampaignArea, CampaignTask, CampaignTaskUnit, CampaignTaskUpdate, CampaignUpdateAttachment } from './campaign.entity';

/** The campaign's areas and tasks (8方面34项具体任务), their progress updates and the overview of uneven progress. */
@Module({
  imports: [TypeOrmModule.forFeature([CampaignArea, CampaignTask, CampaignTaskUnit, CampaignTaskUpdate, CampaignUpdateAttachment])],
  controllers: [CampaignController],
  providers: [CampaignService],
  exports: [CampaignService],
})
export class CampaignModule {}
