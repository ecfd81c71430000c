import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type InspectionSummary = Schemas['InspectionSummaryDto'];
export type Inspection = Schemas['InspectionDto'];
export type InspectionKind = Schemas['InspectionKind'];
export type InspectionBody = Schemas['CreateInspectionDto'];
export type Draw = Schemas['DrawDto'];
export type DrawBody = Schemas['CreateDrawDto'];
export type Finding = Schemas['FindingDto'];
export type FindingBody = Schemas['CreateFindingDto'];
export type Rectification = Schemas['RectificationDto'];
export type RectificationSummary = Schemas['RectificationSummaryDto'];
export type RectificationStatus = Schemas['RectificationStatus'];
export type SupervisionFigures = Schemas['SupervisionFiguresDto'];
export type InspectionQuery = NonNullable<operations['Supervision_list']['parameters']['query']>;
export type RectificationQuery = NonNullable<operations['Supervision_rectifications']['parameters']['query']>;

export const listInspections = (query: InspectionQuery) => api((c) => c.GET('/api/inspections', { params: { query } }));
export const getInspection = (id: string) => api((c) => c.GET('/api/inspections/{id}', { params: { path: { id } } }));
export const createInspection = (body: InspectionBody) => api((c) => c.POST('/api/inspections', { body }));
export const publishInspection = (id: string) => api((c) => c.POST('/api/inspections/{id}/publish', { params: { path: { id } } }));
export const listDraws = (id: string) => api((c) => c.GET('/api/inspections/{id}/draws', { params: { path: { id } } }));
export const draw = (id: string, body: DrawBody) => api((c) => c.POST('/api/inspections/{id}/draws', { params: { path: { id } }, body }));
export const listFindings = (id: string) => api((c) => c.GET('/api/inspections/{id}/findings', { params: { path: { id }, query: { pageSize: 100 } } }));
export const createFinding = (id: string, body: FindingBody) => api((c) => c.POST('/api/inspections/{id}/findings', { params: { path: { id } }, body }));
export const assignRectification = (findingId: string, body: Schemas['AssignRectificationDto']) =>
  api((c) => c.POST('/api/inspections/findings/{id}/rectification', { params: { path: { id: findingId } }, body }));
export const listRectifications = (query: RectificationQuery) => api((c) => c.GET('/api/inspections/rectifications', { params: { query } }));
export const getRectification = (id: string) => api((c) => c.GET('/api/inspections/rectifications/{id}', { params: { path: { id } } }));
export const reportRectification = (id: string, body: Schemas['ReportRectificationDto']) =>
  api((c) => c.POST('/api/inspections/rectifications/{id}/report', { params: { path: { id } }, body }));
export const closeRectification = (id: string, note?: string) => api((c) => c.POST('/api/inspections/rectifications/{id}/close', { params: { path: { id } }, body: { note } }));
export const returnRectification = (id: string, reason: string) => api((c) => c.POST('/api/inspections/rectifications/{id}/return', { params: { path: { id } }, body: { reason } }));
export const figures = (query: { unitId?: string; from?: string; to?: string }) => api((c) => c.GET('/api/inspections/figures', { params: { query } }));

export type NoticeSummary = Schemas['NoticeSummaryDto'];
export type Notice = Schemas['NoticeDto'];
export type NoticeBody = Schemas['CreateNoticeDto'];
export type NoticeQuery = NonNullable<operations['Notices_list']['parameters']['query']>;

export const listNotices = (query: NoticeQuery) => api((c) => c.GET('/api/notices', { params: { query } }));
export const getNotice = (id: string) => api((c) => c.GET('/api/notices/{id}', { params: { path: { id } } }));
export const createNotice = (body: NoticeBody) => api((c) => c.POST('/api/notices', { body }));
export const updateNotice = (id: string, body: Schemas['UpdateNoticeDto']) => api((c) => c.PATCH('/api/notices/{id}', { params: { path: { id } }, body }));
export const publishNotice = (id: string) => api((c) => c.POST('/api/notices/{id}/publish', { params: { path: { id } } }));
export const noticeDocxPath = (id: string) => `/api/notices/${id}/docx`;
export const getFinding = (id: string) => api((c) => c.GET('/api/inspections/findings/{id}', { params: { path: { id } } }));
