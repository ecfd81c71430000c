import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from '@cadre/shared';
import { IsNumber, Max, Min } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, StringField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

export class CreateClaimDto {
  @StringField({ max: 200, description: 'Name of the training' })
  title!: string;

  @EnumField(CLAIM_KINDS, { enumName: 'ClaimKind', description: 'The kind of training: centralised kinds count toward the centralised lines, online_external toward online' })
  kind!: ClaimKind;

  @StringField({ max: 200, description: 'Who organised it' })
  organizer!: string;

  @DateField()
  startDate!: string;

  @DateField()
  endDate!: string;

  @ApiProperty({ minimum: 0.5, maximum: 200 })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(200)
  hours!: number;

  @UuidField({ nullable: true, description: 'A certificate or sign-in sheet uploaded with purpose claim_attachment' })
  attachmentFileId?: string | null;
}

export class RejectClaimDto {
  @StringField({ max: 300, description: 'Why the claim is returned' })
  reason!: string;
}

export class ClaimQueryDto extends PageQueryDto {
  @EnumField(CLAIM_STATUSES, { optional: true, enumName: 'ClaimStatus' })
  status?: ClaimStatus;
}

export class ClaimDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() userName!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CLAIM_KINDS, enumName: 'ClaimKind' }) kind!: ClaimKind;
  @ApiProperty() organizer!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ enum: CLAIM_STATUSES, enumName: 'ClaimStatus' }) status!: ClaimStatus;
  @ApiProperty({ type: String, nullable: true }) rejectReason!: string | null;
  @ApiProperty({ type: () => StoredFileDto, nullable: true }) attachment!: StoredFileDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ClaimPageDto extends PageOf(ClaimDto) {}
