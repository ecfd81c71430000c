import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

/**
 * A leader holding a research topic is a cadre of any role, so the topic pages open for any signed-in user (the server
 * shows each only the topics they hold or that lie in their scope); the figures are for the admins.
 */
export const researchRoutes: RouteRecordRaw[] = [
  {
    path: 'research',
    name: 'research',
    component: () => import('./views/TopicListView.vue'),
    meta: { title: 'research.title', menu: { order: 79, icon: 'Reading', roles: [...ADMINS, 'cadre'] } },
  },
  { path: 'research/figures', name: 'research-figures', component: () => import('./views/ResearchFiguresView.vue'), meta: { title: 'research.figures.title', roles: [...ADMINS] } },
  { path: 'research/visits', name: 'research-visits', component: () => import('./views/VisitListView.vue'), meta: { title: 'research.visits' } },
  { path: 'research/problems', name: 'research-problems', component: () => import('./views/ProblemListView.vue'), meta: { title: 'research.problems' } },
  { path: 'research/:id', name: 'research-topic', component: () => import('./views/TopicView.vue'), meta: { title: 'research.topic' } },
  { path: 'research/:id/visits/new', name: 'research-visit-new', component: () => import('./views/VisitFormView.vue'), meta: { title: 'research.visit.new' } },
];
