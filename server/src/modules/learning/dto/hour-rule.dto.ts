import { ApiProperty } from '@nestjs/swagger';
import { HOUR_RULE_SOURCES, type HourRuleSource } from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { EnumField, StringField } from '../../../common/validation/fields';

export class HourRuleDto {
  @EnumField(HOUR_RULE_SOURCES, { enumName: 'HourRuleSource' })
  source!: HourRuleSource;

  @StringField({ max: 32, description: 'A lecture format, a study record type, daily_cap, yearly_cap (0 = none) or a course rule' })
  kind!: string;

  @ApiProperty({ minimum: 0, maximum: 999, description: 'At most 20, or 24 for a daily cap and 999 for a yearly cap' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999)
  hours!: number;
}

export class SaveHourRulesDto {
  @ApiProperty({ type: () => HourRuleDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => HourRuleDto)
  rules!: HourRuleDto[];
}

export class HourRuleListDto {
  @ApiProperty({ type: () => HourRuleDto, isArray: true }) items!: HourRuleDto[];
}
