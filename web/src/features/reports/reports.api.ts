import { api, type Schemas } from '../../app/http';

export type ProgressReport = Schemas['ProgressReportDto'];
export type ReportSection = Schemas['ReportSectionDto'];

export interface ReportQuery {
  from?: string;
  to?: string;
  unitId?: string;
}

export const progressReport = (query: ReportQuery) => api((c) => c.GET('/api/reports/progress', { params: { query } })) as Promise<ProgressReport>;

/** The same report's address as a Word download. */
export function progressDocxPath(query: ReportQuery): string {
  const params = new URLSearchParams({ format: 'docx' });
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  return `/api/reports/progress?${params.toString()}`;
}
