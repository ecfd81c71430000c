import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type CaseSummary = Schemas['CaseSummaryDto'];
export type Case = Schemas['CaseDto'];
export type CaseBody = Schemas['CreateCaseDto'];
export type CaseQuery = NonNullable<operations['Cases_list']['parameters']['query']>;

export const listCases = (query: CaseQuery) => api((c) => c.GET('/api/cases', { params: { query } }));
export const getCase = (id: string) => api((c) => c.GET('/api/cases/{id}', { params: { path: { id } } }));
export const createCase = (body: CaseBody) => api((c) => c.POST('/api/cases', { body }));
export const updateCase = (id: string, body: Schemas['UpdateCaseDto']) => api((c) => c.PATCH('/api/cases/{id}', { params: { path: { id } }, body }));
export const proposeCase = (id: string) => api((c) => c.POST('/api/cases/{id}/propose', { params: { path: { id } } }));
export const publishCase = (id: string) => api((c) => c.POST('/api/cases/{id}/publish', { params: { path: { id } } }));
export const returnCase = (id: string, reason: string) => api((c) => c.POST('/api/cases/{id}/return', { params: { path: { id } }, body: { reason } }));
export const withdrawCase = (id: string, reason: string) => api((c) => c.POST('/api/cases/{id}/withdraw', { params: { path: { id } }, body: { reason } }));
export const attachToCourse = (id: string, courseId: string) => api((c) => c.POST('/api/cases/{id}/course-lessons', { params: { path: { id } }, body: { courseId } }));
export const attachToStudy = (id: string, recordId: string) => api((c) => c.POST('/api/cases/{id}/study-records', { params: { path: { id } }, body: { recordId } }));
