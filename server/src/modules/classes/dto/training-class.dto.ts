import { ApiProperty } from '@nestjs/swagger';
import {

  CADRE_GROUPS,
  CLASS_ATTACHMENT_KINDS,
  CLASS_ATTENDANCE_STATUSES,
  CLASS_ENROLMENT_STATUSES,
  CLASS_LEAVE_STATUSES,
  CLASS_MISSED_STANDINGS,
  CLASS_TEACHER_KINDS,
  RANKS,
  TRAINING_CLASS_KINDS,
  TRAINING_CLASS_STATUSES,
  type CadreGroup,
  type ClassAttachmentKind,
  type ClassAttendanceStatus,
  type ClassEnrolmentStatus,
  type ClassLeaveStatus,
  type ClassMissedStanding,
  type ClassTeacherKind,
  type Rank,
  type TrainingClassKind,
  type TrainingClassStatus,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateField, DateTimeField, EnumArrayField, EnumField, IntField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

function NestedList(type: new () => unknown, max: number, optional = false): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type, isArray: true, maxItems: max, required: !optional })(target, key);
    if (optional) ValidateIf((_o, v) => v !== undefined)(target, key);
    IsArray()(target, key);
    ArrayMaxSize(max)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => type)(target, key);
  };
}

function HoursField(opts: { optional?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type: Number, minimum: 0.5, maximum: 500, required: !opts.optional, description: 'Credit hours, in steps of 0.5' })(target, key);
    if (opts.optional) ValidateIf((_o, v) => v !== undefined)(target, key);
    IsNumber({ maxDecimalPlaces: 1 })(target, key);
    Min(0.5)(target, key);
    Max(500)(target, key);
  };
}

// ---- classes ---------------------------------------------------------------------------------------------------

export class CreateTrainingClassDto {
  @StringField({ max: 200 }) title!: string;
  @EnumField(TRAINING_CLASS_KINDS, { enumName: 'TrainingClassKind' }) kind!: TrainingClassKind;
  @UuidField({ description: 'The organising unit, in the caller\'s scope' }) organiserUnitId!: string;
  @DateField() startDate!: string;
  @DateField({ description: 'On or after startDate' }) endDate!: string;
  @StringField({ min: 0, max: 300, optional: true, description: 'Venue(s)' }) venue?: string;
  @StringField({ min: 0, max: 5000, optional: true }) description?: string;
  @EnumArrayField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup' }) targetGroups?: CadreGroup[];
  @EnumArrayField(RANKS, { optional: true, enumName: 'Rank' }) targetRanks?: Rank[];
  @IntField({ min: 1, max: 2000 }) capacity!: number;
  @HoursField() creditHours!: number;
}

export class UpdateTrainingClassDto {
  @StringField({ max: 200, optional: true }) title?: string;
  @EnumField(TRAINING_CLASS_KINDS, { optional: true, enumName: 'TrainingClassKind' }) kind?: TrainingClassKind;
  @DateField({ optional: true }) startDate?: string;
  @DateField({ optional: true }) endDate?: string;
  @StringField({ min: 0, max: 300, optional: true }) venue?: string;
  @StringField({ min: 0, max: 5000, optional: true }) description?: string;
  @EnumArrayField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup' }) targetGroups?: CadreGroup[];
  @EnumArrayField(RANKS, { optional: true, enumName: 'Rank' }) targetRanks?: Rank[];
  @IntField({ min: 1, max: 2000, optional: true }) capacity?: number;
  @HoursField({ optional: true }) creditHours?: number;
  @EnumField(['planning', 'enrolling', 'running'] as const, { optional: true, enumName: 'OpenTrainingClassStatus', description: 'Closing is POST /close' })
  status?: 'planning' | 'enrolling' | 'running';
}

export class TrainingClassQueryDto extends PageQueryDto {
  @EnumField(TRAINING_CLASS_STATUSES, { optional: true, enumName: 'TrainingClassStatus' }) status?: TrainingClassStatus;
  @EnumField(TRAINING_CLASS_KINDS, { optional: true, enumName: 'TrainingClassKind' }) kind?: TrainingClassKind;
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Classes that start in this year' }) year?: number;
  @StringField({ max: 50, optional: true, description: 'Part of the title' }) q?: string;
}

export class TrainingClassSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TRAINING_CLASS_KINDS, enumName: 'TrainingClassKind' }) kind!: TrainingClassKind;
  @ApiProperty({ format: 'uuid' }) organiserUnitId!: string;
  @ApiProperty() organiserUnitName!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty() creditHours!: number;
  @ApiProperty({ enum: TRAINING_CLASS_STATUSES, enumName: 'TrainingClassStatus' }) status!: TrainingClassStatus;
  @ApiProperty({ type: 'integer', description: 'Enrollees (all, or in the caller\'s scope for a unit admin who does not organise it)' }) enrolled!: number;
  @ApiProperty({ type: 'integer' }) sessionCount!: number;
  @ApiProperty({ enum: CLASS_ENROLMENT_STATUSES, enumName: 'ClassEnrolmentStatus', nullable: true, description: 'The caller\'s own enrolment' })
  myStatus!: ClassEnrolmentStatus | null;
}

export class TrainingClassPageDto extends PageOf(TrainingClassSummaryDto) {}

export class ClassSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: 'integer', description: 'Length in minutes: the unit of the leave share' }) minutes!: number;
  @ApiProperty() place!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ enum: CLASS_TEACHER_KINDS, enumName: 'ClassTeacherKind' }) teacherKind!: ClassTeacherKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teacherUserId!: string | null;
  @ApiProperty() teacherName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) courseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) courseTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) siteName!: string | null;
  @ApiProperty({ type: 'integer', description: 'Present (for organisers)' }) presentCount!: number;
  @ApiProperty({ type: 'integer', description: 'Enrollees not yet recorded (for organisers)' }) pendingCount!: number;
}

export class ClassAttachmentDto {
  @ApiProperty({ enum: CLASS_ATTACHMENT_KINDS, enumName: 'ClassAttachmentKind' }) kind!: ClassAttachmentKind;
  @ApiProperty({ type: () => StoredFileDto }) file!: StoredFileDto;
}

export class MySessionStateDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: CLASS_ATTENDANCE_STATUSES, enumName: 'ClassAttendanceStatus' }) attendance!: ClassAttendanceStatus;
  @ApiProperty({ enum: CLASS_LEAVE_STATUSES, enumName: 'ClassLeaveStatus', nullable: true }) leave!: ClassLeaveStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedInAt!: string | null;
}

export class MissedShareDto {
  @ApiProperty({ type: 'integer', description: 'Minutes of approved leave' }) leaveMinutes!: number;
  @ApiProperty({ type: 'integer', description: 'Minutes marked absent without leave' }) absentMinutes!: number;
  @ApiProperty({ type: 'integer', description: 'Minutes of the whole timetable' }) totalMinutes!: number;
  @ApiProperty({ description: '(leave + absent) / total, 0 to 1' }) share!: number;
  @ApiProperty({ enum: CLASS_MISSED_STANDINGS, enumName: 'ClassMissedStanding' }) standing!: ClassMissedStanding;
}

export class MyClassStateDto {
  @ApiProperty({ enum: CLASS_ENROLMENT_STATUSES, enumName: 'ClassEnrolmentStatus' }) status!: ClassEnrolmentStatus;
  @ApiProperty({ type: () => MissedShareDto }) missed!: MissedShareDto;
  @ApiProperty({ type: () => MySessionStateDto, isArray: true }) sessions!: MySessionStateDto[];
  @ApiProperty() evaluated!: boolean;
  @ApiProperty({ type: Number, nullable: true }) creditedHours!: number | null;
}

export class TrainingClassPermissionsDto {
  @ApiProperty({ description: 'Edit, enrol, mark attendance, decide leave, close' }) manage!: boolean;
  @ApiProperty({ description: 'Fill in the survey (an enrollee, while running or closed, once)' }) evaluate!: boolean;
}

export class TrainingClassDto extends TrainingClassSummaryDto {
  @ApiProperty() description!: string;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', isArray: true }) targetGroups!: CadreGroup[];
  @ApiProperty({ enum: RANKS, enumName: 'Rank', isArray: true }) targetRanks!: Rank[];
  @ApiProperty({ type: () => ClassSessionDto, isArray: true }) sessions!: ClassSessionDto[];
  @ApiProperty({ type: () => ClassAttachmentDto, isArray: true }) attachments!: ClassAttachmentDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: () => MyClassStateDto, nullable: true, description: 'The caller\'s own record, when enrolled' }) me!: MyClassStateDto | null;
  @ApiProperty({ type: () => TrainingClassPermissionsDto }) can!: TrainingClassPermissionsDto;
  @ApiProperty({ enum: ['manage', 'view', 'enrollee'], enumName: 'ClassAccess', description: 'Organiser, an admin whose cadres are enrolled, or an enrollee' })
  access!: 'manage' | 'view' | 'enrollee';
}

// ---- timetable --------------------------------------------------------------------------------------------------

export class ClassSessionInputDto {
  @DateTimeField({ description: 'With its zone' }) startsAt!: string;
  @DateTimeField({ description: 'After startsAt, on the same day' }) endsAt!: string;
  @StringField({ max: 200 }) place!: string;
  @StringField({ max: 200 }) topic!: string;
  @EnumField(CLASS_TEACHER_KINDS, { enumName: 'ClassTeacherKind' }) teacherKind!: ClassTeacherKind;
  @UuidField({ nullable: true, description: 'The teacher\'s account (cadre or lecturer)' }) teacherUserId?: string | null;
  @StringField({ min: 0, max: 100, optional: true, description: 'An outside teacher\'s name and title' }) teacherName?: string;
  @UuidField({ nullable: true, description: 'A linked online course' }) courseId?: string | null;
  @StringField({ min: 0, max: 100, optional: true, description: 'A red-education site used for teaching' }) siteName?: string;
}

// ---- enrolment --------------------------------------------------------------------------------------------------

export class EnrolDto {
  @UuidArrayField({ min: 0, max: 2000, optional: true, description: 'Named cadres' }) userIds?: string[];
  @UuidField({ optional: true, description: 'With group or ranks: everyone matching under this unit (default: the caller\'s scope)' }) unitId?: string;
  @EnumField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup' }) group?: CadreGroup;
  @EnumArrayField(RANKS, { optional: true, enumName: 'Rank' }) ranks?: Rank[];
}

export class EnrolResultDto {
  @ApiProperty({ type: 'integer' }) added!: number;
  @ApiProperty({ type: 'integer', description: 'Already enrolled' }) skipped!: number;
  @ApiProperty({ type: 'integer' }) enrolled!: number;
  @ApiProperty({ type: 'integer' }) capacity!: number;
}

export class RosterRowDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, nullable: true }) post!: string | null;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ enum: CLASS_ENROLMENT_STATUSES, enumName: 'ClassEnrolmentStatus' }) status!: ClassEnrolmentStatus;
  @ApiProperty({ type: 'integer' }) presentSessions!: number;
  @ApiProperty({ type: () => MissedShareDto }) missed!: MissedShareDto;
  @ApiProperty({ type: Number, nullable: true }) creditedHours!: number | null;
}

export class RosterDto {
  @ApiProperty({ type: () => RosterRowDto, isArray: true }) items!: RosterRowDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
}


// ---- attendance -------------------------------------------------------------------------------------------------

export class AttendanceRowDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: CLASS_ENROLMENT_STATUSES, enumName: 'ClassEnrolmentStatus' }) enrolmentStatus!: ClassEnrolmentStatus;
  @ApiProperty({ enum: CLASS_ATTENDANCE_STATUSES, enumName: 'ClassAttendanceStatus' }) status!: ClassAttendanceStatus;
  @ApiProperty({ type: String, nullable: true, enum: ['code', 'manual'] }) method!: 'code' | 'manual' | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordedAt!: string | null;
  @ApiProperty({ enum: CLASS_LEAVE_STATUSES, enumName: 'ClassLeaveStatus', nullable: true }) leave!: ClassLeaveStatus | null;
}

export class AttendanceSheetDto {
  @ApiProperty({ type: () => ClassSessionDto }) session!: ClassSessionDto;
  @ApiProperty({ type: () => AttendanceRowDto, isArray: true }) items!: AttendanceRowDto[];
}

export class AttendanceMarkDto {
  @UuidField() userId!: string;
  @EnumField(['present', 'absent'] as const, { enumName: 'ClassAttendanceMark' }) status!: 'present' | 'absent';
}

export class MarkAttendanceDto {
  @NestedList(AttendanceMarkDto, 2000) marks!: AttendanceMarkDto[];
}

export class SignInCodeDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ description: 'Whether sign-in is open now' }) open!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The current six-digit code (null outside the window)' }) code!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When this code is replaced' }) changesAt!: string | null;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ type: 'integer' }) presentCount!: number;
  @ApiProperty({ type: 'integer' }) expectedCount!: number;
}

export class SignInDto {
  @StringField({ min: 6, max: 6, pattern: /^\d{6}$/, patternMessage: 'code must be six digits' }) code!: string;
}

export class SignInResultDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() topic!: string;
  @ApiProperty() classTitle!: string;
  @ApiProperty({ format: 'date-time' }) signedInAt!: string;
  @ApiProperty({ description: 'True when this call signed in; false when already signed in before' }) created!: boolean;
}

// ---- leave ------------------------------------------------------------------------------------------------------

export class AskLeaveDto {
  @StringField({ max: 300 }) reason!: string;
}

export class DecideLeaveDto {
  @BoolField() approve!: boolean;
  @StringField({ min: 0, max: 300, optional: true }) note?: string;
}

export class LeaveQueryDto {
  @EnumField(CLASS_LEAVE_STATUSES, { optional: true, enumName: 'ClassLeaveStatus' }) status?: ClassLeaveStatus;
}

export class LeaveDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() sessionTopic!: string;
  @ApiProperty({ format: 'date-time' }) sessionStartsAt!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: CLASS_LEAVE_STATUSES, enumName: 'ClassLeaveStatus' }) status!: ClassLeaveStatus;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: () => MissedShareDto, description: 'The cadre\'s share now' }) missed!: MissedShareDto;
  @ApiProperty({ type: () => MissedShareDto, description: 'The share if this request is approved' }) ifApproved!: MissedShareDto;
}

export class LeaveListDto {
  @ApiProperty({ type: () => LeaveDto, isArray: true }) items!: LeaveDto[];
}

// ---- attachments and closing ------------------------------------------------------------------------------------

export class ClassAttachmentInputDto {
  @UuidField({ description: 'A file uploaded with purpose class_attachment' }) fileId!: string;
  @EnumField(CLASS_ATTACHMENT_KINDS, { enumName: 'ClassAttachmentKind' }) kind!: ClassAttachmentKind;
}

export class SetClassAttachmentsDto {
  @NestedList(ClassAttachmentInputDto, 20) attachments!: ClassAttachmentInputDto[];
}

export class CloseCheckItemDto {
  @ApiProperty({ enum: ['attendance', 'sign_in_sheet', 'timetable', 'sessions', 'enrollees'] }) key!: 'attendance' | 'sign_in_sheet' | 'timetable' | 'sessions' | 'enrollees';
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'What is missing, in words' }) message!: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Sessions whose attendance is not complete' }) sessionIds!: string[];
}

export class CloseCheckDto {
  @ApiProperty() ready!: boolean;
  @ApiProperty({ type: () => CloseCheckItemDto, isArray: true }) items!: CloseCheckItemDto[];
  @ApiProperty({ type: 'integer', description: 'Enrollees who will complete' }) completing!: number;
  @ApiProperty({ type: 'integer' }) withdrawn!: number;
}

// ---- my sessions ------------------------------------------------------------------------------------------------

export class MySessionsQueryDto {
  @DateField({ optional: true, description: 'From this day (default: today), Asia/Shanghai' }) from?: string;
  @IntField({ min: 1, max: 366, optional: true, query: true, description: 'How many days (default 30)' }) days?: number;
}

export class MyClassSessionDto extends ClassSessionDto {
  @ApiProperty({ format: 'uuid' }) classId!: string;
  @ApiProperty() classTitle!: string;
  @ApiProperty({ enum: CLASS_ATTENDANCE_STATUSES, enumName: 'ClassAttendanceStatus' }) attendance!: ClassAttendanceStatus;
  @ApiProperty({ enum: CLASS_LEAVE_STATUSES, enumName: 'ClassLeaveStatus', nullable: true }) leave!: ClassLeaveStatus | null;
  @ApiProperty({ description: 'Sign-in is open now' }) signInOpen!: boolean;
}

export class MyClassSessionListDto {
  @ApiProperty({ type: () => MyClassSessionDto, isArray: true }) items!: MyClassSessionDto[];
}

// ---- evaluation -------------------------------------------------------------------------------------------------

export class SessionRatingInputDto {
  @UuidField() sessionId!: string;
  @IntField({ min: 1, max: 5 }) contentRating!: number;
  @IntField({ min: 1, max: 5 }) teacherRating!: number;
  @StringField({ min: 0, max: 1000, optional: true }) comment?: string;
}

export class SubmitEvaluationDto {
  @NestedList(SessionRatingInputDto, 200) sessions!: SessionRatingInputDto[];
  @StringField({ min: 0, max: 1000, optional: true, description: 'Overall comments' }) comment?: string;
}

export class SessionResultDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() topic!: string;
  @ApiProperty() teacherName!: string;
  @ApiProperty({ type: 'integer' }) responses!: number;
  @ApiProperty({ type: Number, nullable: true }) contentAverage!: number | null;
  @ApiProperty({ type: Number, nullable: true }) teacherAverage!: number | null;
  @ApiProperty({ type: String, isArray: true }) comments!: string[];
}

export class TeacherResultDto {
  @ApiProperty() teacherName!: string;
  @ApiProperty({ type: 'integer' }) sessions!: number;
  @ApiProperty({ type: 'integer' }) responses!: number;
  @ApiProperty({ type: Number, nullable: true }) average!: number | null;
}

export class EvaluationResultsDto {
  @ApiProperty({ type: 'integer', description: 'Enrollees who filled in the survey' }) respondents!: number;
  @ApiProperty({ type: 'integer' }) enrollees!: number;
  @ApiProperty({ type: () => SessionResultDto, isArray: true }) sessions!: SessionResultDto[];
  @ApiProperty({ type: () => TeacherResultDto, isArray: true }) teachers!: TeacherResultDto[];
  @ApiProperty({ type: String, isArray: true }) comments!: string[];
}

export class ArchiveClassDto {
  @ApiProperty({ format: 'uuid' }) classId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TRAINING_CLASS_KINDS, enumName: 'TrainingClassKind' }) kind!: TrainingClassKind;
  @ApiProperty() organiserUnitName!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty({ enum: CLASS_ENROLMENT_STATUSES, enumName: 'ClassEnrolmentStatus' }) status!: ClassEnrolmentStatus;
  @ApiProperty() hours!: number;
}
