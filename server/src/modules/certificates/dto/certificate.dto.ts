import { ApiProperty } from '@nestjs/swagger';
import { CERTIFICATE_KINDS, CERTIFICATE_STATES, type CertificateKind, type CertificateState } from '@cadre/shared';
import { BoolField, EnumField, IntField, StringField } from '../../../common/validation/fields';

// ---- input ---------------------------------------------------------------------------------------------------------

/** A 学时证明 of one year or of the five-year cycle (exactly one of the two). */
export class IssueCertificateDto {
  @EnumField(['hours'] as const, { enumName: 'IssuableCertificateKind', description: '学时证明 (结业证书 are issued by closing a class)' }) kind!: 'hours';
  @IntField({ min: 2000, max: 2100, optional: true, description: 'A calendar year, not after this one' }) year?: number;
  @BoolField({ optional: true, description: 'true: the five-year cycle that holds this year' }) cycle?: boolean;
}

export class RevokeCertificateDto {
  @StringField({ min: 2, max: 200, description: 'Why (shown on the public verification page)' }) reason!: string;
}

// ---- output --------------------------------------------------------------------------------------------------------

export class IssuedCertificateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS, enumName: 'CertificateKind' }) kind!: CertificateKind;
  @ApiProperty({ description: '26 Crockford base32 characters; printed in groups of four' }) code!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ enum: CERTIFICATE_STATES, enumName: 'CertificateState' }) state!: CertificateState;
}

export class CertificateDto extends IssuedCertificateDto {
  @ApiProperty({ description: 'The holder’s full name (the holder and admins see it unmasked)' }) holderName!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ description: 'What is certified: the class, or the year or cycle of 学时' }) subject!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ format: 'uuid', nullable: true }) classId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) revokeReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) supersededAt!: string | null;
  @ApiProperty({ description: 'The public verification page, relative to the platform: /verify/<code>' }) verifyPath!: string;
  @ApiProperty({ description: 'The verification page’s full address, as the PDF prints it (PUBLIC_URL, else this request’s origin)' })
  verifyUrl!: string;
}

export class CertificateListDto {
  @ApiProperty({ type: () => CertificateDto, isArray: true }) items!: CertificateDto[];
}

/** What anyone may learn from a code: nothing that identifies beyond the masked name and the unit. */
export class VerifiedCertificateDto {
  @ApiProperty({ enum: CERTIFICATE_STATES, enumName: 'CertificateState' }) state!: CertificateState;
  @ApiProperty({ enum: CERTIFICATE_KINDS, enumName: 'CertificateKind' }) kind!: CertificateKind;
  @ApiProperty({ description: 'The middle of the name masked: 张*明' }) holderName!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ format: 'date-time', required: false }) revokedAt?: string;
  @ApiProperty({ required: false, description: 'Why it was revoked' }) reason?: string;
}
