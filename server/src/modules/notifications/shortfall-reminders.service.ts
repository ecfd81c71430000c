import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/app-exception';
import type { ShortfallDto, ShortfallReminderDto, ShortfallReminderSentDto } from '../learning/dto/shortfall.dto';
import { ShortfallsService } from '../learning/shortfalls.service';
import { AuditService } from '../audit/audit.service';

/** The reminder's text for one cadre: every line they are short of, with what remains and by when (Chinese, formal). */
export function shortfallMessage(year: number, lines: ShortfallDto[]): string {
  const parts = lines.map((l) => {
    if (l.measure === 'completion') return `${l.lineLabel}：应于${l.dueDate}前完成，已逾期`;
    const days = l.requiredDays !== null ? `（或${l.requiredDays}天，已计${l.days ?? 0}天）` : '';
    return `${l.lineLabel}：应修${l.required}学时${days}，已修${l.earned}学时，尚差${l.remaining}学时，完成期限${l.dueDate}`;
  });
  return `您${year}年度以下学时要求尚未达标：${parts.join('；')}。请合理安排时间，按期完成学习培训任务。`;
}

/**
 * Reminds the cadres of the shortfall list (未达标人员) in the app: each gets one notification with their own lines and
 * what remains. The recipients are exactly the cadres the filters list (or the chosen ones among them): the list is
 * computed again here, in scope, so a cadre who is not listed, or lies outside the caller's scope, is never reached.
 */
@Injectable()
export class ShortfallRemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly shortfalls: ShortfallsService,
    private readonly audit: AuditService,
  ) {}

  async send(user: AuthUser, dto: ShortfallReminderDto, origin: RequestOrigin): Promise<ShortfallReminderSentDto> {
    const { unit, year, items } = await this.shortfalls.all(user, dto);
    const byUser = new Map<string, ShortfallDto[]>();
    for (const s of items) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s]);
    // A chosen cadre the filters do not list (met the line meanwhile, another town, made up) is a 404: nobody is reminded.
    if (dto.userIds && dto.userIds.some((id) => !byUser.has(id))) throw notFound('Cadre');
    const chosen = dto.userIds ? dto.userIds.map((id) => [id, byUser.get(id)!] as const) : [...byUser.entries()];
    const title = `${year}年度学时未达标提醒`;
    return this.db.transaction(async (tx) => {
      if (chosen.length > 0) {
        await tx.query(
          `INSERT INTO notifications (user_id, kind, title, body, link)
           SELECT id, 'shortfall', $2, body, '/archive' FROM unnest($1::uuid[], $3::text[]) AS t(id, body)`,
          [chosen.map(([id]) => id), title, chosen.map(([, lines]) => shortfallMessage(year, lines))],
        );
      }
      await this.audit.record(
        {
          action: 'shortfalls.reminded',
          actor: user,
          target: { type: 'org_unit', id: unit.id },
          unitPath: unit.path,
          origin,
          details: { year, line: dto.line ?? null, q: dto.q ?? null, chosen: dto.userIds ? dto.userIds.length : null, recipients: chosen.length },
        },
        tx,
      );
      return { recipients: chosen.length };
    });
  }
}
