import type { RouteRecordRaw } from 'vue-router';

export const studiesRoutes: RouteRecordRaw[] = [];
