import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { CAMPAIGN_DECISION_STATUSES, CAMPAIGN_MEETING_KINDS, type CampaignDecisionStatus, type CampaignMeetingKind } from '@cadre/shared';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

// ---- decisions -----------------------------------------------------------------------------------------------------

export class CreateCampaignDecisionDto {
  @StringField({ max: 2000, description: 'What was decided (议定事项)' }) content!: string;
  @UuidField({ description: 'The unit that carries it out (责任单位)' }) ownerUnitId!: string;
  @DateField({ description: 'The day it is to be done by' }) deadline!: string;
  @UuidField({ optional: true, description: 'The campaign task it concerns' }) taskId?: string;
}

export class MarkDecisionDoneDto {
  @StringField({ min: 0, max: 2000, optional: true, description: 'How it was done (办理情况)' }) note?: string;
}

export class CampaignDecisionQueryDto extends PageQueryDto {
  @EnumField(CAMPAIGN_DECISION_STATUSES, { optional: true, enumName: 'CampaignDecisionStatus' }) status?: CampaignDecisionStatus;
  @UuidField({ optional: true, description: 'Decisions this unit (or a unit below it) carries out' }) ownerUnitId?: string;
  @UuidField({ optional: true }) taskId?: string;
  @UuidField({ optional: true }) meetingId?: string;
  @DateField({ optional: true, description: 'Decisions of meetings held on or after this day' }) from?: string;
  @DateField({ optional: true, description: 'Decisions of meetings held on or before this day' }) to?: string;
}

export class CampaignDecisionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty() meetingTitle!: string;
  @ApiProperty({ enum: CAMPAIGN_MEETING_KINDS, enumName: 'CampaignMeetingKind' }) meetingKind!: CampaignMeetingKind;
  @ApiProperty({ format: 'date' }) meetingHeldOn!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId!: string;
  @ApiProperty() ownerUnitName!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) taskId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The task as 任务 area.number title' }) taskTitle!: string | null;
  @ApiProperty({ enum: CAMPAIGN_DECISION_STATUSES, enumName: 'CampaignDecisionStatus' }) status!: CampaignDecisionStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn!: string | null;
  @ApiProperty() doneNote!: string;
  @ApiProperty({ type: String, nullable: true }) doneByName!: string | null;
  @ApiProperty({ description: 'The caller may mark it done or reopen it (an admin whose scope covers the owner unit)' }) canMark!: boolean;
}

export class CampaignDecisionPageDto extends PageOf(CampaignDecisionDto) {}

// ---- meetings ------------------------------------------------------------------------------------------------------

export class CreateCampaignMeetingDto {
  @EnumField(CAMPAIGN_MEETING_KINDS, { enumName: 'CampaignMeetingKind' }) kind!: CampaignMeetingKind;
  @DateField({ description: 'The day it was held; not in the future' }) heldOn!: string;
  @StringField({ max: 200 }) title!: string;
  @UuidField({ description: 'The chair (主持人), a cadre of the campaign' }) chairId!: string;
  @UuidArrayField({ max: 200, optional: true, description: 'Cadres who attended' }) attendeeIds?: string[];
  @UuidArrayField({ max: 200, optional: true, description: 'Units present (参会单位)' }) unitIds?: string[];
  @ApiProperty({ type: String, isArray: true, required: false, description: 'Agenda items (议题), in order; at most 30 of 500 characters' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(500, { each: true })
  agenda?: string[];
  @StringField({ min: 0, max: 20000, optional: true, description: 'The minutes (会议纪要)' }) minutes?: string;
  @UuidArrayField({ max: 10, optional: true, description: 'Files uploaded with purpose campaign_attachment' }) attachmentIds?: string[];
  @ApiProperty({ type: () => CreateCampaignDecisionDto, isArray: true, required: false, description: 'The decisions (议定事项), in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CreateCampaignDecisionDto)
  decisions?: CreateCampaignDecisionDto[];
}

export class CampaignMeetingQueryDto extends PageQueryDto {
  @EnumField(CAMPAIGN_MEETING_KINDS, { optional: true, enumName: 'CampaignMeetingKind' }) kind?: CampaignMeetingKind;
  @DateField({ optional: true, description: 'Held on or after' }) from?: string;
  @DateField({ optional: true, description: 'Held on or before' }) to?: string;
}

export class CampaignMeetingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CAMPAIGN_MEETING_KINDS, enumName: 'CampaignMeetingKind' }) kind!: CampaignMeetingKind;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty() chairName!: string;
  @ApiProperty({ type: 'integer' }) attendeeCount!: number;
  @ApiProperty({ type: 'integer' }) decisionCount!: number;
  @ApiProperty({ type: 'integer' }) decisionsOpen!: number;
}

export class CampaignMeetingPageDto extends PageOf(CampaignMeetingSummaryDto) {}

export class CampaignPersonRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
}

export class CampaignMeetingUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CampaignMeetingDto extends CampaignMeetingSummaryDto {
  @ApiProperty({ type: () => CampaignPersonRefDto }) chair!: CampaignPersonRefDto;
  @ApiProperty({ type: () => CampaignPersonRefDto, isArray: true }) attendees!: CampaignPersonRefDto[];
  @ApiProperty({ type: () => CampaignMeetingUnitDto, isArray: true }) units!: CampaignMeetingUnitDto[];
  @ApiProperty({ type: String, isArray: true }) agenda!: string[];
  @ApiProperty() minutes!: string;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) attachments!: StoredFileDto[];
  @ApiProperty({ type: () => CampaignDecisionDto, isArray: true, description: 'In the order decided' }) decisions!: CampaignDecisionDto[];
  @ApiProperty() createdByName!: string;
  @ApiProperty({ description: 'The caller may add decisions or delete the meeting (an org admin of the root)' }) canEdit!: boolean;
}

// ---- rhythm --------------------------------------------------------------------------------------------------------

export class CampaignRhythmQueryDto {
  @DateField({ description: 'First day of the period' }) from!: string;
  @DateField({ description: 'Last day of the period (inclusive)' }) to!: string;
}

export class CampaignRhythmRowDto {
  @ApiProperty({ enum: CAMPAIGN_MEETING_KINDS, enumName: 'CampaignMeetingKind' }) kind!: CampaignMeetingKind;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Meetings the rhythm expects in the period; null for ad-hoc meetings' }) expected!: number | null;
  @ApiProperty({ type: 'integer', description: 'Meetings of the kind held in the period' }) held!: number;
  @ApiProperty({ description: 'The list of the meetings counted' }) link!: string;
}

export class CampaignDecisionCountsDto {
  @ApiProperty({ type: 'integer' }) open!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ description: 'The list of the decisions counted (add &status= for one status)' }) link!: string;
}

export class CampaignRhythmDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date', description: 'The day decision statuses are reckoned for (Asia/Shanghai)' }) asOf!: string;
  @ApiProperty({
    description:
      'How expected is counted: weekly = ISO weeks whose Monday falls in the period; monthly = months whose 1st falls in it; quarterly = quarters whose first day falls in it; a period still running counts up to today',
  })
  rule!: string;
  @ApiProperty({ type: () => CampaignRhythmRowDto, isArray: true }) kinds!: CampaignRhythmRowDto[];
  @ApiProperty({ type: () => CampaignDecisionCountsDto, description: 'Decisions of the meetings held in the period, by status today' }) decisions!: CampaignDecisionCountsDto;
}
