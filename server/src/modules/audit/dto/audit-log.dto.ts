import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, StringField } from '../../../common/validation/fields';
import { AUDIT_ACTIONS, type AuditAction } from '../audit.service';

/** The trail's filters without paging: the Excel export takes the page's filters and writes every row. */
export class AuditLogFilterDto {
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

/** The page of the trail: the same filters as the export, with paging. */
export class AuditLogQueryDto extends IntersectionType(PageQueryDto, AuditLogFilterDto) {}

export class AuditLogDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorUsername!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The actor’s name, when the actor is a known user' }) actorName!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) targetType!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) targetId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The target’s name or title, when it still exists' }) targetName!: string | null;
  @ApiProperty({ enum: ['success', 'failure', 'denied'], enumName: 'AuditOutcome' }) outcome!: string;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The names of the people, units and records whose ids appear in details, by id, so the page shows names, not UUIDs',
  })
  names!: Record<string, string>;
}

export class AuditLogPageDto extends PageOf(AuditLogDto) {}
