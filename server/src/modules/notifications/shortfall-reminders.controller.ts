import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ShortfallReminderDto, ShortfallReminderSentDto } from '../learning/dto/shortfall.dto';
import { ShortfallRemindersService } from './shortfall-reminders.service';

/** Lives with the notifications it writes; the shortfall list it reads comes from the learning module below. */
@ApiTags('notifications')
@Controller('requirements/shortfalls')
export class ShortfallRemindersController {
  constructor(private readonly reminders: ShortfallRemindersService) {}

  @Post('remind')
  @HttpCode(200)
  @Access({ roles: ['unit_admin', 'org_admin'], summary: 'Remind the listed cadres (未达标人员; all on the filters, or the chosen ones) in the app, each with their own lines and what remains (audited)' })
  @Returns(ShortfallReminderSentDto)
  remind(@CurrentUser() user: AuthUser, @Body() dto: ShortfallReminderDto, @Origin() origin: RequestOrigin): Promise<ShortfallReminderSentDto> {
    return this.reminders.send(user, dto, origin);
  }
}
