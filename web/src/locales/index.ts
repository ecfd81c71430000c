import { createI18n } from 'vue-i18n';
import dashboardI18n from '../features/dashboard/dashboard.i18n';
import campaignI18n from '../features/campaign/campaign.i18n';
import lectureAdminI18n from '../features/lecture-admin/lecture-admin.i18n';
import lecturesI18n from '../features/lectures/lectures.i18n';
import studiesI18n from '../features/studies/studies.i18n';
import notificationsI18n from '../features/notifications/notifications.i18n';
import reportsI18n from '../features/reports/reports.i18n';
import classesI18n from '../features/classes/classes.i18n';
import talentI18n from '../features/talent/talent.i18n';
import shortfallsI18n from '../features/requirements/requirements.i18n';
import settlementI18n from '../features/requirements/settlement.i18n';
import en from './en';
import zhCN from './zh-CN';

/** Features with many strings keep them beside their code, each under its own top-level key. */
const FEATURE_MESSAGES = [dashboardI18n, lecturesI18n, lectureAdminI18n, studiesI18n, campaignI18n, notificationsI18n, reportsI18n, classesI18n, talentI18n, shortfallsI18n, settlementI18n];

export type Locale = 'zh-CN' | 'en';

function withFeatures<T extends object>(base: T, locale: Locale): T {
  return Object.assign({}, base, ...FEATURE_MESSAGES.map((m) => m[locale])) as T;
}
const STORAGE_KEY = 'cadre.locale';

export function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': withFeatures(zhCN, 'zh-CN'),
    en: withFeatures(en, 'en'),
  },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
