import { ApiProperty } from '@nestjs/swagger';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, StringField } from '../../../common/validation/fields';
import { AUDIT_ACTIONS, type AuditAction } from '../audit.service';

export class AuditLogQueryDto extends PageQueryDto {
  @StringField({ max: 100, optional: true, description: 'Username of the actor' })
  actor?: string;

  @EnumField(AUDIT_ACTIONS, { optional: true, enumName: 'AuditAction' })
  action?: AuditAction;

  @EnumField(['success', 'failure', 'denied'] as const, { optional: true, enumName: 'AuditOutcome' })
  outcome?: 'success' | 'failure' | 'denied';

  @DateField({ optional: true, description: 'From this day (Asia/Shanghai), inclusive' })
  from?: string;

  @DateField({ optional: true, description: 'Up to this day (Asia/Shanghai), inclusive' })
  to?: string;
}

export class AuditLogDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorUsername!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) targetType!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) targetId!: string | null;
  @ApiProperty({ enum: ['success', 'failure', 'denied'], enumName: 'AuditOutcome' }) outcome!: string;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
}

export class AuditLogPageDto extends PageOf(AuditLogDto) {}
