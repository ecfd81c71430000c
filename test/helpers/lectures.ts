import type { Server } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { LectureFormat } from '@cadre/shared';
import type {
  CreateLectureSessionDto,
  LectureSessionDto,
  LectureTeamDetailDto,
  LectureTopicDto,
} from '../../server/src/modules/lectures/dto/lecture.dto';
import { uniq } from '../factories';
import type { Agent } from './agent';

/**
 * Builders for the lecture tests (宣讲): teams, topics and sessions through the HTTP API, feedback as an anonymous
 * member of the audience, and a few direct reads of rows the API does not expose (ledger, yearly hours, roles).
 * The "…Ok" helpers throw with the response body when the status is not the expected one.
 */

export function expectOk<T>(res: request.Response, status: number, step: string): T {
  if (res.status !== status) throw new Error(`${step}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Status and error code together, so a failure shows both. */
export function expectError(res: request.Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
}

/** The fields named in an error's details. */
export function detailFields(res: request.Response): string[] {
  return ((res.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field);
}

// ---- teams and topics ----------------------------------------------------------------------------------------------

export async function createTeam(
  agent: Agent,
  homeUnitId: string,
  opts: { name?: string; level?: 'municipal' | 'specialised' | 'grassroots'; description?: string } = {},
): Promise<LectureTeamDetailDto> {
  const body = { name: opts.name ?? uniq('宣讲队'), level: opts.level ?? 'grassroots', homeUnitId, ...(opts.description ? { description: opts.description } : {}) };
  return expectOk<LectureTeamDetailDto>(await agent.post('/api/lecture-teams', body), 201, `create team ${body.name}`);
}

export async function setMembers(agent: Agent, teamId: string, members: { userId: string; leader?: boolean }[]): Promise<LectureTeamDetailDto> {
  return expectOk<LectureTeamDetailDto>(await agent.put(`/api/lecture-teams/${teamId}/members`, { members }), 200, `set members of ${teamId}`);
}

export async function createTopic(orgAdmin: Agent, name = uniq('宣讲主题'), sortOrder?: number): Promise<LectureTopicDto> {
  const body = sortOrder === undefined ? { name } : { name, sortOrder };
  return expectOk<LectureTopicDto>(await orgAdmin.post('/api/lecture-topics', body), 201, `create topic ${name}`);
}

// ---- sessions ------------------------------------------------------------------------------------------------------

export interface SessionSpec {
  teamId: string;
  topicId: string;
  hostUnitId: string;
  lecturerIds: string[];
  startedAt: string;
  format?: LectureFormat;
  audienceSize?: number;
  title?: string;
  photoFileIds?: string[];
}

export function sessionBody(spec: SessionSpec, overrides: Partial<CreateLectureSessionDto> = {}): CreateLectureSessionDto {
  return {
    teamId: spec.teamId,
    topicId: spec.topicId,
    title: spec.title ?? uniq('宣讲'),
    startedAt: spec.startedAt,
    durationMinutes: 90,
    hostUnitId: spec.hostUnitId,
    venue: '村党群服务中心',
    format: spec.format ?? 'concentrated',
    audienceSize: spec.audienceSize ?? 40,
    audienceKinds: ['villagers', 'party_members'],
    summary: '围绕党的二十大精神进行宣讲。',
    lecturerIds: spec.lecturerIds,
    ...(spec.photoFileIds ? { photoFileIds: spec.photoFileIds } : {}),
    ...overrides,
  };
}

export async function createSession(agent: Agent, spec: SessionSpec, overrides: Partial<CreateLectureSessionDto> = {}): Promise<LectureSessionDto> {
  const body = sessionBody(spec, overrides);
  return expectOk<LectureSessionDto>(await agent.post('/api/lecture-sessions', body), 201, `log session ${body.title}`);
}

export async function submitSession(agent: Agent, id: string): Promise<LectureSessionDto> {
  return expectOk<LectureSessionDto>(await agent.post(`/api/lecture-sessions/${id}/submit`), 200, `submit ${id}`);
}

export async function verifySession(agent: Agent, id: string): Promise<LectureSessionDto> {
  return expectOk<LectureSessionDto>(await agent.post(`/api/lecture-sessions/${id}/verify`), 200, `verify ${id}`);
}

export async function returnSession(agent: Agent, id: string, reason: string): Promise<LectureSessionDto> {
  return expectOk<LectureSessionDto>(await agent.post(`/api/lecture-sessions/${id}/return`, { reason }), 200, `return ${id}`);
}

/** Logs, submits and verifies a session: author and verifier must differ. */
export async function verifiedSession(author: Agent, verifier: Agent, spec: SessionSpec, overrides: Partial<CreateLectureSessionDto> = {}): Promise<LectureSessionDto> {
  const created = await createSession(author, spec, overrides);
  await submitSession(author, created.id);
  return verifySession(verifier, created.id);
}

/** Ids of the sessions an agent lists (first 100), optionally with a query string. */
export async function listedSessionIds(agent: Agent, query = ''): Promise<string[]> {
  const res = await agent.get(`/api/lecture-sessions?pageSize=100${query ? `&${query}` : ''}`);
  return expectOk<{ items: { id: string }[] }>(res, 200, `list sessions ${query}`).items.map((s) => s.id);
}

// ---- public feedback -----------------------------------------------------------------------------------------------

export const DEVICE_COOKIE = 'cadre_fb_device';

/** POST feedback; `cookie` is the `name=value` device cookie the public page set, if any. */
export function postFeedback(http: Server, sessionId: string, body: object, cookie?: string, forwardedFor?: string): request.Test {
  let req = request(http).post(`/api/lecture-sessions/${sessionId}/feedback`);
  if (cookie) req = req.set('Cookie', cookie);
  if (forwardedFor) req = req.set('X-Forwarded-For', forwardedFor);
  return req.send(body);
}

/** Loads a verified session's public page as a new device and returns the signed device cookie (`name=value`) it set. */
export async function newDevice(http: Server, sessionId: string, forwardedFor?: string): Promise<string> {
  let req = request(http).get(`/api/lecture-sessions/${sessionId}/public`);
  if (forwardedFor) req = req.set('X-Forwarded-For', forwardedFor);
  const res = await req;
  const cookie = deviceCookieOf(res);
  if (res.status !== 200 || !cookie) throw new Error(`public page of ${sessionId}: expected 200 and a device cookie, got ${res.status} ${JSON.stringify(res.body)}`);
  return cookie.pair;
}

/** One more member of the audience: opens the page on a phone of their own, then rates. */
export async function rateAsNewDevice(http: Server, sessionId: string, body: object, forwardedFor?: string): Promise<request.Response> {
  return postFeedback(http, sessionId, body, await newDevice(http, sessionId, forwardedFor), forwardedFor);
}

/** The device cookie (`name=value`) a response set, with its attributes. */
export function deviceCookieOf(res: request.Response): { pair: string; attributes: string } | undefined {
  const raw = res.headers['set-cookie'] as unknown;
  const cookies = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const found = cookies.find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
  if (!found) return undefined;
  const [pair, ...rest] = found.split(';');
  return { pair: pair!.trim(), attributes: rest.join(';') };
}

// ---- rows ----------------------------------------------------------------------------------------------------------

export interface LectureLedgerRow {
  user_id: string;
  year: number;
  hours: number;
  source: string;
  source_ref_id: string;
  description: string;
}

/** The ledger entries written for one session, by cadre. */
export async function ledgerForSession(db: DataSource, sessionId: string): Promise<LectureLedgerRow[]> {
  const rows = (await db.query(
    `SELECT user_id, year, hours, source, source_ref_id, description FROM ledger_entries WHERE source_ref_id = $1 ORDER BY user_id`,
    [sessionId],
  )) as LectureLedgerRow[];
  return rows.map((r) => ({ ...r, hours: Number(r.hours) }));
}

/** A cadre's lecture hours and total hours of a year (zeros when nothing was earned). */
export async function lectureYearHours(db: DataSource, userId: string, year: number): Promise<{ total: number; lecture: number }> {
  const [row] = (await db.query(`SELECT total_hours, lecture_given_hours FROM cadre_year_hours WHERE user_id = $1 AND year = $2`, [userId, year])) as {
    total_hours: string;
    lecture_given_hours: string;
  }[];
  return { total: Number(row?.total_hours ?? 0), lecture: Number(row?.lecture_given_hours ?? 0) };
}

export async function rolesOf(db: DataSource, userId: string): Promise<string[]> {
  const [row] = (await db.query('SELECT roles FROM users WHERE id = $1', [userId])) as { roles: string[] }[];
  return row?.roles ?? [];
}

export interface AuditByActorRow {
  action: string;
  target_id: string | null;
  unit_path: string | null;
  details: Record<string, unknown> | null;
}

/** Audit rows of one action by one actor, oldest first. */
export async function auditRowsBy(db: DataSource, actorId: string, action: string): Promise<AuditByActorRow[]> {
  return (await db.query(
    `SELECT action, target_id, unit_path, details FROM audit_logs WHERE actor_id = $1 AND action = $2 ORDER BY occurred_at, id`,
    [actorId, action],
  )) as AuditByActorRow[];
}
