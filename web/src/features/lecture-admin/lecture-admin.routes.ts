import type { RouteRecordRaw } from 'vue-router';

export const lectureAdminRoutes: RouteRecordRaw[] = [];
