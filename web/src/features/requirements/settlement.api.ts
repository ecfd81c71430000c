import { api, type Schemas } from '../../app/http';
import { download } from '../../app/download';

export type Settlement = Schemas['SettlementDto'];

export const getSettlement = (year: number, unitId?: string) =>
  api((c) => c.GET('/api/requirements/{year}/settlement', { params: { path: { year }, query: { unitId } } }));
export const closeYear = (year: number) => api((c) => c.POST('/api/requirements/{year}/settlement', { params: { path: { year } } }));
export const reopenYear = (year: number, reason: string) =>
  api((c) => c.POST('/api/requirements/{year}/settlement/reopen', { params: { path: { year } }, body: { reason } }));

/** The sheet for 年度考核 of a year and a unit (default the caller's scope). */
export function settlementSheetPath(year: number, unitId?: string): string {
  const params = new URLSearchParams({ year: String(year) });
  if (unitId) params.set('unitId', unitId);
  return `/api/exports/settlement.xlsx?${params.toString()}`;
}

export const downloadSettlementSheet = (year: number, unitId: string | undefined, filename: string) => download(settlementSheetPath(year, unitId), filename);
