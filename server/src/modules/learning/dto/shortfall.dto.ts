import { ApiProperty } from '@nestjs/swagger';
import { RANKS, REQUIREMENT_MEASURES, type Rank, type RequirementMeasure } from '@cadre/shared';
import { IsBoolean, IsDefined } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, IntField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';

const LINE_KEY = /^[a-z][a-z0-9_]*$/;

/** The filters of the shortfall list, its export and its reminder: the same four, so the three speak of the same cadres. */
export class ShortfallFilterDto {
  @UuidField({ optional: true, description: 'Cadres in this unit and every unit under it; default the caller’s scope unit' })
  unitId?: string;

  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' })
  year?: number;

  @StringField({ max: 32, min: 2, optional: true, pattern: LINE_KEY, description: 'One requirement line’s key; default every line' })
  line?: string;

  @StringField({ max: 50, optional: true, description: 'Name contains' })
  q?: string;
}

export class ShortfallQueryDto extends PageQueryDto {
  @UuidField({ optional: true, description: 'Cadres in this unit and every unit under it; default the caller’s scope unit' })
  unitId?: string;

  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' })
  year?: number;

  @StringField({ max: 32, min: 2, optional: true, pattern: LINE_KEY, description: 'One requirement line’s key; default every line' })
  line?: string;

  @StringField({ max: 50, optional: true, description: 'Name contains' })
  q?: string;

  @UuidField({ optional: true, description: 'One cadre only (the individual 通报)' })
  userId?: string;
}

export class MakeUpDto {
  @ApiProperty({ description: 'What make-up training (补训) was arranged' }) arrangement!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty() done!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ShortfallDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ description: 'The line’s key' }) line!: string;
  @ApiProperty() lineLabel!: string;
  @ApiProperty({
    enum: REQUIREMENT_MEASURES,
    enumName: 'RequirementMeasure',
    description: 'hours: 学时 (and days) against the line; completion: one training to complete (任职培训: required 1, earned 0, dueDate the appointment plus 12 months)',
  })
  measure!: RequirementMeasure;
  @ApiProperty({ description: '学时 required within the window' }) required!: number;
  @ApiProperty({ description: '学时 earned within the window from the line’s sources' }) earned!: number;
  @ApiProperty({ description: 'max(0, required − earned)' }) remaining!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Days counted; null without a days alternative' }) days!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) requiredDays!: number | null;
  @ApiProperty({ format: 'date', description: 'The window’s last day; one year after entering 处级 for a promoted cadre; for 任职培训 the appointment plus 12 months' }) dueDate!: string;
  @ApiProperty({ type: () => MakeUpDto, nullable: true, description: 'The 补训 record, if one was made' }) makeUp!: MakeUpDto | null;
}

export class ShortfallPageDto extends PageOf(ShortfallDto) {}

export class SaveMakeUpDto {
  @UuidField() userId!: string;
  @IntField({ min: 2000, max: 2100 }) year!: number;
  @StringField({ max: 32, min: 2, pattern: LINE_KEY }) line!: string;
  @StringField({ max: 500, description: 'What make-up training (补训) was arranged' }) arrangement!: string;
  @DateField({ nullable: true, description: 'When the make-up training is due' }) dueDate?: string | null;
  @ApiProperty() @IsDefined() @IsBoolean() done!: boolean;
}

export class ShortfallReminderDto extends ShortfallFilterDto {
  @UuidArrayField({ optional: true, max: 1000, description: 'Only these of the listed cadres; default every cadre the filters list' })
  userIds?: string[];
}

export class ShortfallReminderSentDto {
  @ApiProperty({ type: 'integer', description: 'Cadres notified' }) recipients!: number;
}
