import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';
import { download } from '../../app/download';

export type Shortfall = Schemas['ShortfallDto'];
export type ShortfallQuery = NonNullable<operations['Shortfalls_list']['parameters']['query']>;
export type SaveMakeUp = Schemas['SaveMakeUpDto'];

export const listShortfalls = (query: ShortfallQuery) => api((c) => c.GET('/api/requirements/shortfalls', { params: { query } }));
export const saveMakeUp = (body: SaveMakeUp) => api((c) => c.POST('/api/requirements/shortfalls/make-up', { body }));
export const remindShortfalls = (body: Schemas['ShortfallReminderDto']) => api((c) => c.POST('/api/requirements/shortfalls/remind', { body }));
export const requirementLines = (year: number) => api((c) => c.GET('/api/requirements', { params: { query: { year } } }));

/** The export's path: the list's filters without paging, so the workbook holds what the page lists. */
export function exportPath(query: ShortfallQuery): string {
  const params = new URLSearchParams();
  for (const k of ['unitId', 'year', 'line', 'q'] as const) {
    const v = query[k];
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/exports/shortfalls.xlsx${qs ? `?${qs}` : ''}`;
}

export const downloadShortfalls = (query: ShortfallQuery, filename: string) => download(exportPath(query), filename);
