import { api, type Schemas } from '../../app/http';

export type UnitFigures = Schemas['UnitFiguresDto'];
export type DashboardUnits = Schemas['DashboardUnitsDto'];
export type Lagging = Schemas['LaggingDto'];
export type LaggingUnit = Schemas['LaggingUnitDto'];
export type LaggingSort = Schemas['LaggingSort'];
export type DashboardSummary = Schemas['DashboardSummaryDto'];

export const dashboardUnits = (query: { parentId?: string; year?: number }) => api((c) => c.GET('/api/dashboard/units', { params: { query } }));
export const laggingUnits = (query: { parentId?: string; year?: number; threshold?: number; sort?: LaggingSort }) => api((c) => c.GET('/api/dashboard/lagging', { params: { query } }));
export const dashboardSummary = (query: { parentId?: string; year?: number }) => api((c) => c.GET('/api/dashboard/summary', { params: { query } }));
