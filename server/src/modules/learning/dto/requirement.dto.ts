import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_SATISFIERS, CADRE_GROUPS, RANK_LEVELS, REQUIREMENT_SOURCES, type AppointmentSatisfier, type CadreGroup, type RankLevel, type RequirementSource } from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { EnumArrayField, IntField, StringField } from '../../../common/validation/fields';

export class RequirementAppliesToDto {
  @EnumArrayField(RANK_LEVELS, { enumName: 'RankLevel', description: 'Rank levels (主任科员 count as 科级, 调研员 as 处级); empty: any' })
  rankLevels!: RankLevel[];

  @EnumArrayField(CADRE_GROUPS, { enumName: 'CadreGroup', description: 'Key groups; empty: any. Both empty: every cadre' })
  groups!: CadreGroup[];
}

export class RequirementLineDto {
  @StringField({ max: 32, min: 2, pattern: /^[a-z][a-z0-9_]*$/, patternMessage: 'key must be lower-case letters, digits and _' })
  key!: string;

  @StringField({ max: 100, min: 1 })
  label!: string;

  @ApiProperty({ type: () => RequirementAppliesToDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => RequirementAppliesToDto)
  appliesTo!: RequirementAppliesToDto;

  @ApiProperty({ minimum: 0, maximum: 5000, description: '学时 required within the window' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(5000)
  hours!: number;

  @IntField({ min: 1, max: 1000, nullable: true, description: 'Days that meet the line instead of the hours ("12天或90学时"); null: none' })
  days!: number | null;

  @IntField({ min: 1, max: 10, description: '1: the calendar year; N: a cycle of N years from windowStart (repeating)' })
  windowYears!: number;

  @IntField({ min: 2000, max: 2100, nullable: true, description: 'First year of a cycle; required when windowYears > 1' })
  windowStart!: number | null;

  @EnumArrayField(REQUIREMENT_SOURCES, {
    enumName: 'RequirementSource',
    description: 'The sources whose hours count toward the line: ledger sources, where offline_training means claims of a centralised kind, and offline_online claims of online training elsewhere',
  })
  @ArrayMinSize(1)
  sources!: RequirementSource[];
}

export class RequirementsDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ description: 'True when nobody configured the year and the regulation defaults apply' }) isDefault!: boolean;
  @ApiProperty({ type: () => RequirementLineDto, isArray: true }) lines!: RequirementLineDto[];
}

export class SaveRequirementsDto {
  @ApiProperty({ type: () => RequirementLineDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RequirementLineDto)
  lines!: RequirementLineDto[];
}

export class RequirementsQueryDto {
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' })
  year?: number;
}

export class RequirementBySourceDto {
  @ApiProperty({ required: false }) course?: number;
  @ApiProperty({ required: false }) quiz?: number;
  @ApiProperty({ required: false }) study_record?: number;
  @ApiProperty({ required: false }) lecture_given?: number;
  @ApiProperty({ required: false, description: 'Approved claims of a centralised kind' }) offline_training?: number;
  @ApiProperty({ required: false }) class?: number;
  @ApiProperty({ required: false, description: 'Approved claims of online training elsewhere (online_external)' }) offline_online?: number;
}

export class RequirementYearDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ description: '学时 earned that year from the line’s sources' }) hours!: number;
}

/** 任职培训 of a newly appointed leader: what the line (key `appointment`) is measured by instead of 学时. */
export class AppointmentTrainingDto {
  @ApiProperty({ format: 'date', description: 'The appointment to the current leading post' }) appointmentDate!: string;
  @ApiProperty({ description: 'The due date has passed and it is not met' }) overdue!: boolean;
  @ApiProperty({ enum: APPOINTMENT_SATISFIERS, enumName: 'AppointmentSatisfier', nullable: true, description: 'What met it: a class of kind appointment, or every new-leader required course; null: not met' })
  satisfiedBy!: AppointmentSatisfier | null;
  @ApiProperty({ type: String, nullable: true, description: 'The completed 任职培训 class that met it' }) classTitle!: string | null;
  @ApiProperty({ type: 'integer', description: 'Courses required for new leaders that reach the cadre’s unit (none: only a class meets it)' }) coursesRequired!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, completed' }) coursesCompleted!: number;
}

export class RequirementProgressDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ description: '学时 required within the window' }) required!: number;
  @ApiProperty({ description: '学时 earned within the window from the line’s sources' }) earned!: number;
  @ApiProperty({ description: 'max(0, required − earned)' }) remaining!: number;
  @ApiProperty({ description: 'earned ≥ required, or days ≥ requiredDays' }) met!: boolean;
  @ApiProperty({ type: 'integer' }) windowStart!: number;
  @ApiProperty({ type: 'integer' }) windowEnd!: number;
  @ApiProperty({ format: 'date', description: 'The window’s last day' }) dueDate!: string;
  @ApiProperty({ type: () => RequirementBySourceDto, description: 'earned split by the line’s sources (adds up to earned)' })
  bySource!: RequirementBySourceDto;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Distinct days of class attendance and claimed training in the window; null without a days alternative' })
  days!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) requiredDays!: number | null;
  @ApiProperty({ type: () => RequirementYearDto, isArray: true, description: 'Every year of the window, oldest first, with its 学时 (adds up to earned)' })
  byYear!: RequirementYearDto[];
  @ApiProperty({
    type: String,
    format: 'date',
    required: false,
    description: 'The day the cadre entered 处级, when an unmet 处级 line is due one year after it (dueDate) rather than at the window’s end',
  })
  promotedOn?: string;
  @ApiProperty({
    type: () => AppointmentTrainingDto,
    required: false,
    description: 'Only on the 任职培训 line (key appointment): required 1, earned 1 when met, no sources; dueDate is the appointment plus 12 months',
  })
  appointment?: AppointmentTrainingDto;
}

export class CadreRequirementsDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'True when the year is settled (年度学时结算): the figures are those frozen at the closing' }) settled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the year was closed; null while it is open' }) settledAt!: string | null;
  @ApiProperty({ type: () => RequirementProgressDto, isArray: true, description: 'One per line that applies; empty when none does' })
  lines!: RequirementProgressDto[];
}
