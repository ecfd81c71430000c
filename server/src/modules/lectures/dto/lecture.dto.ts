import { ApiProperty } from '@nestjs/swagger';
import {
  AUDIENCE_KINDS,
  FEEDBACK_COMMENT_STATUSES,
  LECTURE_FORMATS,
  LECTURE_SESSION_STATUSES,
  LECTURE_TEAM_LEVELS,
  type AudienceKind,
  type FeedbackCommentStatus,
  type LectureFormat,
  type LectureSessionStatus,
  type LectureTeamLevel,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import {
  BoolField,
  DateField,
  DateTimeField,
  EnumArrayField,
  EnumField,
  IntField,
  StringField,
  UuidArrayField,
  UuidField,
} from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

// ---- teams and topics ----

export class CreateLectureTeamDto {
  @StringField({ max: 100 }) name!: string;
  @EnumField(LECTURE_TEAM_LEVELS, { enumName: 'LectureTeamLevel' }) level!: LectureTeamLevel;
  @UuidField({ description: 'The unit the team belongs to; its admins manage the team' }) homeUnitId!: string;
  @StringField({ min: 0, max: 1000, optional: true }) description?: string;
}

export class UpdateLectureTeamDto {
  @StringField({ max: 100, optional: true }) name?: string;
  @StringField({ min: 0, max: 1000, optional: true }) description?: string;
  @BoolField({ optional: true, description: 'false retires the team: no new sessions' }) active?: boolean;
}

export class TeamMemberInputDto {
  @UuidField() userId!: string;
  @BoolField({ optional: true, description: 'The team leader (团长/队长)' }) leader?: boolean;
}

export class SetTeamMembersDto {
  @ApiProperty({ type: () => TeamMemberInputDto, isArray: true, maxItems: 300 })
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInputDto)
  members!: TeamMemberInputDto[];
}

export class TeamMemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, nullable: true }) post!: string | null;
  @ApiProperty() leader!: boolean;
}

export class LectureTeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LECTURE_TEAM_LEVELS, enumName: 'LectureTeamLevel' }) level!: LectureTeamLevel;
  @ApiProperty({ format: 'uuid' }) homeUnitId!: string;
  @ApiProperty() homeUnitName!: string;
  @ApiProperty() description!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: 'integer' }) memberCount!: number;
  @ApiProperty({ type: 'integer', description: 'Verified sessions this year' }) sessionsThisYear!: number;
  @ApiProperty({ description: 'The caller is a member' }) mine!: boolean;
  @ApiProperty({ description: 'The caller may edit the team and its members' }) canManage!: boolean;
}

export class LectureTeamDetailDto extends LectureTeamDto {
  @ApiProperty({ type: () => TeamMemberDto, isArray: true }) members!: TeamMemberDto[];
}

export class LectureTeamListDto {
  @ApiProperty({ type: () => LectureTeamDto, isArray: true }) items!: LectureTeamDto[];
}

export class LectureTeamQueryDto {
  @BoolField({ optional: true, query: true, description: 'Only teams the caller is a member of' }) mine?: boolean;
  @BoolField({ optional: true, query: true, description: 'Retired teams too' }) includeInactive?: boolean;
}

export class CreateLectureTopicDto {
  @StringField({ max: 100 }) name!: string;
  @IntField({ min: 0, max: 999, optional: true }) sortOrder?: number;
}

export class UpdateLectureTopicDto {
  @StringField({ max: 100, optional: true }) name?: string;
  @IntField({ min: 0, max: 999, optional: true }) sortOrder?: number;
  @BoolField({ optional: true, description: 'false hides it from the form; its sessions keep it' }) active?: boolean;
}

export class LectureTopicDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) sortOrder!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: 'integer' }) sessionCount!: number;
}

export class LectureTopicListDto {
  @ApiProperty({ type: () => LectureTopicDto, isArray: true }) items!: LectureTopicDto[];
}

// ---- sessions ----

export class CreateLectureSessionDto {
  @UuidField({ description: 'A team the author is a member of' }) teamId!: string;
  @UuidField() topicId!: string;
  @StringField({ max: 200 }) title!: string;
  @DateTimeField({ description: 'When the lecture began; not in the future' }) startedAt!: string;
  @IntField({ min: 5, max: 600 }) durationMinutes!: number;
  @UuidField({ description: 'Where it was held (town, village, community, enterprise ...)' }) hostUnitId!: string;
  @StringField({ min: 0, max: 200, optional: true }) venue?: string;
  @EnumField(LECTURE_FORMATS, { enumName: 'LectureFormat' }) format!: LectureFormat;
  @IntField({ min: 1, max: 100_000 }) audienceSize!: number;
  @EnumArrayField(AUDIENCE_KINDS, { enumName: 'AudienceKind' }) audienceKinds!: AudienceKind[];
  @StringField({ min: 0, max: 5000, optional: true }) summary?: string;
  @UuidArrayField({ min: 1, max: 10, description: 'The lecturers: members of the team' }) lecturerIds!: string[];
  @UuidArrayField({ max: 9, optional: true, description: 'Photos uploaded with purpose lecture_photo, in order' }) photoFileIds?: string[];
}

export class UpdateLectureSessionDto {
  @UuidField({ optional: true }) teamId?: string;
  @UuidField({ optional: true }) topicId?: string;
  @StringField({ max: 200, optional: true }) title?: string;
  @DateTimeField({ optional: true }) startedAt?: string;
  @IntField({ min: 5, max: 600, optional: true }) durationMinutes?: number;
  @UuidField({ optional: true }) hostUnitId?: string;
  @StringField({ min: 0, max: 200, optional: true }) venue?: string;
  @EnumField(LECTURE_FORMATS, { optional: true, enumName: 'LectureFormat' }) format?: LectureFormat;
  @IntField({ min: 1, max: 100_000, optional: true }) audienceSize?: number;
  @EnumArrayField(AUDIENCE_KINDS, { optional: true, enumName: 'AudienceKind' }) audienceKinds?: AudienceKind[];
  @StringField({ min: 0, max: 5000, optional: true }) summary?: string;
  @UuidArrayField({ min: 1, max: 10, optional: true }) lecturerIds?: string[];
  @UuidArrayField({ max: 9, optional: true }) photoFileIds?: string[];
}

export class ReturnLectureSessionDto {
  @StringField({ max: 300, description: 'What the lecturer should fix' }) reason!: string;
}

export class LectureSessionQueryDto extends PageQueryDto {
  @EnumField(LECTURE_SESSION_STATUSES, { optional: true, enumName: 'LectureSessionStatus' }) status?: LectureSessionStatus;
  @BoolField({ optional: true, query: true, description: 'Only sessions I wrote or gave (also for admins)' }) mine?: boolean;
  @BoolField({ optional: true, query: true, description: 'Sessions waiting for me to verify (submitted, host unit in my scope, not my own)' }) toVerify?: boolean;
  @UuidField({ optional: true }) teamId?: string;
  @UuidField({ optional: true }) topicId?: string;
  @UuidField({ optional: true, description: 'Held in this unit or below' }) unitId?: string;
  @UuidField({ optional: true }) lecturerId?: string;
  @EnumField(LECTURE_FORMATS, { optional: true, enumName: 'LectureFormat' }) format?: LectureFormat;
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Held in this calendar year (Asia/Shanghai)' }) year?: number;
  @DateField({ optional: true, description: 'Held on or after this day (Asia/Shanghai)' }) from?: string;
  @DateField({ optional: true, description: 'Held on or before this day (Asia/Shanghai)' }) to?: string;
  @StringField({ max: 50, optional: true, description: 'Part of the title' }) q?: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class LectureSessionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty() teamName!: string;
  @ApiProperty({ format: 'uuid' }) topicId!: string;
  @ApiProperty() topicName!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty({ format: 'uuid' }) hostUnitId!: string;
  @ApiProperty() hostUnitName!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ enum: LECTURE_FORMATS, enumName: 'LectureFormat' }) format!: LectureFormat;
  @ApiProperty({ type: 'integer' }) audienceSize!: number;
  @ApiProperty({ enum: AUDIENCE_KINDS, enumName: 'AudienceKind', isArray: true }) audienceKinds!: AudienceKind[];
  @ApiProperty({ enum: LECTURE_SESSION_STATUSES, enumName: 'LectureSessionStatus' }) status!: LectureSessionStatus;
  @ApiProperty({ type: () => PersonRefDto, isArray: true }) lecturers!: PersonRefDto[];
  @ApiProperty({ type: () => PersonRefDto }) author!: PersonRefDto;
  @ApiProperty({ type: 'integer' }) photoCount!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The first photo, small' }) coverThumbnailUrl!: string | null;
  @ApiProperty({ type: 'integer' }) feedbackCount!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Average rating 1–5, one decimal' }) averageRating!: number | null;
  @ApiProperty({ type: Number, nullable: true }) creditedHours!: number | null;
  @ApiProperty({ type: String, nullable: true }) returnReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: string | null;
}

export class LectureSessionPermissionsDto {
  @ApiProperty() edit!: boolean;
  @ApiProperty() submit!: boolean;
  @ApiProperty() verify!: boolean;
  @ApiProperty() remove!: boolean;
  @ApiProperty({ description: 'An org admin may correct the descriptive fields of a verified session (audited)' }) correct!: boolean;
  @ApiProperty({ description: 'May approve or hide audience comments' }) moderate!: boolean;
}

export class LectureSessionDto extends LectureSessionSummaryDto {
  @ApiProperty() summary!: string;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) photos!: StoredFileDto[];
  @ApiProperty({ type: () => PersonRefDto, nullable: true }) reviewedBy!: PersonRefDto | null;
  @ApiProperty({ type: () => LectureSessionPermissionsDto }) can!: LectureSessionPermissionsDto;
  @ApiProperty({ description: 'Public feedback page of the SPA (verified sessions)' }) feedbackPath!: string;
}

export class LectureSessionPageDto extends PageOf(LectureSessionSummaryDto) {}

// ---- feedback ----

export class FeedbackInputDto {
  @IntField({ min: 1, max: 5 }) rating!: number;
  @StringField({ min: 0, max: 500, optional: true }) comment?: string;
}

export class FeedbackReceiptDto {
  @ApiProperty() received!: boolean;
  @ApiProperty({ description: 'A comment waits for the host unit to approve it before anyone sees it' }) commentPending!: boolean;
}

export class PublicLectureSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() topicName!: string;
  @ApiProperty() teamName!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty() hostUnitName!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ type: String, isArray: true }) lecturerNames!: string[];
  @ApiProperty({ description: 'This device (the signed device cookie this response renews or sets) has already rated the session' }) alreadyRated!: boolean;
}

export class FeedbackCommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) rating!: number;
  @ApiProperty() comment!: string;
  @ApiProperty({ enum: FEEDBACK_COMMENT_STATUSES, enumName: 'FeedbackCommentStatus' }) status!: FeedbackCommentStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class FeedbackBurstDto {
  @ApiProperty({ type: 'integer', description: 'Ratings that arrived in a burst' }) count!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The average of the other ratings (null when every rating is in a burst)' })
  averageWithout!: number | null;
  @ApiProperty({ type: 'integer', description: 'A burst is more than this many ratings from one address ...' }) size!: number;
  @ApiProperty({ type: 'integer', description: '... within this many minutes' }) minutes!: number;
}

export class FeedbackSummaryDto {
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Of every rating, bursts included' }) average!: number | null;
  @ApiProperty({ type: 'integer', isArray: true, description: 'How many gave 1, 2, 3, 4, 5' }) distribution!: number[];
  @ApiProperty({ type: () => FeedbackCommentDto, isArray: true, description: 'Approved comments; pending ones too for a moderator' })
  comments!: FeedbackCommentDto[];
  @ApiProperty({ type: () => FeedbackBurstDto, nullable: true, description: 'For admins in scope: ratings that arrived in a burst from one address; null for lecturers' })
  burst!: FeedbackBurstDto | null;
}

export class ModerateFeedbackDto {
  @EnumField(['approved', 'rejected'] as const, { enumName: 'FeedbackDecision' }) status!: 'approved' | 'rejected';
}

// ---- figures ----

export class LectureStatsQueryDto {
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Default this year' }) year?: number;
  @UuidField({ optional: true, description: 'Default the caller\'s scope unit' }) unitId?: string;
}

export class CountRowDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) sessions!: number;
  @ApiProperty({ type: 'integer' }) audience!: number;
}

export class LecturerStatsDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer' }) sessions!: number;
  @ApiProperty({ type: 'integer' }) audience!: number;
  @ApiProperty({ type: 'integer' }) feedbackCount!: number;
  @ApiProperty({ type: Number, nullable: true }) averageRating!: number | null;
  @ApiProperty() hours!: number;
}

export class LectureStatsDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer' }) sessions!: number;
  @ApiProperty({ type: 'integer' }) audience!: number;
  @ApiProperty({ type: 'integer' }) lecturersActive!: number;
  @ApiProperty({ type: 'integer' }) feedbackCount!: number;
  @ApiProperty({ type: Number, nullable: true }) averageRating!: number | null;
  @ApiProperty({ type: 'integer', description: 'Submitted, waiting to be verified' }) pending!: number;
  @ApiProperty({ type: () => CountRowDto, isArray: true, description: 'Per child unit (key: unit id)' }) byUnit!: CountRowDto[];
  @ApiProperty({ type: () => CountRowDto, isArray: true, description: '12 rows, key 1–12' }) byMonth!: CountRowDto[];
  @ApiProperty({ type: () => CountRowDto, isArray: true }) byTopic!: CountRowDto[];
  @ApiProperty({ type: () => CountRowDto, isArray: true }) byFormat!: CountRowDto[];
  @ApiProperty({ type: () => CountRowDto, isArray: true }) byTeam!: CountRowDto[];
  @ApiProperty({ type: () => LecturerStatsDto, isArray: true, description: 'Lecturers with verified sessions, most sessions first' }) lecturers!: LecturerStatsDto[];
}

export class CoverageRowDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() parentName!: string;
  @ApiProperty({ type: 'integer' }) sessions!: number;
  @ApiProperty({ type: 'integer' }) audience!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastHeldAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'Research visits (大兴调查研究) to it in the year' }) researchVisits!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastVisitedOn!: string | null;
  @ApiProperty({ enum: ['lecture', 'research'], enumName: 'CoverageSource', isArray: true, description: 'Which sources reached it in the year: verified lectures, research visits; empty when unreached' })
  sources!: ('lecture' | 'research')[];
}

export class CoverageDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', description: 'Villages and communities under the unit' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, reached in the year: by a verified session or a research visit' }) covered!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, with at least one verified session in the year' }) coveredByLectures!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, reached only by research visits' }) coveredByResearchOnly!: number;
  @ApiProperty({ type: () => CoverageRowDto, isArray: true, description: 'Unreached first, then reached by research only, then by name' }) items!: CoverageRowDto[];
}
