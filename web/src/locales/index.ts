import { createI18n } from 'vue-i18n';
import dashboardI18n from '../features/dashboard/dashboard.i18n';
import campaignI18n from '../features/campaign/campaign.i18n';
import meetingsI18n from '../features/campaign/meetings.i18n';
import lectureAdminI18n from '../features/lecture-admin/lecture-admin.i18n';
import lecturesI18n from '../features/lectures/lectures.i18n';
import studiesI18n from '../features/studies/studies.i18n';
import notificationsI18n from '../features/notifications/notifications.i18n';
import reportsI18n from '../features/reports/reports.i18n';
import classesI18n from '../features/classes/classes.i18n';
import talentI18n from '../features/talent/talent.i18n';
import supervisionI18n from '../features/supervision/supervision.i18n';
import casesI18n from '../features/cases/cases.i18n';
import publicityI18n from '../features/publicity/publicity.i18n';
import researchI18n from '../features/research/research.i18n';
import shortfallsI18n from '../features/requirements/requirements.i18n';
import settlementI18n from '../features/requirements/settlement.i18n';
import certificatesI18n from '../features/certificates/certificates.i18n';
import en from './en';
import zhCN from './zh-CN';

/** Features with many strings keep them beside their code, each under its own top-level key. */
const FEATURE_MESSAGES = [dashboardI18n, lecturesI18n, lectureAdminI18n, studiesI18n, campaignI18n, meetingsI18n, notificationsI18n, reportsI18n, classesI18n, talentI18n, supervisionI18n, casesI18n, publicityI18n, researchI18n, shortfallsI18n, settlementI18n, certificatesI18n];

export type Locale = 'zh-CN' | 'en';

/**
 * Audit action names are dotted (`auth.login`) and vue-i18n reads a dot in a key as a path, so `enums.auditAction.auth.login`
 * found nothing and the page showed the key. The flat map (readable, and checked against AUDIT_ACTIONS) is nested here:
 * `{ auth: { login: '登录' } }`. Every action has exactly two parts, so no name is both a label and a group.
 */
export function nestDotted(flat: Record<string, string>): Record<string, unknown> {
  const tree: Record<string, Record<string, string>> = {};
  for (const [key, label] of Object.entries(flat)) {
    const [group, name, ...rest] = key.split('.');
    if (!group || !name || rest.length > 0) throw new Error(`An audit action is group.name: ${key}`);
    (tree[group] ??= {})[name] = label;
  }
  return tree;
}

function withFeatures<T extends object>(base: T, locale: Locale): T {
  const merged = Object.assign({}, base, ...FEATURE_MESSAGES.map((m) => m[locale])) as T & { enums: { auditAction: Record<string, string> } };
  return { ...merged, enums: { ...merged.enums, auditAction: nestDotted(merged.enums.auditAction) } } as T;
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
