import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { PageQueryDto } from '../../common/pagination/page';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  CreateReminderDto,
  MyNotificationQueryDto,
  NotificationDto,
  NotificationPageDto,
  PreviewReminderDto,
  ReadAllDto,
  ReminderDto,
  ReminderPageDto,
  ReminderPreviewDto,
  ReminderSentDto,
  UnreadCountDto,
} from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('notifications')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly notifications: NotificationsService) {}

  @Post()
  @Access({
    roles: [...ADMINS],
    summary: 'Remind lagging child units (督促): their admins and, optionally, their cadres with overdue required courses are notified in one transaction',
  })
  @Returns(ReminderSentDto, 201)
  send(@CurrentUser() user: AuthUser, @Body() dto: CreateReminderDto, @Origin() origin: RequestOrigin): Promise<ReminderSentDto> {
    return this.notifications.send(user, dto, origin);
  }

  @Post('preview')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Who a reminder would reach, before it is sent, and which chosen units have no admin account to receive it' })
  @Returns(ReminderPreviewDto)
  preview(@CurrentUser() user: AuthUser, @Body() dto: PreviewReminderDto): Promise<ReminderPreviewDto> {
    return this.notifications.preview(user, dto);
  }

  @Get()
  @Access({ roles: [...ADMINS], summary: 'Reminders sent to units in scope, newest first, with recipient counts' })
  @Returns(ReminderPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<ReminderPageDto> {
    return this.notifications.reminders(user, query);
  }

  @Get(':id')
  @Access({ roles: [...ADMINS], summary: 'One reminder with its recipients, read or not' })
  @Returns(ReminderDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ReminderDto> {
    return this.notifications.reminder(user, id);
  }
}

@ApiTags('notifications')
@Controller('my/notifications')
export class MyNotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access({ summary: 'My notifications, newest first; ?unread=true: only unread ones' })
  @Returns(NotificationPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: MyNotificationQueryDto): Promise<NotificationPageDto> {
    return this.notifications.mine(user, query);
  }

  @Get('unread-count')
  @Access({ summary: 'How many of my notifications are unread (the bell)' })
  @Returns(UnreadCountDto)
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @Access({ summary: 'Mark all my notifications read' })
  @Returns(ReadAllDto)
  readAll(@CurrentUser() user: AuthUser): Promise<ReadAllDto> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Access({ summary: 'Mark one of my notifications read; anyone else\'s is a 404' })
  @Returns(NotificationDto)
  read(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<NotificationDto> {
    return this.notifications.markRead(user, id);
  }
}
