import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { chineseDate, todayInShanghai } from '../../common/time';
import { type Job, Scheduler } from '../../common/scheduler/scheduler.service';
import { OVERDUE_RETURN } from './talent-sql';

export const OVERDUE_SECONDMENTS_JOB = 'talent.overdue_secondments';

/**
 * The secondments past their end date with no return (已到期未返回) whose admins have not been told of this end date,
 * with the member and their current unit. $1 today in Asia/Shanghai.
 */
const DUE = `
  SELECT s.id, s.entry_id, s.host_city, s.host_unit, s.post, s.from_on::text AS from_on, s.to_on::text AS to_on,
         u.name, ou.name AS unit_name, ou.path AS unit_path
    FROM talent_secondments s
    JOIN talent_entries e ON e.id = s.entry_id
    JOIN users u ON u.id = e.user_id
    JOIN org_units ou ON ou.id = u.unit_id
   WHERE ${OVERDUE_RETURN('s', '$1::date')} AND s.overdue_notified_for IS DISTINCT FROM s.to_on
   ORDER BY s.to_on, s.id
     FOR UPDATE OF s`;

/**
 * One notification for each active org admin whose scope holds the member's current unit: those who see the member in
 * the pool (scope follows the cadre). $1 the unit's path, $2 title, $3 body, $4 link.
 */
const NOTIFY_ORG_ADMINS = `
WITH ins AS (
  INSERT INTO notifications (user_id, kind, title, body, link)
  SELECT a.id, 'secondment_overdue', $2, $3, $4
    FROM users a JOIN org_units sc ON sc.id = a.scope_unit_id
   WHERE a.status = 'active' AND 'org_admin' = ANY(a.roles) AND $1::text LIKE sc.path || '%'
  RETURNING 1
) SELECT count(*)::int AS n FROM ins`;

interface DueRow {
  id: string;
  entry_id: string;
  host_city: string;
  host_unit: string;
  post: string;
  from_on: string;
  to_on: string;
  name: string;
  unit_name: string;
  unit_path: string;
}

/** What the org admin reads: who, where, since when, and what to do about it. */
export function overdueSecondmentText(r: Pick<DueRow, 'unit_name' | 'name' | 'host_city' | 'host_unit' | 'post' | 'from_on' | 'to_on'>): string {
  return (
    `${r.unit_name}${r.name}${chineseDate(r.from_on)}起在${r.host_city}${r.host_unit}挂职（${r.post}），挂职期限至${chineseDate(r.to_on)}，` +
    `现已到期，尚未登记返回。如已返回，请在培养档案中登记返回并填写挂职总结；如挂职延期，请修改挂职期限。`
  );
}

/**
 * Tells the org admins over each member whose secondment ended with no return, once for each end date: a secondment
 * is marked told when at least one admin got the notification (with nobody to tell, it is tried again the next day).
 * Extending the end date and letting that date pass too tells them again.
 */
export async function notifyOverdueSecondments(tx: EntityManager, today: string): Promise<{ secondments: number; notifications: number }> {
  const due = (await tx.query(DUE, [today])) as DueRow[];
  let secondments = 0;
  let notifications = 0;
  for (const r of due) {
    const [{ n }] = (await tx.query(NOTIFY_ORG_ADMINS, [r.unit_path, `挂职已到期未返回：${r.name}`.slice(0, 200), overdueSecondmentText(r), `/talent/${r.entry_id}`])) as [
      { n: number },
    ];
    if (n === 0) continue;
    await tx.query('UPDATE talent_secondments SET overdue_notified_for = to_on WHERE id = $1', [r.id]);
    secondments += 1;
    notifications += n;
  }
  return { secondments, notifications };
}

/** Daily: the 已到期未返回 flag of the talent pages also reaches the org admins, in their notifications. */
@Injectable()
export class OverdueSecondmentsJob implements OnModuleInit {
  readonly job: Job = { name: OVERDUE_SECONDMENTS_JOB, everyMs: 24 * 60 * 60_000, run: (tx) => notifyOverdueSecondments(tx, todayInShanghai()) };

  constructor(private readonly scheduler: Scheduler) {}

  onModuleInit(): void {
    this.scheduler.register(this.job);
  }
}
