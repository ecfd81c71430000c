import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Scheduler } from '../../common/scheduler/scheduler.service';

export const PRUNE_NOTIFICATIONS_JOB = 'notifications.prune';
/** A read notification is kept this long after it was read; an unread one this long after it was sent. */
export const KEEP_READ_DAYS = 180;
export const KEEP_UNREAD_DAYS = 365;

/**
 * Daily: drops notifications nobody needs any more, so the table and each user's list do not grow without end. The
 * reminders themselves (who was reminded of what) stay, with their recipient counts, as the record of the 督促.
 */
@Injectable()
export class PruneNotificationsJob implements OnModuleInit {
  constructor(private readonly scheduler: Scheduler) {}

  onModuleInit(): void {
    this.scheduler.register({ name: PRUNE_NOTIFICATIONS_JOB, everyMs: 24 * 60 * 60_000, run: async (tx) => ({ deleted: await prune(tx) }) });
  }
}

export async function prune(tx: EntityManager): Promise<number> {
  const [{ deleted }] = (await tx.query(
    `WITH gone AS (DELETE FROM notifications WHERE (read_at IS NOT NULL AND read_at < now() - make_interval(days => $1))
                                                OR (read_at IS NULL AND created_at < now() - make_interval(days => $2)) RETURNING 1)
     SELECT count(*)::int AS deleted FROM gone`,
    [KEEP_READ_DAYS, KEEP_UNREAD_DAYS],
  )) as [{ deleted: number }];
  return deleted;
}
