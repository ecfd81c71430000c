import type { RouteRecordRaw } from 'vue-router';

export const coursesRoutes: RouteRecordRaw[] = [
  {
    path: 'courses',
    name: 'catalogue',
    component: () => import('./views/CatalogueView.vue'),
    meta: { title: 'nav.catalogue', menu: { order: 10, icon: 'Reading', tab: true } },
  },
  { path: 'courses/:id', name: 'course', component: () => import('./views/CourseDetailView.vue'), meta: { title: 'nav.catalogue' } },
  {
    path: 'my-courses',
    name: 'my-courses',
    component: () => import('./views/MyCoursesView.vue'),
    meta: { title: 'courses.mine', menu: { order: 12, icon: 'Notebook' } },
  },
  { path: 'learn/:courseId', name: 'player', component: () => import('./views/PlayerView.vue'), meta: { title: 'player.title' } },
];
