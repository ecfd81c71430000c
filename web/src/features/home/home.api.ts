import { api } from '../../app/http';

/** Figures for an admin's home page, each one count query on the server. */
export async function fetchScopeFigures() {
  const [cadres, newLeaders, units] = await Promise.all([
    api((c) => c.GET('/api/users', { params: { query: { pageSize: 1 } } })),
    api((c) => c.GET('/api/users', { params: { query: { pageSize: 1, group: 'new_leader' } } })),
    api((c) => c.GET('/api/org-units')),
  ]);
  return { cadres: cadres.total, newLeaders: newLeaders.total, units: units.items.length };
}

export function updateMyPhone(phone: string | null) {
  return api((c) => c.PATCH('/api/me', { body: { phone } }));
}
