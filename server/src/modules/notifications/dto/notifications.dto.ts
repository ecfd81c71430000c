import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '@cadre/shared';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, IntField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';

// ---- reminders -----------------------------------------------------------------------------------------------------

export class CreateReminderDto {
  @UuidField({ optional: true, description: 'The unit whose child units are reminded (default: the caller\'s scope unit)' }) parentId?: string;
  @IntField({ min: 2000, max: 2100, optional: true, description: 'The year of the figures (default: this year)' }) year?: number;
  @UuidArrayField({ min: 1, max: 200, description: 'Child units of the parent, in scope (the lagging units chosen on the dashboard)' }) unitIds!: string[];
  @StringField({ max: 100, optional: true, description: 'Title of the notifications (default: 「<year>年度学习推进督促」)' }) title?: string;
  @StringField({ max: 500, description: 'The reminder\'s text' }) message!: string;
  @BoolField({ description: 'Also notify the active cadres under the units with a required course past its due date' }) includeOverdueCadres!: boolean;
}

export class ReminderUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

/** Who a reminder would reach: asked before sending, so the sender knows where it reaches no administrator. */
export class PreviewReminderDto {
  @UuidField({ optional: true, description: 'The unit whose child units are reminded (default: the caller\'s scope unit)' }) parentId?: string;
  @IntField({ min: 2000, max: 2100, optional: true, description: 'The year of the figures (default: this year)' }) year?: number;
  @UuidArrayField({ min: 1, max: 200, description: 'Child units of the parent, in scope' }) unitIds!: string[];
  @BoolField({ description: 'Also count the active cadres under the units with a required course past its due date' }) includeOverdueCadres!: boolean;
}

export class ReminderPreviewDto {
  @ApiProperty({ type: 'integer', description: 'Admins of the units (and of units inside them) who would be notified' }) adminRecipients!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres with overdue required courses who would be notified (their own text)' }) cadreRecipients!: number;
  @ApiProperty({ type: () => ReminderUnitDto, isArray: true, description: 'Chosen units without an active admin account: the reminder reaches no administrator there' })
  unitsWithoutAdmin!: ReminderUnitDto[];
}

export class ReminderSentDto {
  @ApiProperty({ format: 'uuid' }) reminderId!: string;
  @ApiProperty({ type: 'integer', description: 'Admins of the units (and of units inside them) notified' }) adminRecipients!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres with overdue required courses notified, each with their own courses' }) cadreRecipients!: number;
  @ApiProperty({ type: () => ReminderUnitDto, isArray: true, description: 'Chosen units without an active admin account: no administrator received it there' })
  unitsWithoutAdmin!: ReminderUnitDto[];
}

export class ReminderSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ description: 'The parent unit whose child units were reminded' }) unitName!: string;
  @ApiProperty({ type: () => ReminderUnitDto, isArray: true }) units!: ReminderUnitDto[];
  @ApiProperty() senderName!: string;
  @ApiProperty() includeOverdueCadres!: boolean;
  @ApiProperty({ type: 'integer' }) adminRecipients!: number;
  @ApiProperty({ type: 'integer' }) cadreRecipients!: number;
  @ApiProperty({ type: 'integer', description: 'Recipients who have read it' }) readCount!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class ReminderPageDto extends PageOf(ReminderSummaryDto) {}

export class ReminderRecipientDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind!: NotificationKind;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

export class ReminderDto extends ReminderSummaryDto {
  @ApiProperty({ type: () => ReminderRecipientDto, isArray: true, description: 'Admins first, then cadres, by unit and name' }) recipients!: ReminderRecipientDto[];
}

// ---- my notifications ----------------------------------------------------------------------------------------------

export class MyNotificationQueryDto extends PageQueryDto {
  @BoolField({ optional: true, query: true, description: 'Only unread ones' }) unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind!: NotificationKind;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A path of the SPA' }) link!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who sent it' }) senderName!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class NotificationPageDto extends PageOf(NotificationDto) {
  @ApiProperty({ type: 'integer', description: 'All unread notifications of the caller' }) unreadCount!: number;
}

export class UnreadCountDto {
  @ApiProperty({ type: 'integer' }) unread!: number;
}

export class ReadAllDto {
  @ApiProperty({ type: 'integer', description: 'Notifications marked read' }) updated!: number;
}
