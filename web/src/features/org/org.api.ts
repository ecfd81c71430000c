import { api, type Schemas } from '../../app/http';

export type OrgUnit = Schemas['OrgUnitDto'];
export type OrgUnitKind = Schemas['OrgUnitKind'];

export function listUnits(opts: { counts?: boolean; includeRetired?: boolean } = {}) {
  return api((c) => c.GET('/api/org-units', { params: { query: { counts: opts.counts, includeRetired: opts.includeRetired } } }));
}

export function createUnit(body: Schemas['CreateOrgUnitDto']) {
  return api((c) => c.POST('/api/org-units', { body }));
}

export function updateUnit(id: string, body: Schemas['UpdateOrgUnitDto']) {
  return api((c) => c.PATCH('/api/org-units/{id}', { params: { path: { id } }, body }));
}

export function moveUnit(id: string, parentId: string) {
  return api((c) => c.POST('/api/org-units/{id}/move', { params: { path: { id } }, body: { parentId } }));
}

export function retireUnit(id: string) {
  return api((c) => c.POST('/api/org-units/{id}/retire', { params: { path: { id } } }));
}
