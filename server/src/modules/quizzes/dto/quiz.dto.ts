import { ApiProperty } from '@nestjs/swagger';
import {
  CADRE_GROUPS,
  MULTIPLE_SCORING,
  QUESTION_TYPES,
  QUIZ_STATUSES,
  REVIEW_POLICIES,
  type CadreGroup,
  type MultipleScoring,
  type QuestionType,
  type QuizStatus,
  type ReviewPolicy,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateTimeField, EnumArrayField, EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';

export class FixedQuestionDto {
  @UuidField()
  questionId!: string;

  @ApiProperty({ minimum: 0.5, maximum: 100 })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(100)
  points!: number;
}

export class DrawRuleDto {
  @StringField({ max: 50, nullable: true })
  tag?: string | null;

  @EnumField(QUESTION_TYPES, { nullable: true, enumName: 'QuestionType' })
  questionType?: QuestionType | null;

  @IntField({ min: 1, max: 5, nullable: true })
  difficulty?: number | null;

  @IntField({ min: 1, max: 200 })
  count!: number;

  @ApiProperty({ minimum: 0.5, maximum: 100 })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(100)
  pointsEach!: number;
}

class QuizFields {
  @StringField({ max: 5000, min: 0, optional: true })
  description?: string;

  @UuidField({ nullable: true, description: 'The course this quiz belongs to (passing it is then part of completing the course)' })
  courseId?: string | null;

  @EnumField(['fixed', 'random'] as const, { optional: true, enumName: 'QuizMode' })
  mode?: 'fixed' | 'random';

  @IntField({ min: 1, max: 600, optional: true })
  timeLimitMinutes?: number;

  @IntField({ min: 0, max: 100, optional: true })
  passPercent?: number;

  @IntField({ min: 0, max: 100, optional: true, description: '0: unlimited' })
  attemptsAllowed?: number;

  @DateTimeField({ nullable: true })
  opensAt?: string | null;

  @DateTimeField({ nullable: true })
  closesAt?: string | null;

  @BoolField({ optional: true })
  shuffleQuestions?: boolean;

  @BoolField({ optional: true })
  shuffleOptions?: boolean;

  @EnumField(REVIEW_POLICIES, { optional: true, enumName: 'ReviewPolicy' })
  reviewPolicy?: ReviewPolicy;

  @EnumField(MULTIPLE_SCORING, { optional: true, enumName: 'MultipleScoring' })
  multipleScoring?: MultipleScoring;

  @ApiProperty({ required: false, minimum: 0, maximum: 50, description: 'Stand-alone quizzes: hours for passing' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(50)
  creditHours?: number;

  @EnumArrayField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup' })
  targetGroups?: CadreGroup[];

  @UuidField({ nullable: true, description: 'Stand-alone: only cadres under this unit' })
  targetUnitId?: string | null;

  @ApiProperty({ type: () => FixedQuestionDto, isArray: true, required: false })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => FixedQuestionDto)
  questions?: FixedQuestionDto[];

  @ApiProperty({ type: () => DrawRuleDto, isArray: true, required: false })
  @ValidateIf((_o, v) => v !== undefined)
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DrawRuleDto)
  rules?: DrawRuleDto[];
}

export class CreateQuizDto extends QuizFields {
  @StringField({ max: 200 })
  title!: string;
}

export class UpdateQuizDto extends QuizFields {
  @StringField({ max: 200, optional: true })
  title?: string;
}

export class QuizQueryDto extends PageQueryDto {
  @BoolField({ optional: true, query: true, description: 'Org admins: only the quizzes open to me as a learner' })
  mine?: boolean;

  @EnumField(QUIZ_STATUSES, { optional: true, enumName: 'QuizStatus' })
  status?: QuizStatus;

  @UuidField({ optional: true })
  courseId?: string;
}

export class MyQuizStateDto {
  @ApiProperty({ type: 'integer' }) attemptsUsed!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) inProgressAttemptId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) bestScore!: number | null;
  @ApiProperty() passed!: boolean;
  @ApiProperty() canStart!: boolean;
}

export class QuizSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) courseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) courseTitle!: string | null;
  @ApiProperty({ enum: ['fixed', 'random'] }) mode!: 'fixed' | 'random';
  @ApiProperty({ type: 'integer' }) timeLimitMinutes!: number;
  @ApiProperty({ type: 'integer' }) passPercent!: number;
  @ApiProperty({ type: 'integer' }) attemptsAllowed!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt!: string | null;
  @ApiProperty({ enum: REVIEW_POLICIES, enumName: 'ReviewPolicy' }) reviewPolicy!: ReviewPolicy;
  @ApiProperty() creditHours!: number;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', isArray: true }) targetGroups!: CadreGroup[];
  @ApiProperty({ type: String, nullable: true }) targetUnitName!: string | null;
  @ApiProperty({ enum: QUIZ_STATUSES, enumName: 'QuizStatus' }) status!: QuizStatus;
  @ApiProperty({ type: 'integer' }) questionCount!: number;
  @ApiProperty() maxScore!: number;
  @ApiProperty({ description: 'Open for starting now' }) open!: boolean;
  @ApiProperty({ type: () => MyQuizStateDto, nullable: true }) mine!: MyQuizStateDto | null;
}

export class QuizPageDto extends PageOf(QuizSummaryDto) {}

export class QuizDetailDto extends QuizSummaryDto {
  @ApiProperty({ enum: MULTIPLE_SCORING, enumName: 'MultipleScoring' }) multipleScoring!: MultipleScoring;
  @ApiProperty() shuffleQuestions!: boolean;
  @ApiProperty() shuffleOptions!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) targetUnitId!: string | null;
  @ApiProperty({ description: 'The caller may edit it' }) editable!: boolean;
  @ApiProperty({ type: () => FixedQuestionDto, isArray: true, description: 'Fixed papers (editors only)' }) questions!: FixedQuestionDto[];
  @ApiProperty({ type: () => DrawRuleDto, isArray: true, description: 'Random papers (editors only)' }) rules!: DrawRuleDto[];
}
