import { ApiProperty } from '@nestjs/swagger';
import { RESEARCH_PROBLEM_STATUSES, RESEARCH_TOPIC_STATUSES, type ResearchProblemStatus, type ResearchTopicStatus } from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateField, EnumField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

export class ResearchRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

// ---- topics ---------------------------------------------------------------------------------------------------------

export class CreateResearchTopicDto {
  @StringField({ max: 200 }) title!: string;
  @StringField({ max: 5000, description: 'The question the research answers (调研问题)' }) question!: string;
  @UuidField({ description: 'The leader who holds the topic: a cadre of a unit in the caller\'s scope' }) leaderId!: string;
  @UuidField({ optional: true, description: 'The unit the topic belongs to (in the caller\'s scope); defaults to the leader\'s unit. Visits and solving units lie under it' }) unitId?: string;
  @DateField() periodFrom!: string;
  @DateField() periodTo!: string;
}

export class ResearchTopicQueryDto extends PageQueryDto {
  @EnumField(RESEARCH_TOPIC_STATUSES, { optional: true, enumName: 'ResearchTopicStatus' }) status?: ResearchTopicStatus;
  @UuidField({ optional: true, description: 'Topics of units at or under this one' }) unitId?: string;
  @UuidField({ optional: true }) leaderId?: string;
  @DateField({ optional: true, description: 'Topics whose period overlaps from … to' }) from?: string;
  @DateField({ optional: true }) to?: string;
  @StringField({ max: 50, optional: true, description: 'Part of the title' }) q?: string;
}

export class ResearchTopicSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: () => ResearchRefDto }) leader!: ResearchRefDto;
  @ApiProperty({ type: () => ResearchRefDto }) unit!: ResearchRefDto;
  @ApiProperty({ format: 'date' }) periodFrom!: string;
  @ApiProperty({ format: 'date' }) periodTo!: string;
  @ApiProperty({ enum: RESEARCH_TOPIC_STATUSES, enumName: 'ResearchTopicStatus' }) status!: ResearchTopicStatus;
  @ApiProperty({ type: 'integer' }) visitCount!: number;
  @ApiProperty({ type: 'integer' }) problemCount!: number;
  @ApiProperty({ type: 'integer' }) solvedCount!: number;
}

export class ResearchTopicPageDto extends PageOf(ResearchTopicSummaryDto) {}

export class ResearchVisitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) topicId!: string;
  @ApiProperty() topicTitle!: string;
  @ApiProperty({ type: () => ResearchRefDto }) leader!: ResearchRefDto;
  @ApiProperty({ type: () => ResearchRefDto }) unit!: ResearchRefDto;
  @ApiProperty({ description: 'The visited unit is a village or community' }) village!: boolean;
  @ApiProperty({ format: 'date' }) visitedOn!: string;
  @ApiProperty() notes!: string;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) photos!: StoredFileDto[];
  @ApiProperty({ type: () => ResearchRefDto }) recordedBy!: ResearchRefDto;
}

export class ResearchVisitPageDto extends PageOf(ResearchVisitDto) {}

export class ResearchProblemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) topicId!: string;
  @ApiProperty() topicTitle!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) visitId!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'The people it concerns' }) concerns!: string;
  @ApiProperty({ format: 'date' }) foundOn!: string;
  @ApiProperty({ type: () => ResearchRefDto, description: 'The unit that solves it' }) solverUnit!: ResearchRefDto;
  @ApiProperty({ enum: RESEARCH_PROBLEM_STATUSES, enumName: 'ResearchProblemStatus' }) status!: ResearchProblemStatus;
  @ApiProperty() solvedNote!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) solvedOn!: string | null;
  @ApiProperty({ description: 'The caller may mark it solved' }) canSolve!: boolean;
}

export class ResearchProblemPageDto extends PageOf(ResearchProblemDto) {}

export class ResearchTopicCanDto {
  @ApiProperty({ description: 'Record visits and problems, conclude (the leader and the admins of the topic\'s scope, while ongoing)' }) record!: boolean;
}

export class ResearchTopicDto extends ResearchTopicSummaryDto {
  @ApiProperty() question!: string;
  @ApiProperty({ type: () => StoredFileDto, nullable: true, description: 'The final report' }) report!: StoredFileDto | null;
  @ApiProperty() conclusion!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) concludedOn!: string | null;
  @ApiProperty({ type: () => ResearchVisitDto, isArray: true, description: 'Newest first' }) visits!: ResearchVisitDto[];
  @ApiProperty({ type: () => ResearchProblemDto, isArray: true, description: 'Open first, then newest first' }) problems!: ResearchProblemDto[];
  @ApiProperty({ type: () => ResearchTopicCanDto }) can!: ResearchTopicCanDto;
}

export class ConcludeResearchTopicDto {
  @UuidField({ nullable: true, description: 'The final report, uploaded as research_report; required to conclude' }) reportFileId?: string | null;
  @StringField({ min: 0, max: 5000, optional: true, description: 'A summary of the conclusions' }) conclusion?: string;
}

// ---- visits and problems --------------------------------------------------------------------------------------------

export class VisitProblemDto {
  @StringField({ max: 5000 }) description!: string;
  @StringField({ min: 0, max: 200, optional: true, description: 'The people it concerns' }) concerns?: string;
  @UuidField({ description: 'The unit that solves it, at or under the topic\'s unit' }) solverUnitId!: string;
}

export class CreateResearchVisitDto {
  @UuidField({ description: 'The unit or village visited, at or under the topic\'s unit' }) unitId!: string;
  @DateField({ description: 'The day of the visit (not in the future)' }) visitedOn!: string;
  @StringField({ min: 0, max: 5000, optional: true }) notes?: string;
  @UuidArrayField({ max: 12, optional: true, description: 'Photos uploaded with purpose research_photo' }) photoFileIds?: string[];
  @ApiProperty({ type: () => VisitProblemDto, isArray: true, required: false, maxItems: 20, description: 'Problems found on the visit, recorded with it (all or nothing)' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VisitProblemDto)
  problems?: VisitProblemDto[];
}

export class CreateResearchProblemDto {
  @StringField({ max: 5000 }) description!: string;
  @StringField({ min: 0, max: 200, optional: true, description: 'The people it concerns' }) concerns?: string;
  @UuidField({ description: 'The unit that solves it, at or under the topic\'s unit' }) solverUnitId!: string;
  @UuidField({ optional: true, description: 'The visit it was found on (of this topic); its date becomes the day found' }) visitId?: string;
  @DateField({ optional: true, description: 'The day found; defaults to the visit\'s day, else today' }) foundOn?: string;
}

export class SolveResearchProblemDto {
  @StringField({ max: 2000, description: 'How it was solved' }) note!: string;
  @DateField({ optional: true, description: 'The day solved (not in the future); defaults to today' }) solvedOn?: string;
}

export class ResearchVisitQueryDto extends PageQueryDto {
  @UuidField({ optional: true, description: 'Visits to units at or under this one' }) unitId?: string;
  @UuidField({ optional: true }) topicId?: string;
  @DateField({ optional: true }) from?: string;
  @DateField({ optional: true }) to?: string;
  @BoolField({ optional: true, query: true, description: 'Only visits to villages and communities' }) village?: boolean;
}

export class ResearchProblemQueryDto extends PageQueryDto {
  @EnumField(RESEARCH_PROBLEM_STATUSES, { optional: true, enumName: 'ResearchProblemStatus' }) status?: ResearchProblemStatus;
  @UuidField({ optional: true, description: 'Problems whose solving unit is at or under this one' }) unitId?: string;
  @UuidField({ optional: true }) topicId?: string;
  @DateField({ optional: true, description: 'Found on or after' }) from?: string;
  @DateField({ optional: true, description: 'Found on or before' }) to?: string;
}

// ---- figures --------------------------------------------------------------------------------------------------------

export class ResearchFiguresQueryDto {
  @UuidField({ optional: true, description: 'Defaults to the caller\'s scope unit' }) unitId?: string;
  @DateField({ optional: true }) from?: string;
  @DateField({ optional: true }) to?: string;
}

export class ResearchCountsDto {
  @ApiProperty({ type: 'integer', description: 'Topics of the unit\'s subtree whose period overlaps the period' }) topics!: number;
  @ApiProperty({ type: 'integer', description: 'Visits to units of the subtree in the period' }) visits!: number;
  @ApiProperty({ type: 'integer', description: 'Distinct villages and communities of the subtree visited in the period' }) villages!: number;
  @ApiProperty({ type: 'integer', description: 'Problems found in the period whose solving unit lies in the subtree' }) problems!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, solved' }) solved!: number;
}

export class ResearchUnitFiguresDto extends ResearchCountsDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer' }) childCount!: number;
}

export class ResearchLeaderFiguresDto {
  @ApiProperty({ type: () => ResearchRefDto }) leader!: ResearchRefDto;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer' }) topics!: number;
  @ApiProperty({ type: 'integer' }) visits!: number;
  @ApiProperty({ type: 'integer' }) problems!: number;
  @ApiProperty({ type: 'integer' }) solved!: number;
}

export class ResearchFiguresDto extends ResearchCountsDto {
  @ApiProperty({ type: () => ResearchRefDto }) unit!: ResearchRefDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to!: string | null;
  @ApiProperty({ type: 'integer', description: 'Of the topics, concluded' }) concluded!: number;
  @ApiProperty({ type: () => ResearchLeaderFiguresDto, isArray: true, description: 'The topics of the subtree in the period, by leader, with their visits and problems' }) byLeader!: ResearchLeaderFiguresDto[];
  @ApiProperty({ type: () => ResearchUnitFiguresDto, isArray: true, description: 'The unit\'s children, for drill-down: each record counts where its own unit lies' }) children!: ResearchUnitFiguresDto[];
}
