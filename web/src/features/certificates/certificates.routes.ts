import type { RouteRecordRaw } from 'vue-router';

/** 我的证书, inside the signed-in layout. */
export const certificatesRoutes: RouteRecordRaw[] = [
  { path: 'certificates', name: 'my-certificates', component: () => import('./views/MyCertificatesView.vue'), meta: { title: 'certificates.title', menu: { order: 42, icon: 'Medal' } } },
];

/** The verification page the QR code on a certificate opens: no sign-in, large and plain. */
export const certificatesPublicRoutes: RouteRecordRaw[] = [
  { path: '/verify/:code', name: 'certificate-verify', component: () => import('./views/VerifyView.vue'), meta: { public: true, title: 'certificates.verify.title' } },
];
