import type { DataSource, EntityManager } from 'typeorm';
import { missedShare, type MissedShare } from './class-rules';

export interface Standing {
  missed: MissedShare;
  presentSessions: number;
}

/**
 * Every enrollee's missed minutes in one query: approved leave from sessions they did not attend anyway, and absence
 * marks without approved leave, against the minutes of the whole timetable.
 */
export async function standings(db: DataSource | EntityManager, classId: string): Promise<Map<string, Standing>> {
  const rows = (await db.query(
    `WITH s AS (
       SELECT id, round(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes FROM training_class_sessions WHERE class_id = $1
     ), total AS (SELECT coalesce(sum(minutes), 0)::int AS minutes FROM s)
     SELECT e.user_id,
            (SELECT minutes FROM total) AS total_minutes,
            coalesce((SELECT sum(s.minutes) FROM training_class_leaves l JOIN s ON s.id = l.session_id
                       WHERE l.class_id = $1 AND l.user_id = e.user_id AND l.status = 'approved'
                         AND NOT EXISTS (SELECT 1 FROM training_class_attendance a WHERE a.session_id = l.session_id AND a.user_id = e.user_id AND a.present)), 0)::int AS leave_minutes,
            coalesce((SELECT sum(s.minutes) FROM training_class_attendance a JOIN s ON s.id = a.session_id
                       WHERE a.user_id = e.user_id AND NOT a.present
                         AND NOT EXISTS (SELECT 1 FROM training_class_leaves l WHERE l.session_id = a.session_id AND l.user_id = e.user_id AND l.status = 'approved')), 0)::int AS absent_minutes,
            (SELECT count(*) FROM training_class_attendance a JOIN s ON s.id = a.session_id WHERE a.user_id = e.user_id AND a.present)::int AS present_sessions
       FROM training_class_enrolments e WHERE e.class_id = $1`,
    [classId],
  )) as { user_id: string; total_minutes: number; leave_minutes: number; absent_minutes: number; present_sessions: number }[];
  return new Map(
    rows.map((r) => [r.user_id, { missed: missedShare(Number(r.leave_minutes), Number(r.absent_minutes), Number(r.total_minutes)), presentSessions: Number(r.present_sessions) }]),
  );
}

/**
 * Marks withdrawals (退学) once an enrollee's missed share passes the limit, and lifts them when a correction brings it
 * back (a mark changed, a session added). Completed enrolments of a closed class never change.
 */
export async function recomputeWithdrawals(tx: EntityManager, classId: string): Promise<{ withdrawn: string[]; reinstated: string[] }> {
  const all = await standings(tx, classId);
  const rows = (await tx.query(`SELECT user_id, status FROM training_class_enrolments WHERE class_id = $1 AND status <> 'completed'`, [classId])) as {
    user_id: string;
    status: string;
  }[];
  const withdrawn: string[] = [];
  const reinstated: string[] = [];
  for (const r of rows) {
    const past = all.get(r.user_id)?.missed.standing === 'withdrawn';
    if (past && r.status === 'enrolled') withdrawn.push(r.user_id);
    if (!past && r.status === 'withdrawn') reinstated.push(r.user_id);
  }
  if (withdrawn.length > 0) {
    await tx.query(`UPDATE training_class_enrolments SET status = 'withdrawn', withdrawn_at = now() WHERE class_id = $1 AND user_id = ANY($2::uuid[])`, [classId, withdrawn]);
  }
  if (reinstated.length > 0) {
    await tx.query(`UPDATE training_class_enrolments SET status = 'enrolled', withdrawn_at = NULL WHERE class_id = $1 AND user_id = ANY($2::uuid[])`, [classId, reinstated]);
  }
  return { withdrawn, reinstated };
}
