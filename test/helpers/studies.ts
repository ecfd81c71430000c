import type request from 'supertest';
import type { DataSource } from 'typeorm';
import type { StudyAttachmentKind, StudyRecordType } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import type { StudyRecordDto } from '../../server/src/modules/studies/dto/study-record.dto';
import { uniq } from '../factories';
import type { Agent } from './agent';

/**
 * Builders for the study-record tests (学习研讨记录): a request body that passes validation, create / submit through the
 * HTTP API, and a few reads straight from the database (ledger entries of a record, audit rows without a target).
 */

export interface StudyBody {
  unitId: string;
  type: StudyRecordType;
  heldOn: string;
  title: string;
  hostName: string;
  hostUserId?: string | null;
  materialTitle?: string;
  materialUrl?: string | null;
  attendeeIds: string[];
  absentees?: { userId: string; reason: string }[];
  speeches?: { speakerId: string; summary: string }[];
  conclusions?: string;
  followUps?: string;
  attachments?: { fileId: string; kind: StudyAttachmentKind }[];
}

/** `date` (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Tomorrow in Asia/Shanghai. */
export function tomorrowInShanghai(): string {
  return addDays(todayInShanghai(), 1);
}

/** A valid body: a 第一议题 item held today with the given attendees; `overrides` replace any field. */
export function studyBody(unitId: string, attendeeIds: string[], overrides: Partial<StudyBody> = {}): StudyBody {
  return {
    unitId,
    type: 'first_topic',
    heldOn: todayInShanghai(),
    title: uniq('学习研讨'),
    hostName: '主持人',
    attendeeIds,
    ...overrides,
  };
}

/** The body of a response with the expected status; otherwise throws with method, path, status and body. */
export function expectOk<T>(res: request.Response, status: number): T {
  if (res.status !== status) {
    const req = (res as unknown as { req?: { method?: string; path?: string } }).req;
    throw new Error(`expected ${status}, got ${res.status} for ${req?.method} ${req?.path}: ${JSON.stringify(res.body)}`);
  }
  return res.body as T;
}

/** Status and error code together, so a failure shows both. */
export function expectError(res: request.Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
}

/** The `field` of each problem in an error body's details. */
export function detailFields(res: request.Response): string[] {
  return ((res.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field);
}

export async function createRecord(agent: Agent, body: StudyBody): Promise<StudyRecordDto> {
  return expectOk<StudyRecordDto>(await agent.post('/api/study-records', body), 201);
}

export async function submitRecord(agent: Agent, id: string): Promise<StudyRecordDto> {
  return expectOk<StudyRecordDto>(await agent.post(`/api/study-records/${id}/submit`), 200);
}

/** Creates and submits. */
export async function submittedRecord(agent: Agent, body: StudyBody): Promise<StudyRecordDto> {
  return submitRecord(agent, (await createRecord(agent, body)).id);
}

/** Ledger entries written for one study record: user → hours. */
export async function studyLedger(db: DataSource, recordId: string): Promise<Record<string, number>> {
  const rows = (await db.query(`SELECT user_id, hours FROM ledger_entries WHERE source = 'study_record' AND source_ref_id = $1`, [
    recordId,
  ])) as {
    user_id: string;
    hours: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.user_id, Number(r.hours)]));
}

export interface ActorAuditRow {
  action: string;
  target_type: string | null;
  target_id: string | null;
  unit_path: string | null;
  details: Record<string, unknown> | null;
}

/** Audit rows of one actor and action, oldest first (for actions without a target: exports, hour rules). */
export async function auditRowsBy(db: DataSource, actorId: string, action: string): Promise<ActorAuditRow[]> {
  return (await db.query(
    `SELECT action, target_type, target_id, unit_path, details FROM audit_logs WHERE actor_id = $1 AND action = $2 ORDER BY occurred_at, id`,
    [actorId, action],
  )) as ActorAuditRow[];
}
