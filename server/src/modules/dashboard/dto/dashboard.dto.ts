import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min, ValidateIf } from 'class-validator';
import { Type } from 'class-transformer';
import { EnumField, IntField, UuidField } from '../../../common/validation/fields';

/**
 * The order of the lagging list: `rate` by the completion rate the table shows (lowest first), `adjusted` by the
 * headcount-normalised rate that decides who is listed (furthest below the median first).
 */
export const LAGGING_SORTS = ['rate', 'adjusted'] as const;
export type LaggingSort = (typeof LAGGING_SORTS)[number];

export class DashboardQueryDto {
  @UuidField({ optional: true, description: 'The unit whose child units are compared; default the caller\'s scope unit' }) parentId?: string;
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' }) year?: number;
}

export class LaggingQueryDto extends DashboardQueryDto {
  @ApiProperty({ required: false, minimum: 0.1, maximum: 1, description: 'A unit lags below this share of the sibling median (default 0.8)' })
  @ValidateIf((_o, v) => v !== undefined)
  @Type(() => Number)
  @IsNumber()
  @Min(0.1)
  @Max(1)
  threshold?: number;

  @EnumField(LAGGING_SORTS, { optional: true, enumName: 'LaggingSort', description: 'rate (default): lowest completion rate as shown first; adjusted: by the headcount-normalised rate' })
  sort?: LaggingSort;
}

export class LineFiguresDto {
  @ApiProperty({ description: 'The requirement line\'s key (online, centralized_year, centralized_5y …)' }) key!: string;
  @ApiProperty({ description: 'The line\'s label as configured for the year' }) label!: string;
  @ApiProperty({ type: 'integer', description: 'Active cadres the line applies to' }) applicable!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, cadres who met it (学时, or days where the line has a days alternative)' }) met!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'met / applicable, 0–1; null when it applies to nobody' }) rate!: number | null;
}

export class UnitFiguresDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ description: 'The parent\'s own cadres (本级), not a child unit' }) own!: boolean;
  @ApiProperty({ type: 'integer', description: 'Active child units (0: nothing to drill into)' }) childCount!: number;
  @ApiProperty({ type: 'integer' }) cadres!: number;
  @ApiProperty({ type: 'integer', description: 'Required enrolments open in the year' }) requiredEnrollments!: number;
  @ApiProperty({ type: 'integer' }) requiredCompleted!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Completed share of required enrolments, 0–1' }) requiredCompletionRate!: number | null;
  @ApiProperty({ type: 'integer', description: 'Cadres with a required course past its due date and not completed' }) cadresOverdue!: number;
  @ApiProperty() hoursPerCadre!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres to whom at least one requirement line applies: the denominator of metHoursRate' }) cadresAssessed!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres who met every requirement line that applies to them (全部适用要求均达标)' }) metHours!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'metHours / cadresAssessed, 0–1 (达标率); cadres held to no line are left out' }) metHoursRate!: number | null;
  @ApiProperty({ type: () => LineFiguresDto, isArray: true, description: 'Each requirement line of the year, in its configured order' }) lines!: LineFiguresDto[];
  @ApiProperty({ type: 'integer', description: 'Cadres who submitted a quiz this year' }) quizTakers!: number;
  @ApiProperty({ type: 'integer' }) quizPassed!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of quiz takers who passed at least one quiz' }) quizPassRate!: number | null;
  @ApiProperty({ type: 'integer' }) lectureSessions!: number;
  @ApiProperty({ type: 'integer' }) lectureAudience!: number;
  @ApiProperty({ type: 'integer' }) studyRecords!: number;
}

export class DashboardUnitsDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: () => UnitFiguresDto, description: 'The parent\'s whole subtree' }) parent!: UnitFiguresDto;
  @ApiProperty({ type: () => UnitFiguresDto, isArray: true, description: 'One row per child unit, then the parent\'s own cadres (本级) when it has any' })
  items!: UnitFiguresDto[];
}

export class LagReasonDto {
  @ApiProperty({ enum: ['requiredCompletionRate', 'metHoursRate', 'quizPassRate'] }) metric!: 'requiredCompletionRate' | 'metHoursRate' | 'quizPassRate';
  @ApiProperty() value!: number;
  @ApiProperty({ description: 'Median of the siblings with data' }) siblingMedian!: number;
}

export class LaggingUnitDto extends UnitFiguresDto {
  @ApiProperty({ type: 'integer', description: '1 = furthest behind, by the figure of `sort`' }) rank!: number;
  @ApiProperty({ description: 'The completion rate normalised by headcount: as if the unit had 4 more required enrolments at the sibling median' }) adjustedCompletionRate!: number;
  @ApiProperty({ description: 'Sibling median of the completion rate minus this unit\'s normalised rate' }) gap!: number;
  @ApiProperty({ description: 'Sibling median of the completion rate minus this unit\'s completion rate as shown (requiredCompletionRate)' }) completionGap!: number;
  @ApiProperty({ type: () => LagReasonDto, isArray: true, description: 'Every figure below the threshold share of its sibling median' }) reasons!: LagReasonDto[];
}

export class LaggingDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) parentId!: string;
  @ApiProperty() parentName!: string;
  @ApiProperty() threshold!: number;
  @ApiProperty({ enum: LAGGING_SORTS, enumName: 'LaggingSort', description: 'The order of items (and their rank)' }) sort!: LaggingSort;
  @ApiProperty({ type: Number, nullable: true, description: 'Median required-completion rate of the child units with required courses' }) medianCompletionRate!: number | null;
  @ApiProperty({ type: () => LaggingUnitDto, isArray: true }) items!: LaggingUnitDto[];
}

export class BreakdownRowDto {
  @ApiProperty({ description: 'A key group (new_leader …) or a rank level (chu, ke, keyuan)' }) key!: string;
  @ApiProperty({ type: 'integer' }) cadres!: number;
  @ApiProperty({ type: 'integer' }) requiredEnrollments!: number;
  @ApiProperty({ type: Number, nullable: true }) requiredCompletionRate!: number | null;
  @ApiProperty() hoursPerCadre!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of the cadres held to some requirement line who met every line that applies to them' }) metHoursRate!: number | null;
}

export class MonthRowDto {
  @ApiProperty({ type: 'integer', description: '1–12' }) month!: number;
  @ApiProperty({ description: 'Credit hours earned in the month (all sources)' }) hours!: number;
  @ApiProperty({ type: 'integer', description: 'Required enrolments completed in the month' }) requiredCompleted!: number;
  @ApiProperty({ type: 'integer' }) lectureSessions!: number;
  @ApiProperty({ type: 'integer' }) studyRecords!: number;
}

export class DashboardSummaryDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: () => BreakdownRowDto, isArray: true, description: 'The four key cadre groups (a cadre may be in several)' }) byGroup!: BreakdownRowDto[];
  @ApiProperty({ type: () => BreakdownRowDto, isArray: true, description: 'Rank levels: 处级, 科级, 科员及以下' }) byRankLevel!: BreakdownRowDto[];
  @ApiProperty({ type: () => MonthRowDto, isArray: true, description: '12 rows' }) monthly!: MonthRowDto[];
}
