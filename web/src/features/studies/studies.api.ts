import type { StudyAttachmentKind } from '@cadre/shared';
import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';
import { listUsers } from '../users/users.api';

export type StudyRecordSummary = Schemas['StudyRecordSummaryDto'];
export type StudyRecord = Schemas['StudyRecordDto'];
export type StudyStats = Schemas['StudyStatsDto'];
export type StudyCountRow = Schemas['StudyCountRowDto'];
export type StudyRecordQuery = NonNullable<operations['StudyRecords_list']['parameters']['query']>;
export type Cadre = Schemas['UserSummaryDto'];

/**
 * The body of a record as the server validates it. Written out here because the generated schema lost the element
 * types of the nested lists (absentees, speeches, attachments come out as `components["schemas"][]`).
 */
export interface StudyRecordBody {
  type: Schemas['StudyRecordType'];
  heldOn: string;
  title: string;
  hostName: string;
  hostUserId: string | null;
  materialTitle: string;
  materialUrl: string | null;
  attendeeIds: string[];
  absentees: { userId: string; reason: string }[];
  speeches: { speakerId: string; summary: string }[];
  conclusions: string;
  followUps: string;
  attachments: { fileId: string; kind: StudyAttachmentKind }[];
}

export const listRecords = (query: StudyRecordQuery) => api((c) => c.GET('/api/study-records', { params: { query } }));
export const getRecord = (id: string) => api((c) => c.GET('/api/study-records/{id}', { params: { path: { id } } }));
export const createRecord = (unitId: string, body: StudyRecordBody) =>
  api((c) => c.POST('/api/study-records', { body: { unitId, ...body } as unknown as Schemas['CreateStudyRecordDto'] }));
export const updateRecord = (id: string, body: StudyRecordBody) =>
  api((c) => c.PATCH('/api/study-records/{id}', { params: { path: { id } }, body: body as unknown as Schemas['UpdateStudyRecordDto'] }));
export const submitRecord = (id: string) => api((c) => c.POST('/api/study-records/{id}/submit', { params: { path: { id } } }));
export const deleteRecord = (id: string) => api((c) => c.DELETE('/api/study-records/{id}', { params: { path: { id } } }));
export const studyStats = (query: { year?: number; unitId?: string }) => api((c) => c.GET('/api/study-stats', { params: { query } }));

/** Credit hours per study record type, from the configurable hour rules. */
export async function studyHours(): Promise<Partial<Record<Schemas['StudyRecordType'], number>>> {
  const rules = await api((c) => c.GET('/api/hour-rules'));
  return Object.fromEntries(rules.items.filter((r) => r.source === 'study_record').map((r) => [r.kind, r.hours]));
}

/** More cadres than a record may name: the picker then searches instead of listing. */
export const CADRE_LIST_LIMIT = 500;

/**
 * The active cadres of a unit and the units below it, page by page (the users API serves at most 100 a page). Stops
 * at CADRE_LIST_LIMIT and says whether the list is complete.
 */
export async function unitCadres(unitId: string): Promise<{ items: Cadre[]; total: number; complete: boolean }> {
  const pageSize = 100;
  const first = await listUsers({ unitId, status: 'active', sort: 'unit', pageSize, page: 1 });
  if (first.total > CADRE_LIST_LIMIT) return { items: [], total: first.total, complete: false };
  const pages = Math.ceil(first.total / pageSize);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => listUsers({ unitId, status: 'active', sort: 'unit', pageSize, page: i + 2 })));
  const items = [first, ...rest].flatMap((p) => p.items);
  return { items, total: first.total, complete: true };
}

/** A search among a unit's cadres, for units too large to list. */
export async function searchCadres(unitId: string, q: string): Promise<Cadre[]> {
  return (await listUsers({ unitId, status: 'active', q, pageSize: 30 })).items;
}

