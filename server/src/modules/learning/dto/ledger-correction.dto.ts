import { ApiProperty } from '@nestjs/swagger';
import { LEDGER_CUT_REASONS, type LedgerCutReason } from '@cadre/shared';
import { IsNumber, Max, Min } from 'class-validator';
import { StringField } from '../../../common/validation/fields';

export class CorrectLedgerEntryDto {
  @ApiProperty({ minimum: 0, maximum: 999, description: 'What the event is worth in 学时, before the hour rules: the daily and yearly caps apply to it as to a grant' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999)
  hours!: number;

  @StringField({ max: 200, description: 'Why (kept in the audit trail)' }) reason!: string;
}

export class LedgerEntryCorrectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The 学时 the entry now credits' }) hours!: number;
  @ApiProperty() previousHours!: number;
  @ApiProperty({ description: 'What the caps cut from the corrected figure' }) cutHours!: number;
  @ApiProperty({ enum: LEDGER_CUT_REASONS, enumName: 'LedgerCutReason', nullable: true }) cutReason!: LedgerCutReason | null;
}
