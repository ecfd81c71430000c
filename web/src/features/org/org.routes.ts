import type { RouteRecordRaw } from 'vue-router';

export const orgRoutes: RouteRecordRaw[] = [
  {
    path: 'org-units',
    name: 'org-units',
    component: () => import('./views/OrgUnitsView.vue'),
    meta: { title: 'nav.orgUnits', roles: ['org_admin', 'unit_admin'], menu: { order: 20, icon: 'OfficeBuilding' } },
  },
];
