import type { RouteRecordRaw } from 'vue-router';

/** Pages inside the signed-in layout. */
export const lecturesRoutes: RouteRecordRaw[] = [];

/** Pages without sign-in (the audience feedback page reached by QR code). */
export const lecturesPublicRoutes: RouteRecordRaw[] = [];
