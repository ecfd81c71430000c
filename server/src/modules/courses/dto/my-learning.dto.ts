import { ApiProperty } from '@nestjs/swagger';
import {
  ENROLLMENT_SOURCES,
  LECTURE_FORMATS,
  LEDGER_CUT_REASONS,
  LEDGER_SOURCES,
  STUDY_RECORD_TYPES,
  type EnrollmentSource,
  type LectureFormat,
  type LedgerCutReason,
  type LedgerSource,
  type StudyRecordType,
} from '@cadre/shared';
import { BoolField, EnumField, IntField } from '../../../common/validation/fields';
import { ArchiveClassDto } from '../../classes/dto/training-class.dto';
import { LessonDto } from './course.dto';

export class MyCoursesQueryDto {
  @EnumField(['in_progress', 'completed', 'overdue', 'all'] as const, { optional: true, enumName: 'MyCourseFilter' })
  status?: 'in_progress' | 'completed' | 'overdue' | 'all';
}

export class MyCourseDto {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) coverUrl!: string | null;
  @ApiProperty() categoryName!: string;
  @ApiProperty() creditHours!: number;
  @ApiProperty({ enum: ENROLLMENT_SOURCES, enumName: 'EnrollmentSource' }) source!: EnrollmentSource;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ description: 'Past its due date and not completed' }) overdue!: boolean;
  @ApiProperty({ enum: ['in_progress', 'completed'] }) status!: 'in_progress' | 'completed';
  @ApiProperty({ type: 'integer', description: 'Percentage of lessons completed' }) progress!: number;
  @ApiProperty({ type: 'integer' }) completedLessons!: number;
  @ApiProperty({ type: 'integer' }) totalLessons!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastActivityAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) lastLessonId!: string | null;
}

export class MyCourseListDto {
  @ApiProperty({ type: () => MyCourseDto, isArray: true }) items!: MyCourseDto[];
}

export class LessonProgressDto {
  @ApiProperty({ type: 'integer' }) positionSeconds!: number;
  @ApiProperty({ type: 'integer', description: 'Time the server credited' }) creditedSeconds!: number;
  @ApiProperty({ type: 'integer', description: 'Credited time needed to complete' }) requiredSeconds!: number;
  @ApiProperty({ type: 'integer', description: 'Video: furthest position reached by watching' }) furthestSeconds!: number;
  @ApiProperty() reachedEnd!: boolean;
  @ApiProperty() completed!: boolean;
}

export class PlayerLessonDto extends LessonDto {
  @ApiProperty({ type: String, nullable: true, description: 'Video: a signed link to the file, or the external address' }) videoUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Article: sanitised HTML' }) body!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Document: a signed link to the PDF' }) documentUrl!: string | null;
  @ApiProperty({ type: () => LessonProgressDto }) progress!: LessonProgressDto;
}

export class PlayerDto {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() creditHours!: number;
  @ApiProperty({ type: () => MyCourseDto }) enrollment!: MyCourseDto;
  @ApiProperty({ type: () => PlayerLessonDto, isArray: true }) lessons!: PlayerLessonDto[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Where to resume' }) resumeLessonId!: string | null;
}

export class ReportProgressDto {
  @IntField({ min: 0, max: 24 * 3600, description: 'Current position (video seconds; reading: seconds on the page)' })
  positionSeconds!: number;

  @IntField({ min: 0, max: 3600, description: 'Seconds actually played or read (page visible) since this player’s previous report' })
  watchedSeconds!: number;

  @BoolField({ optional: true, description: 'Article or document: the reader reached the end' })
  reachedEnd?: boolean;
}

export class ProgressResultDto {
  @ApiProperty() lessonCompleted!: boolean;
  @ApiProperty() courseCompleted!: boolean;
  @ApiProperty({ type: 'integer' }) creditedSeconds!: number;
  @ApiProperty({ type: 'integer' }) requiredSeconds!: number;
  @ApiProperty({ type: 'integer' }) furthestSeconds!: number;
  @ApiProperty({ type: 'integer' }) progressPercent!: number;
}

export class ArchiveQueryDto {
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' })
  year?: number;
}

export class HoursBySourceDto {
  @ApiProperty() course!: number;
  @ApiProperty() quiz!: number;
  @ApiProperty() study_record!: number;
  @ApiProperty() lecture_given!: number;
  @ApiProperty() offline_training!: number;
  @ApiProperty() class!: number;
}

export class ArchiveCourseDto {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() categoryName!: string;
  @ApiProperty() creditHours!: number;
  @ApiProperty() required!: boolean;
  @ApiProperty({ format: 'date-time' }) completedAt!: string;
}

export class ArchiveQuizDto {
  @ApiProperty({ format: 'uuid' }) quizId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The course it belongs to, if any' }) courseTitle!: string | null;
  @ApiProperty({ type: 'integer', description: 'Submitted attempts this year' }) attempts!: number;
  @ApiProperty() bestScore!: number;
  @ApiProperty() maxScore!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ format: 'date-time' }) lastSubmittedAt!: string;
}

export class ArchiveEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'What counts, after caps' }) hours!: number;
  @ApiProperty({ description: 'What a cap cut from the event\'s hours (0 when nothing)' }) cutHours!: number;
  @ApiProperty({ enum: LEDGER_CUT_REASONS, enumName: 'LedgerCutReason', nullable: true }) cutReason!: LedgerCutReason | null;
  @ApiProperty({ enum: LEDGER_SOURCES, enumName: 'LedgerSource' }) source!: LedgerSource;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date-time' }) earnedAt!: string;
}

export class ArchiveLectureDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() topicName!: string;
  @ApiProperty() teamName!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty() hostUnitName!: string;
  @ApiProperty({ enum: LECTURE_FORMATS, enumName: 'LectureFormat' }) format!: LectureFormat;
  @ApiProperty({ type: 'integer' }) audienceSize!: number;
  @ApiProperty() hours!: number;
  @ApiProperty({ type: 'integer' }) feedbackCount!: number;
  @ApiProperty({ type: Number, nullable: true }) averageRating!: number | null;
}

export class ArchiveStudyDto {
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty({ enum: STUDY_RECORD_TYPES, enumName: 'StudyRecordType' }) type!: StudyRecordType;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() present!: boolean;
  @ApiProperty({ type: String, nullable: true }) absenceReason!: string | null;
  @ApiProperty({ description: 'I made a speech' }) spoke!: boolean;
  @ApiProperty({ description: 'Hours earned (0 when absent)' }) hours!: number;
}

export class ArchiveDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty() targetHours!: number;
  @ApiProperty() earnedHours!: number;
  @ApiProperty({ type: () => HoursBySourceDto }) bySource!: HoursBySourceDto;
  @ApiProperty({ type: () => ArchiveCourseDto, isArray: true }) courses!: ArchiveCourseDto[];
  @ApiProperty({ type: () => ArchiveQuizDto, isArray: true, description: 'Quizzes sat this year, best result each' }) quizzes!: ArchiveQuizDto[];
  @ApiProperty({ type: () => ArchiveLectureDto, isArray: true, description: 'Verified lecture sessions I gave this year' }) lectures!: ArchiveLectureDto[];
  @ApiProperty({ type: () => ArchiveStudyDto, isArray: true, description: 'Submitted study records that name me this year (present or absent)' }) studies!: ArchiveStudyDto[];
  @ApiProperty({ type: () => ArchiveClassDto, isArray: true, description: 'Closed training classes of the year I was enrolled in, with the hours earned' }) classes!: ArchiveClassDto[];
  @ApiProperty({ type: () => ArchiveEntryDto, isArray: true, description: 'Every ledger entry of the year' }) entries!: ArchiveEntryDto[];
  @ApiProperty({ type: 'integer', isArray: true, description: 'Years with hours, newest first' }) years!: number[];
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
}
