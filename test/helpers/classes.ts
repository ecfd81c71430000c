import type { DataSource } from 'typeorm';
import type { ClassTeacherKind, TrainingClassKind } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import type { TrainingClassDto } from '../../server/src/modules/classes/dto/training-class.dto';
import { uniq } from '../factories';
import type { Agent } from './agent';
import { addDays, expectOk } from './studies';

/**
 * Builders for the training-class tests (培训班): a class whose dates span a week around today (so sessions can lie in
 * the past, now, or the future), sessions placed relative to this moment, and ledger reads.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface ClassBody {
  title: string;
  kind: TrainingClassKind;
  organiserUnitId: string;
  startDate: string;
  endDate: string;
  venue?: string;
  description?: string;
  targetGroups?: string[];
  targetRanks?: string[];
  capacity: number;
  creditHours: number;
}

export function classBody(organiserUnitId: string, overrides: Partial<ClassBody> = {}): ClassBody {
  const today = todayInShanghai();
  return {
    title: uniq('专题学习班'),
    kind: 'special',
    organiserUnitId,
    startDate: addDays(today, -3),
    endDate: addDays(today, 3),
    venue: '市委党校',
    capacity: 50,
    creditHours: 24,
    ...overrides,
  };
}

export interface SessionBody {
  startsAt: string;
  endsAt: string;
  place: string;
  topic: string;
  teacherKind: ClassTeacherKind;
  teacherUserId?: string | null;
  teacherName?: string;
  courseId?: string | null;
  siteName?: string;
}

/** A session starting `startOffsetMs` from now and lasting `minutes`, taught by an outside teacher. */
export function sessionBody(startOffsetMs: number, minutes = 60, overrides: Partial<SessionBody> = {}): SessionBody {
  const start = new Date(Date.now() + startOffsetMs);
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + minutes * MINUTE).toISOString(),
    place: '市委党校第一教室',
    topic: uniq('专题'),
    teacherKind: 'outside',
    teacherName: '省委党校 王教授',
    ...overrides,
  };
}

export async function createClass(agent: Agent, body: ClassBody): Promise<TrainingClassDto> {
  return expectOk<TrainingClassDto>(await agent.post('/api/training-classes', body), 201);
}

export async function addSession(agent: Agent, classId: string, body: SessionBody): Promise<TrainingClassDto> {
  return expectOk<TrainingClassDto>(await agent.post(`/api/training-classes/${classId}/sessions`, body), 201);
}

/** Adds sessions one by one and returns their ids in the order given. */
export async function addSessions(agent: Agent, classId: string, bodies: SessionBody[]): Promise<string[]> {
  const ids: string[] = [];
  for (const body of bodies) {
    const cls = await addSession(agent, classId, body);
    const added = cls.sessions.find((s) => s.topic === body.topic);
    if (!added) throw new Error(`session ${body.topic} not in the class after adding it`);
    ids.push(added.id);
  }
  return ids;
}

export async function enrol(agent: Agent, classId: string, userIds: string[]): Promise<void> {
  expectOk(await agent.post(`/api/training-classes/${classId}/enrolments`, { userIds }), 200);
}

export async function setStatus(agent: Agent, classId: string, status: 'planning' | 'enrolling' | 'running'): Promise<void> {
  expectOk(await agent.patch(`/api/training-classes/${classId}`, { status }), 200);
}

/** Class ledger entries of one class: user → hours. */
export async function classLedger(db: DataSource, classId: string): Promise<Record<string, number>> {
  const rows = (await db.query(`SELECT user_id, hours FROM ledger_entries WHERE source = 'class' AND source_ref_id = $1`, [classId])) as { user_id: string; hours: string }[];
  return Object.fromEntries(rows.map((r) => [r.user_id, Number(r.hours)]));
}
