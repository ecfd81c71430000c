import type { RouteRecordRaw } from 'vue-router';

export const talentRoutes: RouteRecordRaw[] = [
  {
    path: 'talent',
    name: 'talent',
    component: () => import('./views/TalentListView.vue'),
    meta: { title: 'talent.listTitle', roles: ['org_admin', 'unit_admin'], menu: { order: 75, icon: 'Medal' } },
  },
  { path: 'talent/overview', name: 'talent-overview', component: () => import('./views/TalentOverviewView.vue'), meta: { title: 'talent.overviewTitle', roles: ['org_admin'] } },
  { path: 'talent/nominate', name: 'talent-nominate', component: () => import('./views/TalentNominateView.vue'), meta: { title: 'talent.nominateTitle', roles: ['org_admin', 'unit_admin'] } },
  { path: 'talent/:id', name: 'talent-profile', component: () => import('./views/TalentProfileView.vue'), meta: { title: 'talent.profileTitle', roles: ['org_admin'] } },
];
