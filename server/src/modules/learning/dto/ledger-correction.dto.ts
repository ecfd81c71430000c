import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { StringField } from '../../../common/validation/fields';

export class CorrectLedgerEntryDto {
  @ApiProperty({ minimum: 0, maximum: 999, description: 'The entry’s 学时 as they should be' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999)
  hours!: number;

  @StringField({ max: 200, description: 'Why (kept in the audit trail)' }) reason!: string;
}

export class LedgerEntryCorrectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() hours!: number;
  @ApiProperty() previousHours!: number;
}
