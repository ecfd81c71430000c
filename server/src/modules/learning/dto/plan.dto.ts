import { ApiProperty } from '@nestjs/swagger';
import { CADRE_GROUPS, RANK_LEVELS, type CadreGroup, type RankLevel } from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { EnumField, StringField } from '../../../common/validation/fields';

export class PlanRuleDto {
  @EnumField(CADRE_GROUPS, { nullable: true, enumName: 'CadreGroup', description: 'null: every cadre' })
  cadreGroup!: CadreGroup | null;

  @EnumField(RANK_LEVELS, { nullable: true, enumName: 'RankLevel', description: 'null: every rank' })
  rankLevel!: RankLevel | null;

  @ApiProperty({ minimum: 0, maximum: 500, description: 'Hours required in the year' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(500)
  requiredHours!: number;

  @StringField({ max: 200, min: 0, optional: true })
  note?: string;
}

export class PlanDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ description: 'True when no plan was saved for the year and the default applies' }) isDefault!: boolean;
  @ApiProperty({ type: () => PlanRuleDto, isArray: true }) rules!: PlanRuleDto[];
}

export class SavePlanDto {
  @ApiProperty({ type: () => PlanRuleDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PlanRuleDto)
  rules!: PlanRuleDto[];
}
