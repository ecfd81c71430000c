import { ApiProperty } from '@nestjs/swagger';
import { IntField, StringField, UuidField } from '../../../common/validation/fields';

export const SETTLEMENT_STATES = ['open', 'settled', 'reopened'] as const;
export type SettlementState = (typeof SETTLEMENT_STATES)[number];

export class SettlementLineTotalDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer', description: 'Cadres in scope to whom the line applies' }) applicable!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, those who met it' }) met!: number;
}

export class SettlementHistoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) settledAt!: string;
  @ApiProperty() settledBy!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reopenedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) reopenedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) reopenReason!: string | null;
  @ApiProperty({ type: 'integer', description: 'Cadres whose figures were frozen (the whole city)' }) cadres!: number;
}

export class SettlementDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: SETTLEMENT_STATES, enumName: 'SettlementState', description: 'open: never closed; settled: closed now; reopened: closed once and reopened' })
  state!: SettlementState;
  @ApiProperty({ description: 'The year is over (Asia/Shanghai), so it may be closed' }) yearOver!: boolean;
  @ApiProperty({ description: 'The caller may close and reopen the year (an org admin scoped to the city)' }) canManage!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) settledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) settledBy!: string | null;
  @ApiProperty({ description: 'False: the totals are frozen figures; true: counted now by the engine (the year is not settled)' }) live!: boolean;
  @ApiProperty({ type: 'integer', description: 'Cadres in the caller’s scope to whom at least one line applies' }) cadres!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, those who met every line that applies' }) metAll!: number;
  @ApiProperty({ type: () => SettlementLineTotalDto, isArray: true, description: 'Per line, in the scope' }) lines!: SettlementLineTotalDto[];
  @ApiProperty({ type: () => SettlementHistoryDto, isArray: true, description: 'Every closing of the year, newest first' }) history!: SettlementHistoryDto[];
}

export class ReopenSettlementDto {
  @StringField({ min: 2, max: 500, description: 'Why the year is reopened (the correction to be made); kept with the history and audited' })
  reason!: string;
}

export class SettlementQueryDto {
  @UuidField({ optional: true, description: 'Totals for this unit and every unit under it; default the caller’s scope unit' })
  unitId?: string;
}

export class SettlementExportQueryDto {
  @IntField({ min: 2000, max: 2100, query: true, description: 'The year' })
  year!: number;

  @UuidField({ optional: true, description: 'Cadres of this unit and every unit under it (as units were at the closing); default the caller’s scope unit' })
  unitId?: string;
}
