import type { CampaignDecisionStatus, CampaignMeetingKind } from '@cadre/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { isPathInScope } from '../../common/scope/scope';
import type { CampaignDecisionDto } from './dto/meetings.dto';

type Row = Record<string, unknown>;

/**
 * Decisions with their meeting, owner unit, task and status, derived in the query: done once marked; overdue while open
 * past the deadline; open otherwise. $1 today in Asia/Shanghai; the caller appends its WHERE.
 */
export const DECISIONS = `
  SELECT d.id, d.meeting_id, m.title AS meeting_title, m.kind AS meeting_kind, m.held_on AS meeting_held_on, d.position,
         d.content, d.owner_unit_id, ou.name AS owner_unit_name, ou.path AS owner_unit_path, d.deadline, d.task_id,
         CASE WHEN t.id IS NULL THEN NULL ELSE '任务' || a.position || '.' || t.number || ' ' || t.title END AS task_title,
         CASE WHEN d.done_on IS NOT NULL THEN 'done' WHEN d.deadline < $1::date THEN 'overdue' ELSE 'open' END AS status,
         d.done_on, d.done_note, db.name AS done_by_name
    FROM campaign_decisions d
    JOIN campaign_meetings m ON m.id = d.meeting_id
    JOIN org_units ou ON ou.id = d.owner_unit_id
    LEFT JOIN campaign_tasks t ON t.id = d.task_id
    LEFT JOIN campaign_areas a ON a.id = t.area_id
    LEFT JOIN users db ON db.id = d.done_by_id`;

/** The decisions of one task, for the task's page ($1 today, $2 the task). */
export const TASK_DECISIONS = `${DECISIONS} WHERE d.task_id = $2 ORDER BY m.held_on DESC, d.position`;

/** An admin marks a decision done, or reopens it, when their scope covers its owner unit. */
export function toDecision(user: AuthUser, r: Row): CampaignDecisionDto {
  return {
    id: r.id as string,
    meetingId: r.meeting_id as string,
    meetingTitle: r.meeting_title as string,
    meetingKind: r.meeting_kind as CampaignMeetingKind,
    meetingHeldOn: r.meeting_held_on as string,
    content: r.content as string,
    ownerUnitId: r.owner_unit_id as string,
    ownerUnitName: r.owner_unit_name as string,
    deadline: r.deadline as string,
    taskId: (r.task_id as string | null) ?? null,
    taskTitle: (r.task_title as string | null) ?? null,
    status: r.status as CampaignDecisionStatus,
    doneOn: (r.done_on as string | null) ?? null,
    doneNote: (r.done_note as string) ?? '',
    doneByName: (r.done_by_name as string | null) ?? null,
    canMark: isPathInScope(r.owner_unit_path as string, user),
  };
}

/**
 * Meetings the caller sees: those of the campaign they belong to (owned by the root above their scope, as the areas
 * are: the office's minutes go to every unit of the campaign) and any owned inside their scope. $1 the caller's scope
 * path, $2 its prefix pattern; `o` is the owner unit.
 */
export const MEETING_VISIBLE = `(strpos($1::text, o.path) = 1 OR o.path LIKE $2)`;

/**
 * The rhythm's expected count of each kind in a period (inclusive dates): weekly = the ISO weeks whose Monday falls in
 * the period; monthly = the months whose 1st falls in it; quarterly = the quarters whose first day falls in it. A
 * meeting belongs to the period in which it was held, so a period that starts mid-week or mid-month expects the meeting
 * of that week or month in the period before it, and two adjacent periods never both expect the same meeting.
 */
export function expectedMeetings(from: string, to: string): Record<Exclude<CampaignMeetingKind, 'ad_hoc'>, number> {
  const day = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end < start) return { weekly: 0, monthly: 0, quarterly: 0 };
  const toMonday = (8 - new Date(start).getUTCDay()) % 7; // getUTCDay: Sunday 0, Monday 1
  const firstMonday = start + toMonday * day;
  const weekly = firstMonday > end ? 0 : Math.floor((end - firstMonday) / (7 * day)) + 1;
  let monthly = 0;
  let quarterly = 0;
  const s = new Date(start);
  // The first 1st of a month on or after the start.
  const y = s.getUTCFullYear();
  let m = s.getUTCMonth() + (s.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    const first = Date.UTC(y + Math.floor(m / 12), m % 12, 1);
    if (first > end) break;
    monthly += 1;
    if ((m % 12) % 3 === 0) quarterly += 1;
    m += 1;
  }
  return { weekly, monthly, quarterly };
}

/**
 * The first day of the week (Monday), month and quarter that contain `today`: units still under way, whose meeting is
 * due by their end, not by today.
 */
export function currentUnitStarts(today: string): Record<Exclude<CampaignMeetingKind, 'ad_hoc'>, string> {
  const d = new Date(`${today}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const quarterMonth = Math.floor((d.getUTCMonth()) / 3) * 3 + 1;
  return { weekly: monday, monthly: `${month}-01`, quarterly: `${today.slice(0, 4)}-${String(quarterMonth).padStart(2, '0')}-01` };
}
