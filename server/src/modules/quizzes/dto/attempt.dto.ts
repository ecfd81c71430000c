import { ApiProperty } from '@nestjs/swagger';
import { QUESTION_TYPES, type QuestionType } from '@cadre/shared';
import { IsObject } from 'class-validator';
import { IntField } from '../../../common/validation/fields';

export class AttemptOptionDto {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
}

export class AttemptQuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' }) type!: QuestionType;
  @ApiProperty() stem!: string;
  @ApiProperty({ type: () => AttemptOptionDto, isArray: true }) options!: AttemptOptionDto[];
  @ApiProperty() points!: number;
}

export class ReviewItemDto {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ type: String, isArray: true, description: 'The right option ids, or the accepted texts' }) answer!: string[];
  @ApiProperty() explanation!: string;
  @ApiProperty() correct!: boolean;
  @ApiProperty() earned!: number;
}

/** One answer: an option id (single choice, true/false), option ids (multiple choice) or a short text (fill-in). */
const ANSWER_VALUE = {
  oneOf: [
    { type: 'string', maxLength: 200, description: 'An option id, or the text of a fill-in answer' },
    { type: 'array', items: { type: 'string', maxLength: 8 }, maxItems: 8, description: 'Option ids of a multiple-choice answer' },
  ],
};

export class AttemptDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) quizId!: string;
  @ApiProperty() quizTitle!: string;
  @ApiProperty({ enum: ['in_progress', 'submitted'] }) status!: 'in_progress' | 'submitted';
  @ApiProperty({ type: 'integer' }) attemptNumber!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When answers stop being taken (plus a short grace)' }) deadline!: string;
  @ApiProperty({ format: 'date-time', description: 'The server’s clock now: count down from deadline minus this' }) serverNow!: string;
  @ApiProperty({ type: () => AttemptQuestionDto, isArray: true }) questions!: AttemptQuestionDto[];
  @ApiProperty({ type: 'object', additionalProperties: ANSWER_VALUE, description: '{ [questionId]: optionId | optionId[] | text }' })
  answers!: Record<string, string | string[]>;
  @ApiProperty({ type: 'integer', description: 'Saves so far; the next save sends version + 1' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) savedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty() maxScore!: number;
  @ApiProperty({ type: Boolean, nullable: true }) passed!: boolean | null;
  @ApiProperty({ type: 'integer' }) passPercent!: number;
  @ApiProperty({ type: () => ReviewItemDto, isArray: true, nullable: true, description: 'Only after submission and when the review policy allows' })
  review!: ReviewItemDto[] | null;
}

export class SaveAnswersDto {
  @IntField({ min: 1, max: 1_000_000, description: 'The stored version + 1 (or more); older or equal versions are refused with 409' })
  version!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { ...ANSWER_VALUE, nullable: true },
    description: '{ [questionId]: optionId | optionId[] | text }; null, an empty text or an empty list clears the answer',
  })
  @IsObject()
  answers!: Record<string, unknown>;
}

export class SavedDto {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) savedAt!: string;
}

export class SubmitResultDto {
  @ApiProperty({ format: 'uuid' }) attemptId!: string;
  @ApiProperty() score!: number;
  @ApiProperty() maxScore!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: 'integer' }) passPercent!: number;
  @ApiProperty({ type: 'integer' }) correctCount!: number;
  @ApiProperty({ type: 'integer' }) questionCount!: number;
  @ApiProperty({ description: 'Answers and explanations may be viewed now' }) reviewAvailable!: boolean;
  @ApiProperty({ description: 'Passing completed the quiz’s course' }) courseCompleted!: boolean;
  @ApiProperty({ description: 'Hours written to the ledger by this pass' }) hoursAwarded!: number;
}

export class QuizResultsQueryDto {
  @IntField({ min: 0, max: 10, optional: true, query: true, description: 'Depth below the caller’s scope unit to group by (default 1: child units)' })
  depth?: number;
}

export class UnitResultDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', description: 'Cadres who should sit it (course enrolees, or the target groups and units)' }) eligible!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres with a submitted attempt' }) participants!: number;
  @ApiProperty({ description: 'participants / eligible, 0..1' }) participationRate!: number;
  @ApiProperty({ type: 'integer' }) passedCount!: number;
  @ApiProperty({ description: 'passedCount / participants, 0..1' }) passRate!: number;
  @ApiProperty() averageScore!: number;
}

export class QuestionResultDto {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty() stem!: string;
  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' }) type!: QuestionType;
  @ApiProperty({ type: 'integer' }) answered!: number;
  @ApiProperty() correctRate!: number;
}

export class QuizResultsDto {
  @ApiProperty({ type: 'integer', description: 'Cadres who should sit it (course enrolees, or the target groups and units)' }) eligible!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres with a submitted attempt' }) participants!: number;
  @ApiProperty({ description: 'participants / eligible, 0..1' }) participationRate!: number;
  @ApiProperty({ type: 'integer' }) submittedAttempts!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres who passed at least once' }) passedCount!: number;
  @ApiProperty({ description: 'passedCount / participants, 0..1' }) passRate!: number;
  @ApiProperty() averageScore!: number;
  @ApiProperty({ type: () => UnitResultDto, isArray: true }) byUnit!: UnitResultDto[];
  @ApiProperty({ type: () => QuestionResultDto, isArray: true }) byQuestion!: QuestionResultDto[];
}

export class PreviewDto {
  @ApiProperty() maxScore!: number;
  @ApiProperty({ type: () => PreviewQuestionDto, isArray: true }) questions!: PreviewQuestionDto[];
}

export class PreviewQuestionDto extends AttemptQuestionDto {
  @ApiProperty({ type: String, isArray: true }) answer!: string[];
  @ApiProperty() explanation!: string;
  @ApiProperty({ type: String, isArray: true }) tags!: string[];
  @ApiProperty({ type: 'integer' }) difficulty!: number;
}
