import { ApiProperty } from '@nestjs/swagger';
import { CAMPAIGN_TASK_STATUSES, type CampaignTaskStatus } from '@cadre/shared';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateField, EnumField, IntField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';
import { CampaignDecisionDto } from './meetings.dto';

// ---- areas ---------------------------------------------------------------------------------------------------------

export class CreateCampaignAreaDto {
  @StringField({ max: 100, description: 'The area (方面), e.g. 加强党的理论武装' }) name!: string;
  @IntField({ min: 0, max: 999, optional: true, description: 'Order in lists; new areas go last' }) position?: number;
}

export class UpdateCampaignAreaDto {
  @StringField({ max: 100, optional: true }) name?: string;
  @IntField({ min: 0, max: 999, optional: true }) position?: number;
}

export class CampaignAreaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ type: 'integer', description: 'Tasks of the area (all of them, whatever the caller\'s scope)' }) taskCount!: number;
}

export class CampaignAreaListDto {
  @ApiProperty({ type: () => CampaignAreaDto, isArray: true }) items!: CampaignAreaDto[];
  @ApiProperty({ description: 'The caller may set up areas and tasks (an org admin of the root)' }) canEdit!: boolean;
}

// ---- tasks ---------------------------------------------------------------------------------------------------------

export class CreateCampaignTaskDto {
  @UuidField({ description: 'An area of the campaign' }) areaId!: string;
  @IntField({ min: 1, max: 99, description: 'Number within the area (the 3 of 任务 2.3); unique in the area' }) number!: number;
  @StringField({ max: 200 }) title!: string;
  @StringField({ min: 0, max: 5000, optional: true, description: 'What is to be done and what counts as done' }) description?: string;
  @UuidField({ description: 'The lead unit (牵头单位)' }) leadUnitId!: string;
  @UuidArrayField({ max: 30, optional: true, description: 'Supporting units (配合单位); not the lead unit' }) supportingUnitIds?: string[];
  @DateField({ description: 'The last day to finish it' }) deadline!: string;
}

export class UpdateCampaignTaskDto {
  @UuidField({ optional: true }) areaId?: string;
  @IntField({ min: 1, max: 99, optional: true }) number?: number;
  @StringField({ max: 200, optional: true }) title?: string;
  @StringField({ min: 0, max: 5000, optional: true }) description?: string;
  @UuidField({ optional: true }) leadUnitId?: string;
  @UuidArrayField({ max: 30, optional: true }) supportingUnitIds?: string[];
  @DateField({ optional: true }) deadline?: string;
}

export class CampaignTaskFilterDto {
  @UuidField({ optional: true }) areaId?: string;
  @EnumField(CAMPAIGN_TASK_STATUSES, { optional: true, enumName: 'CampaignTaskStatus' }) status?: CampaignTaskStatus;
  @UuidField({ optional: true, description: 'Tasks this unit leads' }) leadUnitId?: string;
}

export class CampaignTaskQueryDto extends PageQueryDto {
  @UuidField({ optional: true }) areaId?: string;
  @EnumField(CAMPAIGN_TASK_STATUSES, { optional: true, enumName: 'CampaignTaskStatus' }) status?: CampaignTaskStatus;
  @UuidField({ optional: true, description: 'Tasks this unit leads' }) leadUnitId?: string;
  @StringField({ max: 50, optional: true, description: 'Part of the title' }) q?: string;
}

export class CampaignUnitRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CampaignTaskSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) areaId!: string;
  @ApiProperty() areaName!: string;
  @ApiProperty({ type: 'integer' }) areaPosition!: number;
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) leadUnitId!: string;
  @ApiProperty() leadUnitName!: string;
  @ApiProperty({ type: () => CampaignUnitRefDto, isArray: true }) supportingUnits!: CampaignUnitRefDto[];
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: CAMPAIGN_TASK_STATUSES, enumName: 'CampaignTaskStatus' }) status!: CampaignTaskStatus;
  @ApiProperty({ type: 'integer' }) updateCount!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date of the latest update' }) lastReportedOn!: string | null;
}

export class CampaignTaskPageDto extends PageOf(CampaignTaskSummaryDto) {}

export class CampaignUpdateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) reportedOn!: string;
  @ApiProperty() note!: string;
  @ApiProperty() completed!: boolean;
  @ApiProperty() authorName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The author\'s unit' }) authorUnitName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) attachments!: StoredFileDto[];
}

export class CampaignTaskPermissionsDto {
  @ApiProperty({ description: 'Edit the task (an org admin of the root)' }) edit!: boolean;
  @ApiProperty({ description: 'Post a progress update (an admin of the lead unit; of a supporting unit while not done)' }) postUpdate!: boolean;
  @ApiProperty({ description: 'Mark the task complete with an update (an admin of the lead unit, or the root org admin)' }) complete!: boolean;
}

export class CampaignTaskDto extends CampaignTaskSummaryDto {
  @ApiProperty() description!: string;
  @ApiProperty({ type: () => CampaignUpdateDto, isArray: true, description: 'Newest first' }) updates!: CampaignUpdateDto[];
  @ApiProperty() createdByName!: string;
  @ApiProperty({ type: () => CampaignTaskPermissionsDto }) can!: CampaignTaskPermissionsDto;
  @ApiProperty({ type: () => CampaignDecisionDto, isArray: true, description: 'Decisions of dispatch meetings about this task, newest meeting first' })
  decisions!: CampaignDecisionDto[];
}

export class CreateCampaignUpdateDto {
  @DateField({ description: 'The day the progress is reported for; not in the future' }) reportedOn!: string;
  @StringField({ max: 5000, description: 'What was done (进展情况)' }) note!: string;
  @BoolField({ optional: true, description: 'The task is complete with this update (lead unit only: 422 campaign/lead_unit_only otherwise)' }) completed?: boolean;
  @UuidArrayField({ max: 10, optional: true, description: 'Files uploaded with purpose campaign_attachment' }) attachmentIds?: string[];
}

// ---- overview ------------------------------------------------------------------------------------------------------

export class CampaignStatusCountsDto {
  @ApiProperty({ type: 'integer' }) not_started!: number;
  @ApiProperty({ type: 'integer' }) on_track!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class CampaignOverviewRowDto extends CampaignStatusCountsDto {
  @ApiProperty({ format: 'uuid' }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: Number, description: 'Share of tasks done, 0 to 1' }) doneRate!: number;
}

export class CampaignOverviewDto {
  @ApiProperty({ format: 'date', description: 'The day the statuses are reckoned for (Asia/Shanghai)' }) asOf!: string;
  @ApiProperty({ type: () => CampaignStatusCountsDto }) totals!: CampaignStatusCountsDto;
  @ApiProperty({ type: () => CampaignOverviewRowDto, isArray: true, description: 'In area order' }) byArea!: CampaignOverviewRowDto[];
  @ApiProperty({ type: () => CampaignOverviewRowDto, isArray: true, description: 'Most overdue first, then least done' }) byLeadUnit!: CampaignOverviewRowDto[];
}
