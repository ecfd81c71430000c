import type { RouteRecordRaw } from 'vue-router';

/** Admin pages of theory lectures: figures and coverage, the "1＋6＋N" teams, topics and credit-hour rules. */
export const lectureAdminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/lecture-stats',
    name: 'lecture-stats',
    component: () => import('./views/LectureStatsView.vue'),
    meta: { title: 'lectureAdmin.stats.title', roles: ['org_admin', 'unit_admin'], menu: { order: 62, icon: 'DataAnalysis' } },
  },
  {
    path: 'admin/lecture-teams',
    name: 'lecture-teams',
    component: () => import('./views/LectureTeamsView.vue'),
    meta: { title: 'lectureAdmin.teams.title', roles: ['org_admin', 'unit_admin'], menu: { order: 63, icon: 'Microphone' } },
  },
  {
    path: 'admin/lecture-teams/:id',
    name: 'lecture-team',
    component: () => import('./views/LectureTeamView.vue'),
    meta: { title: 'lectureAdmin.teams.title', roles: ['org_admin', 'unit_admin'] },
  },
  {
    path: 'admin/lecture-topics',
    name: 'lecture-topics',
    component: () => import('./views/LectureTopicsView.vue'),
    meta: { title: 'lectureAdmin.topics.title', roles: ['org_admin'], menu: { order: 64, icon: 'Collection' } },
  },
  {
    path: 'admin/hour-rules',
    name: 'hour-rules',
    component: () => import('./views/HourRulesView.vue'),
    meta: { title: 'lectureAdmin.hours.title', roles: ['org_admin'], menu: { order: 66, icon: 'Stamp' } },
  },
];
