import { ApiProperty } from '@nestjs/swagger';
import {
  AGE_BANDS,
  CADRE_GROUPS,
  EVALUATION_GRADES,
  GENDERS,
  RANK_LEVELS,
  RANKS,
  SECONDMENT_STATES,
  TALENT_STATUSES,
  TALENT_TRACKS,
  type AgeBand,
  type CadreGroup,
  type EvaluationGrade,
  type Gender,
  type Rank,
  type RankLevel,
  type SecondmentState,
  type TalentStatus,
  type TalentTrack,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf } from '../../../common/pagination/page';
import { BoolField, DateField, EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';
import { ArchiveDto } from '../../courses/dto/my-learning.dto';

// ---- input ---------------------------------------------------------------------------------------------------------

export class NominateDto {
  @UuidField({ description: 'A cadre of the caller\'s unit (or the units below it)' }) userId!: string;
  @StringField({ max: 2000, description: 'Why this cadre (推荐理由)' }) reasons!: string;
  @EnumField(TALENT_TRACKS, { optional: true, enumName: 'TalentTrack', description: 'A suggested track' }) track?: TalentTrack;
  @StringField({ max: 500, optional: true, description: 'Required when the cadre breaks an entry criterion: why nominate anyway' }) overrideReason?: string;
}

export class CriteriaQueryDto {
  @UuidField({ description: 'A cadre in the caller\'s scope' }) userId!: string;
}

export class DecisionDto {
  @BoolField({ description: 'true: admit into the pool; false: decline' }) admit!: boolean;
  @EnumField(TALENT_TRACKS, { optional: true, enumName: 'TalentTrack', description: 'Required to admit' }) track?: TalentTrack;
  @StringField({ max: 50, optional: true, description: 'The mentor (结对导师)' }) mentorName?: string;
  @StringField({ max: 100, optional: true, description: 'The mentor\'s post' }) mentorPost?: string;
  @StringField({ max: 500, optional: true, description: 'Required to decline' }) reason?: string;
}

export class GraduateDto {
  @StringField({ max: 100, description: 'The post the cadre was promoted to' }) newPost!: string;
  @DateField({ optional: true, description: 'Default today; not in the future' }) on?: string;
}

export class RemoveDto {
  @StringField({ max: 500 }) reason!: string;
}

export class MilestoneInputDto {
  @StringField({ max: 200 }) title!: string;
  @DateField() dueOn!: string;
  @DateField({ nullable: true, description: 'When it was done; not in the future' }) doneOn?: string | null;
}

export class TalentPlanDto {
  @EnumField(TALENT_TRACKS, { optional: true, enumName: 'TalentTrack' }) track?: TalentTrack;
  @StringField({ max: 50, optional: true }) mentorName?: string;
  @StringField({ min: 0, max: 100, optional: true }) mentorPost?: string;

  @ApiProperty({ type: () => MilestoneInputDto, isArray: true, maxItems: 50, required: false, description: 'Replaces the milestones' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInputDto)
  milestones?: MilestoneInputDto[];
}

export class PostInputDto {
  @StringField({ max: 100 }) post!: string;
  @StringField({ max: 100 }) unitName!: string;
  @DateField() fromOn!: string;
  @DateField({ nullable: true, description: 'Absent or null: still held' }) toOn?: string | null;
}

export class PostsDto {
  @ApiProperty({ type: () => PostInputDto, isArray: true, maxItems: 30, description: 'Replaces the recorded posts' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PostInputDto)
  posts!: PostInputDto[];
}

export class NoteInputDto {
  @StringField({ max: 5000 }) note!: string;
  @DateField({ optional: true, description: 'Default today; not in the future' }) writtenOn?: string;
}

export class EvaluationInputDto {
  @IntField({ min: 2000, max: 2100 }) year!: number;
  @EnumField(EVALUATION_GRADES, { enumName: 'EvaluationGrade' }) grade!: EvaluationGrade;
  @StringField({ min: 0, max: 2000, optional: true }) comment?: string;
}

export class SecondmentInputDto {
  @StringField({ max: 50, description: 'e.g. 福州市' }) hostCity!: string;
  @StringField({ max: 100 }) hostUnit!: string;
  @StringField({ max: 100 }) post!: string;
  @DateField() fromOn!: string;
  @DateField() toOn!: string;
  @EnumField(SECONDMENT_STATES, { optional: true, enumName: 'SecondmentState' }) state?: SecondmentState;
}

export class SecondmentUpdateDto {
  @StringField({ max: 50, optional: true }) hostCity?: string;
  @StringField({ max: 100, optional: true }) hostUnit?: string;
  @StringField({ max: 100, optional: true }) post?: string;
  @DateField({ optional: true }) fromOn?: string;
  @DateField({ optional: true }) toOn?: string;
  @EnumField(SECONDMENT_STATES, { optional: true, enumName: 'SecondmentState' }) state?: SecondmentState;
  @StringField({ min: 0, max: 10000, optional: true, description: 'The closing report; required to mark it returned' }) report?: string;
}

export class TalentFilterDto {
  @EnumField(TALENT_STATUSES, { optional: true, enumName: 'TalentStatus' }) status?: TalentStatus;
  @EnumField(TALENT_TRACKS, { optional: true, enumName: 'TalentTrack' }) track?: TalentTrack;
  @EnumField(AGE_BANDS, { optional: true, enumName: 'AgeBand' }) ageBand?: AgeBand;
  @EnumField(RANK_LEVELS, { optional: true, enumName: 'RankLevel' }) rankLevel?: RankLevel;
  @EnumField(GENDERS, { optional: true, enumName: 'Gender' }) gender?: Gender;
  @UuidField({ optional: true, description: 'Members of this unit and the units below it' }) unitId?: string;
  @StringField({ max: 50, optional: true, description: 'Part of the name' }) q?: string;
  @BoolField({ optional: true, query: true, description: 'Only members with a secondment past its end date not marked returned (已到期未返回)' }) returnOverdue?: boolean;
}

export class TalentQueryDto extends TalentFilterDto {
  @IntField({ min: 1, max: 100_000, optional: true, query: true }) page: number = 1;
  @IntField({ min: 1, max: 100, optional: true, query: true }) pageSize: number = 20;
}

export class TalentExportQueryDto extends TalentFilterDto {
  @BoolField({ optional: true, query: true, description: 'Phones and ID numbers in full (audited as talent_pool.exported_unmasked)' }) unmasked?: boolean;
}

export class ProfileQueryDto {
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'The year of the learning details; default this year' }) year?: number;
}

// ---- output --------------------------------------------------------------------------------------------------------

export class CriteriaProblemDto {
  @ApiProperty({ description: 'birthDate or hours' }) field!: string;
  @ApiProperty() message!: string;
}

export class CriteriaDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ enum: RANK_LEVELS, enumName: 'RankLevel' }) rankLevel!: RankLevel;
  @ApiProperty({ type: 'integer', nullable: true }) age!: number | null;
  @ApiProperty({ type: 'integer' }) ageLimit!: number;
  @ApiProperty({ description: 'Credit hours of the last 12 months' }) hours!: number;
  @ApiProperty() minHours!: number;
  @ApiProperty({ type: () => CriteriaProblemDto, isArray: true }) problems!: CriteriaProblemDto[];
  @ApiProperty() met!: boolean;
}

export class TalentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GENDERS, enumName: 'Gender' }) gender!: Gender;
  @ApiProperty({ type: 'integer', nullable: true }) age!: number | null;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Masked' }) phone!: string | null;
  @ApiProperty({ enum: TALENT_STATUSES, enumName: 'TalentStatus' }) status!: TalentStatus;
  @ApiProperty({ enum: TALENT_TRACKS, enumName: 'TalentTrack', nullable: true }) track!: TalentTrack | null;
  @ApiProperty({ type: String, nullable: true }) mentorName!: string | null;
  @ApiProperty() reasons!: string;
  @ApiProperty() nominatedByName!: string;
  @ApiProperty({ format: 'date-time' }) nominatedAt!: string;
  @ApiProperty({ description: 'Nominated although an entry criterion was not met' }) overridden!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The host city of a secondment under way today (marked 挂职中 and today within its dates)' }) awayIn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The end date of a secondment past its end and not marked returned (已到期未返回)' })
  returnOverdueSince!: string | null;
  @ApiProperty({ type: 'integer' }) overdueMilestones!: number;
}

export class TalentPageDto extends PageOf(TalentSummaryDto) {}

export class TalentEventDto {
  @ApiProperty() action!: string;
  @ApiProperty({ enum: TALENT_STATUSES, enumName: 'TalentStatus', nullable: true }) toStatus!: TalentStatus | null;
  @ApiProperty() note!: string;
  @ApiProperty() actorName!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn!: string | null;
  @ApiProperty({ description: 'Not done and past its date' }) overdue!: boolean;
}

export class NoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) writtenOn!: string;
  @ApiProperty() note!: string;
  @ApiProperty() authorName!: string;
}

export class EvaluationDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: EVALUATION_GRADES, enumName: 'EvaluationGrade' }) grade!: EvaluationGrade;
  @ApiProperty() comment!: string;
}

export class SecondmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() hostCity!: string;
  @ApiProperty() hostUnit!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ format: 'date' }) fromOn!: string;
  @ApiProperty({ format: 'date' }) toOn!: string;
  @ApiProperty({ enum: SECONDMENT_STATES, enumName: 'SecondmentState' }) state!: SecondmentState;
  @ApiProperty() report!: string;
}

/** The pool's part of a member's record: the entry with its plan, history, evaluations and secondments. */
export class TalentEntryDto extends TalentSummaryDto {
  @ApiProperty({ type: String, nullable: true }) mentorPost!: string | null;
  @ApiProperty({ type: () => CriteriaProblemDto, isArray: true }) criteriaProblems!: CriteriaProblemDto[];
  @ApiProperty({ type: String, nullable: true }) overrideReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) admittedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) newPost!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: () => TalentEventDto, isArray: true }) history!: TalentEventDto[];
  @ApiProperty({ type: () => MilestoneDto, isArray: true }) milestones!: MilestoneDto[];
  @ApiProperty({ type: () => NoteDto, isArray: true }) notes!: NoteDto[];
  @ApiProperty({ type: () => EvaluationDto, isArray: true }) evaluations!: EvaluationDto[];
  @ApiProperty({ type: () => SecondmentDto, isArray: true }) secondments!: SecondmentDto[];
  @ApiProperty({ type: () => PostInputDto, isArray: true, description: 'Posts recorded by the organisation department' }) posts!: PostInputDto[];
}

export class PostHistoryDto {
  @ApiProperty() post!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) fromOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) toOn!: string | null;
  @ApiProperty({ description: 'recorded (任职经历 kept by the organisation department), current, secondment or promotion' }) kind!: string;
}

export class HoursByYearDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Hours by ledger source', type: 'object', additionalProperties: { type: 'number' } }) bySource!: Record<string, number>;
}

export class ProfilePersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GENDERS, enumName: 'Gender' }) gender!: Gender;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) age!: number | null;
  @ApiProperty() ethnicity!: string;
  @ApiProperty({ type: String, nullable: true }) politicalStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) education!: string | null;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appointmentDate!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked' }) idNumber!: string | null;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', isArray: true }) keyGroups!: CadreGroup[];
}

export class WatermarkDto {
  @ApiProperty() viewerName!: string;
  @ApiProperty() viewerUsername!: string;
  @ApiProperty({ description: 'When it was viewed, Asia/Shanghai, YYYY-MM-DD HH:mm' }) viewedAt!: string;
}

export class ProfileSpeechDto {
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty() summary!: string;
}

export class TalentProfileDto {
  @ApiProperty({ type: () => ProfilePersonDto }) person!: ProfilePersonDto;
  @ApiProperty({ type: () => TalentEntryDto }) entry!: TalentEntryDto;
  @ApiProperty({ type: () => PostHistoryDto, isArray: true }) posts!: PostHistoryDto[];
  @ApiProperty({ type: () => HoursByYearDto, isArray: true }) hoursByYear!: HoursByYearDto[];
  @ApiProperty({ type: () => ArchiveDto, description: 'Courses, quizzes, lectures given, study records of `year`' }) archive!: ArchiveDto;
  @ApiProperty({ type: () => ProfileSpeechDto, isArray: true, description: 'What they said at the submitted study meetings of `year`' }) speeches!: ProfileSpeechDto[];
  @ApiProperty({ type: () => WatermarkDto }) watermark!: WatermarkDto;
}

export class CountDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class ActiveSecondmentDto extends SecondmentDto {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
}

export class OverdueMilestoneDto {
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class TalentOverviewDto {
  @ApiProperty({ type: 'integer', description: 'Members matching the filters' }) total!: number;
  @ApiProperty({ type: () => CountDto, isArray: true }) byAgeBand!: CountDto[];
  @ApiProperty({ type: () => CountDto, isArray: true }) byGender!: CountDto[];
  @ApiProperty({ type: () => CountDto, isArray: true }) byTrack!: CountDto[];
  @ApiProperty({ type: () => CountDto, isArray: true }) byStatus!: CountDto[];
  @ApiProperty({ type: () => CountDto, isArray: true, description: 'By child unit of the scope (or of unitId), those with members' }) byUnit!: CountDto[];
  @ApiProperty({ type: () => ActiveSecondmentDto, isArray: true, description: 'Under way today: marked 挂职中 and today within the dates' }) activeSecondments!: ActiveSecondmentDto[];
  @ApiProperty({ type: () => ActiveSecondmentDto, isArray: true, description: 'Past their end date and not marked returned (已到期未返回), oldest first' })
  overdueReturns!: ActiveSecondmentDto[];
  @ApiProperty({ type: () => OverdueMilestoneDto, isArray: true }) overdueMilestones!: OverdueMilestoneDto[];
}
