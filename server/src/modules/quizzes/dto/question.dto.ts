import { ApiProperty } from '@nestjs/swagger';
import { QUESTION_TYPES, type QuestionType } from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, EnumField, IntField, StringField } from '../../../common/validation/fields';

export class QuestionOptionDto {
  @StringField({ max: 8, pattern: /^[A-Z]$/, patternMessage: 'option id must be one letter A–Z' })
  id!: string;

  @StringField({ max: 500 })
  text!: string;
}

export class SaveQuestionDto {
  @EnumField(QUESTION_TYPES, { enumName: 'QuestionType' })
  type!: QuestionType;

  @StringField({ max: 2000 })
  stem!: string;

  @ApiProperty({ type: () => QuestionOptionDto, isArray: true, description: 'single and multiple: 2–8 options; true_false and fill: empty' })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options!: QuestionOptionDto[];

  @ApiProperty({ type: String, isArray: true, description: 'Option ids (true_false: T or F) or, for fill-in, the accepted texts' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  answer!: string[];

  @StringField({ max: 2000, min: 0, optional: true })
  explanation?: string;

  @ApiProperty({ type: String, isArray: true })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags!: string[];

  @IntField({ min: 1, max: 5 })
  difficulty!: number;
}

export class QuestionQueryDto extends PageQueryDto {
  @StringField({ max: 50, optional: true, description: 'Stem contains' })
  q?: string;

  @EnumField(QUESTION_TYPES, { optional: true, enumName: 'QuestionType' })
  type?: QuestionType;

  @StringField({ max: 50, optional: true })
  tag?: string;

  @IntField({ min: 1, max: 5, optional: true, query: true })
  difficulty?: number;

  @BoolField({ optional: true, query: true, description: 'Include retired questions' })
  includeRetired?: boolean;
}

export class QuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' }) type!: QuestionType;
  @ApiProperty() stem!: string;
  @ApiProperty({ type: () => QuestionOptionDto, isArray: true }) options!: QuestionOptionDto[];
  @ApiProperty({ type: String, isArray: true }) answer!: string[];
  @ApiProperty() explanation!: string;
  @ApiProperty({ type: String, isArray: true }) tags!: string[];
  @ApiProperty({ type: 'integer' }) difficulty!: number;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: 'active' | 'retired';
  @ApiProperty({ type: 'integer', description: 'Papers and attempts that use it' }) usage!: number;
}

export class QuestionPageDto extends PageOf(QuestionDto) {}

export class TagCountDto {
  @ApiProperty() tag!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class TagListDto {
  @ApiProperty({ type: () => TagCountDto, isArray: true }) items!: TagCountDto[];
}

export class ImportQueryDto {
  @BoolField({ optional: true, query: true, description: 'Check only: report errors without importing' })
  dryRun?: boolean;
}

export class ImportProblemDto {
  @ApiProperty({ type: 'integer', description: 'Spreadsheet row (2 is the first question)' }) row!: number;
  @ApiProperty({ description: 'Column header' }) column!: string;
  @ApiProperty() message!: string;
}

export class ImportResultDto {
  @ApiProperty({ type: 'integer' }) rows!: number;
  @ApiProperty({ type: 'integer', description: 'Questions imported (0 on a dry run or with errors)' }) imported!: number;
  @ApiProperty({ type: () => ImportProblemDto, isArray: true }) problems!: ImportProblemDto[];
}
