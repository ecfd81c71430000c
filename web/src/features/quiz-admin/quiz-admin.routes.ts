import type { RouteRecordRaw } from 'vue-router';

export const quizAdminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/quizzes',
    name: 'quiz-admin',
    component: () => import('./views/QuizAdminListView.vue'),
    meta: { title: 'quizAdmin.title', roles: ['org_admin'], menu: { order: 52, icon: 'Tickets' } },
  },
  { path: 'admin/quizzes/:id', name: 'quiz-editor', component: () => import('./views/QuizEditorView.vue'), meta: { title: 'quizAdmin.title', roles: ['org_admin'] } },
  {
    path: 'admin/questions',
    name: 'question-bank',
    component: () => import('./views/QuestionBankView.vue'),
    meta: { title: 'bank.title', roles: ['org_admin'], menu: { order: 53, icon: 'Files' } },
  },
];
