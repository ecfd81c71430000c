import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type Archive = Schemas['ArchiveDto'];
export type Claim = Schemas['ClaimDto'];
export type ClaimQuery = NonNullable<operations['Claims_list']['parameters']['query']>;

export const myArchive = (year?: number) => api((c) => c.GET('/api/my/archive', { params: { query: { year } } }));
export const cadreArchive = (id: string, year?: number) => api((c) => c.GET('/api/users/{id}/archive', { params: { path: { id }, query: { year } } }));
export const myClaims = (query: ClaimQuery) => api((c) => c.GET('/api/my/claims', { params: { query } }));
export const submitClaim = (body: Schemas['CreateClaimDto']) => api((c) => c.POST('/api/my/claims', { body }));
export const reviewClaims = (query: ClaimQuery) => api((c) => c.GET('/api/claims', { params: { query } }));
export const approveClaim = (id: string) => api((c) => c.POST('/api/claims/{id}/approve', { params: { path: { id } } }));
export const rejectClaim = (id: string, reason: string) => api((c) => c.POST('/api/claims/{id}/reject', { params: { path: { id } }, body: { reason } }));
export type CadreRequirements = Schemas['CadreRequirementsDto'];
export const myRequirements = (year?: number) => api((c) => c.GET('/api/my/requirements', { params: { query: { year } } }));
export const cadreRequirements = (id: string, year?: number) =>
  api((c) => c.GET('/api/users/{id}/requirements', { params: { path: { id }, query: { year } } }));
export const correctLedgerEntry = (id: string, body: Schemas['CorrectLedgerEntryDto']) =>
  api((c) => c.POST('/api/ledger-entries/{id}/correction', { params: { path: { id } }, body }));
