import type { RouteRecordRaw } from 'vue-router';

export const quizzesRoutes: RouteRecordRaw[] = [
  { path: 'quizzes', name: 'quizzes', component: () => import('./views/QuizListView.vue'), meta: { title: 'quiz.title', menu: { order: 20, icon: 'EditPen', tab: true, tabTitle: 'nav.quizTab' } } },
  { path: 'quizzes/:id', name: 'quiz', component: () => import('./views/QuizStartView.vue'), meta: { title: 'quiz.title' } },
  { path: 'attempts/:id', name: 'attempt', component: () => import('./views/AttemptView.vue'), meta: { title: 'attempt.title' } },
];
