import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignController } from './campaign.controller';
import { CampaignService } from './campaign.service';
import { CampaignArea, CampaignTask, CampaignTaskUnit, CampaignTaskUpdate, CampaignUpdateAttachment } from './campaign.entity';
import { DecisionRemindersJob } from './decision-reminders.job';
import { CampaignDecision, CampaignMeeting, CampaignMeetingAttachment, CampaignMeetingAttendee, CampaignMeetingUnit } from './meeting.entity';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/**
 * The campaign's areas and tasks (8方面34项具体任务), their progress updates and the overview of uneven progress; the
 * dispatch meetings (调度会议) with their decisions and the working rhythm.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CampaignArea, CampaignTask, CampaignTaskUnit, CampaignTaskUpdate, CampaignUpdateAttachment, CampaignMeeting, CampaignMeetingAttendee, CampaignMeetingUnit, CampaignMeetingAttachment, CampaignDecision])],
  controllers: [CampaignController, MeetingsController],
  providers: [CampaignService, MeetingsService, DecisionRemindersJob],
  exports: [CampaignService, MeetingsService],
})
export class CampaignModule {}
