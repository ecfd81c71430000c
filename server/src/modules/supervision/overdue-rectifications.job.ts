import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { chineseDate, todayInShanghai } from '../../common/time';
import { type Job, Scheduler } from '../../common/scheduler/scheduler.service';

export const OVERDUE_RECTIFICATIONS_JOB = 'supervision.overdue_rectifications';

/** Rectifications past their deadline, not closed, not yet reminded for this deadline. $1 today in Asia/Shanghai. */
const DUE = `
  SELECT r.id, r.unit_path, r.responsible_id, r.deadline::text AS deadline, ru.name AS unit_name, i.title AS inspection_title
    FROM rectifications r
    JOIN inspection_findings f ON f.id = r.finding_id
    JOIN inspections i ON i.id = f.inspection_id
    JOIN org_units ru ON ru.id = r.unit_id
   WHERE r.status <> 'closed' AND r.deadline < $1::date AND r.overdue_notified_for IS DISTINCT FROM r.deadline
   ORDER BY r.deadline, r.id
     FOR UPDATE OF r`;

/**
 * One notification for the responsible person and for each active unit admin whose scope holds the responsible unit.
 * $1 the unit's path, $2 the responsible person (or null), $3 title, $4 body, $5 link.
 */
const NOTIFY = `
WITH ins AS (
  INSERT INTO notifications (user_id, kind, title, body, link)
  SELECT a.id, 'rectification_overdue', $3, $4, $5
    FROM users a LEFT JOIN org_units sc ON sc.id = a.scope_unit_id
   WHERE a.status = 'active'
     AND (a.id = $2::uuid OR ('unit_admin' = ANY(a.roles) AND sc.path IS NOT NULL AND $1::text LIKE sc.path || '%'))
  RETURNING 1
) SELECT count(*)::int AS n FROM ins`;

interface DueRow {
  id: string;
  unit_path: string;
  responsible_id: string | null;
  deadline: string;
  unit_name: string;
  inspection_title: string;
}

/** The text the unit reads: which inspection, which deadline, what to do. */
export function overdueRectificationText(r: Pick<DueRow, 'unit_name' | 'inspection_title' | 'deadline'>): string {
  return `${r.unit_name}在“${r.inspection_title}”中发现的问题，整改期限为${chineseDate(r.deadline)}，现已逾期尚未销号。请抓紧整改，并在整改台账中报告整改情况、上传佐证材料。`;
}

/**
 * Reminds the responsible units of overdue rectifications, once for each deadline (a rectification is marked reminded
 * when somebody got the notification; with nobody to tell it is tried again the next day).
 */
export async function notifyOverdueRectifications(tx: EntityManager, today: string): Promise<{ rectifications: number; notifications: number }> {
  const due = (await tx.query(DUE, [today])) as DueRow[];
  let rectifications = 0;
  let notifications = 0;
  for (const r of due) {
    const [{ n }] = (await tx.query(NOTIFY, [r.unit_path, r.responsible_id, `整改逾期提醒：${r.unit_name}`.slice(0, 200), overdueRectificationText(r), `/supervision/rectifications/${r.id}`])) as [
      { n: number },
    ];
    if (n === 0) continue;
    await tx.query('UPDATE rectifications SET overdue_notified_for = deadline WHERE id = $1', [r.id]);
    rectifications += 1;
    notifications += n;
  }
  return { rectifications, notifications };
}

/** Daily: the overdue flag of the rectification ledger also reaches the responsible units, in their notifications. */
@Injectable()
export class OverdueRectificationsJob implements OnModuleInit {
  readonly job: Job = { name: OVERDUE_RECTIFICATIONS_JOB, everyMs: 24 * 60 * 60_000, run: (tx) => notifyOverdueRectifications(tx, todayInShanghai()) };

  constructor(private readonly scheduler: Scheduler) {}

  onModuleInit(): void {
    this.scheduler.register(this.job);
  }
}
