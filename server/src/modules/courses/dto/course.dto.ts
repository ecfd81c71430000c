import { ApiProperty } from '@nestjs/swagger';
import {
  CADRE_GROUPS,
  COURSE_HOURS_BASES,
  COURSE_STATUSES,
  ENROLLMENT_SOURCES,
  LESSON_TYPES,
  type CadreGroup,
  type CourseHoursBasis,
  type CourseStatus,
  type EnrollmentSource,
  type LessonType,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsNumber, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateField, EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';

export class CategoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) sortOrder!: number;
  @ApiProperty({ type: 'integer', description: 'Courses in this category' }) courseCount!: number;
}

export class CategoryListDto {
  @ApiProperty({ type: () => CategoryDto, isArray: true }) items!: CategoryDto[];
}

export class SaveCategoryDto {
  @StringField({ max: 50 })
  name!: string;

  @IntField({ min: 0, max: 10_000, optional: true })
  sortOrder?: number;
}

export class CourseTargetDto {
  @EnumField(CADRE_GROUPS, { enumName: 'CadreGroup' })
  group!: CadreGroup;

  @ApiProperty({ description: 'Required (必修) for this group; false: elective (选修)' })
  @IsBoolean()
  required!: boolean;
}

export class CourseQueryDto extends PageQueryDto {
  @EnumField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup', description: 'Courses meant for this key group' })
  group?: CadreGroup;

  @UuidField({ optional: true })
  category?: string;

  @BoolField({
    optional: true,
    query: true,
    description: 'With group: required (true) or elective (false) for it. Without: required for some group (true), or for none (false)',
  })
  required?: boolean;

  @StringField({ max: 50, optional: true, description: 'Title or summary contains' })
  q?: string;

  @BoolField({ optional: true, query: true, description: 'Org admins: every course they manage, in any status' })
  manage?: boolean;

  @EnumField(COURSE_STATUSES, { optional: true, enumName: 'CourseStatus', description: 'With manage=true' })
  status?: CourseStatus;
}

export class MyEnrollmentSummaryDto {
  @ApiProperty({ enum: ['in_progress', 'completed'] }) status!: 'in_progress' | 'completed';
  @ApiProperty({ type: 'integer' }) progressPercent!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty() required!: boolean;
}

export class CourseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) coverUrl!: string | null;
  @ApiProperty({ format: 'uuid' }) categoryId!: string;
  @ApiProperty() categoryName!: string;
  @ApiProperty({ description: 'The 学时 a completion earns: the override when set, else the derived figure' }) creditHours!: number;
  @ApiProperty({ enum: COURSE_HOURS_BASES, enumName: 'CourseHoursBasis', description: 'derived: by the lessons\' lengths; manual: 手动核定' })
  hoursBasis!: CourseHoursBasis;
  @ApiProperty({ description: 'What the city\'s rule gives for the lessons\' total minutes' }) derivedHours!: number;
  @ApiProperty({ type: 'integer', description: 'Video and reading minutes of all lessons' }) lessonMinutes!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why an admin set the hours by hand' }) hoursOverrideReason!: string | null;
  @ApiProperty({ enum: COURSE_STATUSES, enumName: 'CourseStatus' }) status!: CourseStatus;
  @ApiProperty({ type: () => CourseTargetDto, isArray: true }) targets!: CourseTargetDto[];
  @ApiProperty({ type: 'integer' }) lessonCount!: number;
  @ApiProperty() ownerUnitName!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: () => MyEnrollmentSummaryDto, nullable: true }) myEnrollment!: MyEnrollmentSummaryDto | null;
}

export class CoursePageDto extends PageOf(CourseSummaryDto) {}

export class LessonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LESSON_TYPES, enumName: 'LessonType' }) type!: LessonType;
  @ApiProperty({ type: 'integer', nullable: true }) durationSeconds!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "Article or document: the author's reading time; null on an article = derived from its length" })
  minReadingSeconds!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Article or document: the reading time required (the author’s, or about 400 characters a minute, at least 30 s)' })
  readingSeconds!: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Article: the case (典型案例) it was made from' }) caseId!: string | null;
}

export class LessonEditDto extends LessonDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) videoFileId!: string | null;
  @ApiProperty({ type: String, nullable: true }) videoFileName!: string | null;
  @ApiProperty({ type: String, nullable: true }) videoUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) body!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) documentFileId!: string | null;
  @ApiProperty({ type: String, nullable: true }) documentFileName!: string | null;
}

export class CourseDetailDto extends CourseSummaryDto {
  @ApiProperty({ format: 'uuid' }) ownerUnitId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) coverFileId!: string | null;
  @ApiProperty({ type: () => LessonDto, isArray: true }) lessons!: LessonDto[];
  @ApiProperty({ description: 'The caller may edit this course' }) editable!: boolean;
  @ApiProperty({ description: 'The caller may enrol themselves' }) canEnroll!: boolean;
}

export class CourseEditDto extends CourseDetailDto {
  @ApiProperty({ type: () => LessonEditDto, isArray: true }) override lessons!: LessonEditDto[];
}

export class CreateCourseDto {
  @StringField({ max: 200 })
  title!: string;

  @StringField({ max: 5000, min: 0, optional: true })
  summary?: string;

  @UuidField()
  categoryId!: string;

  @ApiProperty({
    required: false,
    minimum: 0,
    maximum: 200,
    description: 'Leave out to derive the 学时 from the lessons; a figure given here is kept as 手动核定 (with hoursReason)',
  })
  @ValidateIf((_o, v) => v !== undefined)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(200)
  creditHours?: number;

  @StringField({ max: 200, optional: true, description: 'Why creditHours is set by hand' })
  hoursReason?: string;

  @UuidField({ nullable: true, description: 'An uploaded course_cover image' })
  coverFileId?: string | null;

  @UuidField({ optional: true, description: 'The owning unit (default: the admin’s scope unit)' })
  ownerUnitId?: string;

  @ApiProperty({ type: () => CourseTargetDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => CourseTargetDto)
  targets!: CourseTargetDto[];
}

export class UpdateCourseDto {
  @StringField({ max: 200, optional: true })
  title?: string;

  @StringField({ max: 5000, min: 0, optional: true })
  summary?: string;

  @UuidField({ optional: true })
  categoryId?: string;

  @ApiProperty({ required: false, minimum: 0, maximum: 200, description: 'Sets the 学时 by hand (手动核定); PUT /courses/{id}/hours also clears it' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(200)
  creditHours?: number;

  @StringField({ max: 200, optional: true, description: 'Why creditHours is set by hand' })
  hoursReason?: string;

  @UuidField({ nullable: true })
  coverFileId?: string | null;

  @ApiProperty({ type: () => CourseTargetDto, isArray: true, required: false })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => CourseTargetDto)
  targets?: CourseTargetDto[];
}

export class SaveLessonDto {
  @StringField({ max: 200 })
  title!: string;

  @EnumField(LESSON_TYPES, { enumName: 'LessonType' })
  type!: LessonType;

  @IntField({ min: 1, max: 6 * 3600, nullable: true, description: 'Video length in seconds' })
  durationSeconds?: number | null;

  @UuidField({ nullable: true, description: 'An uploaded lesson_video' })
  videoFileId?: string | null;

  @StringField({
    max: 500,
    nullable: true,
    pattern: /^https?:\/\/\S+$/,
    patternMessage: 'videoUrl must be an http(s) address',
    description: 'A video hosted elsewhere (instead of a file)',
  })
  videoUrl?: string | null;

  @StringField({ max: 200_000, min: 0, nullable: true, description: 'Article HTML (sanitised on the server)' })
  body?: string | null;

  @IntField({ min: 0, max: 4 * 3600, nullable: true, description: 'Article or document: reading time required; null on an article = from its length (about 400 characters a minute, at least 30 s)' })
  minReadingSeconds?: number | null;

  @UuidField({ nullable: true, description: 'An uploaded lesson_document (PDF)' })
  documentFileId?: string | null;
}

export class ReorderLessonsDto {
  @ApiProperty({ type: String, isArray: true, format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  lessonIds!: string[];
}

export class AssignCourseDto {
  @EnumField(['group', 'unit', 'users'] as const, { enumName: 'AssignTarget' })
  targetType!: 'group' | 'unit' | 'users';

  @EnumField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup', description: 'targetType=group: cadres of this group in your scope' })
  group?: CadreGroup;

  @UuidField({ optional: true, description: 'targetType=unit: every cadre under this unit' })
  unitId?: string;

  @ApiProperty({ type: String, isArray: true, format: 'uuid', required: false, description: 'targetType=users' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  userIds?: string[];

  @DateField({ nullable: true })
  dueDate?: string | null;

  @BoolField({ optional: true, description: 'Counts as required (default true)' })
  required?: boolean;
}

export class AssignmentResultDto {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ type: 'integer', description: 'Cadres newly enrolled' }) enrolled!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres already enrolled (due date and required flag updated)' }) updated!: number;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['group', 'unit', 'users'] }) targetType!: string;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', nullable: true }) cadreGroup!: CadreGroup | null;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: 'integer' }) enrolledCount!: number;
  @ApiProperty({ type: String, nullable: true }) createdByName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AssignmentListDto {
  @ApiProperty({ type: () => AssignmentDto, isArray: true }) items!: AssignmentDto[];
}

export class CourseEnrollmentQueryDto extends PageQueryDto {
  @UuidField({ optional: true, description: 'Cadres under this unit' })
  unitId?: string;

  @EnumField(['in_progress', 'completed', 'overdue'] as const, { optional: true, enumName: 'EnrollmentFilter' })
  status?: 'in_progress' | 'completed' | 'overdue';
}

export class CourseEnrollmentDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: ENROLLMENT_SOURCES, enumName: 'EnrollmentSource' }) source!: EnrollmentSource;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: ['in_progress', 'completed'] }) status!: 'in_progress' | 'completed';
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: 'integer' }) progressPercent!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
}

export class CourseEnrollmentPageDto extends PageOf(CourseEnrollmentDto) {}

/** 手动核定: a figure (multiples of 0.25) with its reason, or null to return to the hours derived from the lessons. */
export class SetCourseHoursDto {
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 200, description: 'null: follow the rule again' })
  @ValidateIf((_o, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(200)
  hours!: number | null;

  @StringField({ max: 200, optional: true, description: 'Required with hours' })
  reason?: string;
}
