import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { chineseDate, todayInShanghai } from '../../common/time';
import { type Job, Scheduler } from '../../common/scheduler/scheduler.service';

export const DECISION_REMINDERS_JOB = 'campaign.overdue_decisions';

/**
 * Open decisions past their deadline whose owner unit's admins have not been told of this deadline, with the meeting
 * and the owner unit. $1 today in Asia/Shanghai.
 */
const DUE = `
  SELECT d.id, d.content, d.deadline::text AS deadline, m.title AS meeting_title, m.held_on::text AS held_on,
         ou.id AS owner_unit_id, ou.name AS owner_unit_name, ou.path AS owner_unit_path, mo.path AS meeting_owner_path
    FROM campaign_decisions d
    JOIN campaign_meetings m ON m.id = d.meeting_id
    JOIN org_units mo ON mo.id = m.owner_unit_id
    JOIN org_units ou ON ou.id = d.owner_unit_id
   WHERE d.done_on IS NULL AND d.deadline < $1::date AND d.overdue_notified_for IS DISTINCT FROM d.deadline
   ORDER BY d.deadline, d.id
     FOR UPDATE OF d`;

/**
 * One notification for each active admin over the owner unit, short of the campaign office that convened the meeting
 * (it follows the overdue count on its overview), unless the office itself owns the decision.
 * $1 owner unit path, $2 the meeting owner's path, $3 title, $4 body.
 */
const NOTIFY = `
WITH ins AS (
  INSERT INTO notifications (user_id, kind, title, body, link)
  SELECT a.id, 'decision_overdue', $3, $4, '/campaign/decisions?status=overdue'
    FROM users a JOIN org_units s ON s.id = a.scope_unit_id
   WHERE a.status = 'active' AND a.roles && ARRAY['unit_admin', 'org_admin']::text[]
     AND $1::text LIKE s.path || '%' AND (s.path <> $2 OR s.path = $1)
  RETURNING 1
) SELECT count(*)::int AS n FROM ins`;

interface DueRow {
  id: string;
  content: string;
  deadline: string;
  meeting_title: string;
  held_on: string;
  owner_unit_name: string;
  owner_unit_path: string;
  meeting_owner_path: string;
}

export function overdueDecisionText(r: Pick<DueRow, 'meeting_title' | 'held_on' | 'content' | 'owner_unit_name' | 'deadline'>): string {
  return (
    `${chineseDate(r.held_on)}${r.meeting_title}议定：${r.content}。责任单位${r.owner_unit_name}，办理期限${chineseDate(r.deadline)}，现已逾期尚未办结。` +
    `办结后请在“调度会议 → 议定事项”中标记办结。`
  );
}

/**
 * Tells the admins over each overdue decision's owner unit, once per deadline: a decision is marked told when at least
 * one admin got the notification (with nobody to tell, it is tried again the next day).
 */
export async function notifyOverdueDecisions(tx: EntityManager, today: string): Promise<{ decisions: number; notifications: number }> {
  const due = (await tx.query(DUE, [today])) as DueRow[];
  let decisions = 0;
  let notifications = 0;
  for (const r of due) {
    const title = `议定事项已逾期：${r.content}`.slice(0, 200);
    const [{ n }] = (await tx.query(NOTIFY, [r.owner_unit_path, r.meeting_owner_path, title, overdueDecisionText(r)])) as [{ n: number }];
    if (n === 0) continue;
    await tx.query('UPDATE campaign_decisions SET overdue_notified_for = deadline WHERE id = $1', [r.id]);
    decisions += 1;
    notifications += n;
  }
  return { decisions, notifications };
}

/** Daily: an overdue decision reaches its owner unit's admins in their notifications. */
@Injectable()
export class DecisionRemindersJob implements OnModuleInit {
  readonly job: Job = { name: DECISION_REMINDERS_JOB, everyMs: 24 * 60 * 60_000, run: (tx) => notifyOverdueDecisions(tx, todayInShanghai()) };

  constructor(private readonly scheduler: Scheduler) {}

  onModuleInit(): void {
    this.scheduler.register(this.job);
  }
}
