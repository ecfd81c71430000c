import type { Role } from '@cadre/shared';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { archiveRoutes } from '../features/archive/archive.routes';
import { auditRoutes } from '../features/audit/audit.routes';
import { authRoutes } from '../features/auth/auth.routes';
import { campaignRoutes } from '../features/campaign/campaign.routes';
import { certificatesPublicRoutes, certificatesRoutes } from '../features/certificates/certificates.routes';
import { classesRoutes, classesScreenRoutes } from '../features/classes/classes.routes';
import { courseAdminRoutes } from '../features/course-admin/course-admin.routes';
import { coursesRoutes } from '../features/courses/courses.routes';
import { dashboardRoutes } from '../features/dashboard/dashboard.routes';
import { homeRoutes } from '../features/home/home.routes';
import { lectureAdminRoutes } from '../features/lecture-admin/lecture-admin.routes';
import { lecturesPublicRoutes, lecturesRoutes } from '../features/lectures/lectures.routes';
import { notificationsRoutes } from '../features/notifications/notifications.routes';
import { orgRoutes } from '../features/org/org.routes';
import { quizAdminRoutes } from '../features/quiz-admin/quiz-admin.routes';
import { quizzesRoutes } from '../features/quizzes/quizzes.routes';
import { reportsRoutes } from '../features/reports/reports.routes';
import { requirementsRoutes } from '../features/requirements/requirements.routes';
import { studiesRoutes } from '../features/studies/studies.routes';
import { supervisionRoutes } from '../features/supervision/supervision.routes';
import { casesRoutes } from '../features/cases/cases.routes';
import { publicityRoutes } from '../features/publicity/publicity.routes';
import { researchRoutes } from '../features/research/research.routes';
import { talentRoutes } from '../features/talent/talent.routes';
import { usersRoutes } from '../features/users/users.routes';
import { useAuthStore } from './auth.store';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Roles that may open the route; absent: any signed-in user. */
    roles?: Role[];
    /** i18n key of the page title. */
    title?: string;
    /** Shown in the menu: its order and icon name (Element Plus icons). */
    menu?: {
      order: number;
      icon: string;
      tab?: boolean;
      /** A short label for the phone tab bar (one line, even in large text). */
      tabTitle?: string;
      /** Roles whose menu lists the page, when the route itself opens for more (inspection pages open for any team member). */
      roles?: Role[];
    };
  }
}

export const appRoutes: RouteRecordRaw[] = [
  ...homeRoutes,
  ...dashboardRoutes,
  ...reportsRoutes,
  ...coursesRoutes,
  ...quizzesRoutes,
  ...archiveRoutes,
  ...certificatesRoutes,
  ...orgRoutes,
  ...usersRoutes,
  ...requirementsRoutes,
  ...courseAdminRoutes,
  ...quizAdminRoutes,
  ...lecturesRoutes,
  ...lectureAdminRoutes,
  ...studiesRoutes,
  ...classesRoutes,
  ...campaignRoutes,
  ...talentRoutes,
  ...supervisionRoutes,
  ...casesRoutes,
  ...publicityRoutes,
  ...researchRoutes,
  ...notificationsRoutes,
  ...auditRoutes,
];

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...authRoutes,
    ...lecturesPublicRoutes,
    ...certificatesPublicRoutes,
    ...classesScreenRoutes,
    { path: '/', component: () => import('./layouts/AppLayout.vue'), children: appRoutes },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundView.vue'), meta: { public: true, title: 'notFound.title' } },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

/** The one guard: sign-in first, then the forced password change, then the route's roles. */
router.beforeEach(async (to) => {
  const auth = useAuthStore();
  await auth.restore();
  if (to.meta.public) return true;
  if (!auth.signedIn) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  if (auth.me?.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' };
  const roles = to.matched.flatMap((r) => r.meta.roles ?? []);
  if (roles.length > 0 && !auth.hasRole(...roles)) return { name: 'forbidden' };
  return true;
});
