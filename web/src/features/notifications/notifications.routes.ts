import type { RouteRecordRaw } from 'vue-router';

export const notificationsRoutes: RouteRecordRaw[] = [
  { path: 'notifications', name: 'notifications', component: () => import('./views/NotificationsView.vue'), meta: { title: 'notifications.title' } },
  {
    path: 'admin/reminders',
    name: 'reminders',
    component: () => import('./views/RemindersView.vue'),
    meta: { title: 'notifications.reminders.title', roles: ['org_admin', 'unit_admin'] },
  },
];
