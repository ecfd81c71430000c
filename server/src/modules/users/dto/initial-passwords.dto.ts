import { ApiProperty } from '@nestjs/swagger';
import { UuidField } from '../../../common/validation/fields';

export class InitialPasswordsQueryDto {
  @UuidField({ description: 'The unit: its cadres and those of every unit under it' })
  unitId!: string;
}

export class IssueInitialPasswordsDto {
  @UuidField({ description: 'The unit: its cadres and those of every unit under it' })
  unitId!: string;
}

/** A cadre who has no password and whom the caller may not manage (an admin or auditor account above them). */
export class PasswordlessCadreDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() username!: string;
  @ApiProperty() unitName!: string;
}

export class InitialPasswordsPendingDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', description: 'Active cadres without a password whom the caller may issue one to' }) pending!: number;
  @ApiProperty({ type: 'integer', description: 'The most one issuance covers; a larger unit is issued in several rounds' }) batchMax!: number;
  @ApiProperty({ type: () => PasswordlessCadreDto, isArray: true, description: 'Cadres without a password the caller may not manage (left out)' })
  notManageable!: PasswordlessCadreDto[];
}

/** One slip: what a cadre needs to sign in for the first time. */
export class InitialPasswordSlipDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ description: 'Shown this once; only its hash is kept' }) password!: string;
}

export class IssuedInitialPasswordsDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ description: 'The address of the platform, for the slips and their QR code' }) platformUrl!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: () => InitialPasswordSlipDto, isArray: true, description: 'By unit, then name' }) slips!: InitialPasswordSlipDto[];
  @ApiProperty({ type: 'integer', description: 'Cadres still without a password after this round (beyond batchMax), to issue again' })
  remaining!: number;
  @ApiProperty({ type: () => PasswordlessCadreDto, isArray: true, description: 'Cadres without a password the caller may not manage (left out)' })
  notManageable!: PasswordlessCadreDto[];
  @ApiProperty({ description: 'The slips as an .xlsx workbook, base64: made once with the passwords, never again' }) workbook!: string;
  @ApiProperty({ description: 'The file name for the workbook' }) filename!: string;
}
