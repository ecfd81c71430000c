import { FINDING_CATEGORY_LABELS, INSPECTION_KIND_LABELS, type FindingCategory, type InspectionKind } from '@cadre/shared';
import type { SupervisionFiguresDto } from '../supervision/dto/supervision.dto';
import type { ReportFigureDto, ReportSectionDto } from './dto/progress-report.dto';

const qs = (params: Record<string, string | undefined>) => new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();
const fig = (key: string, label: string, value: number | null, unit: string, link: string | null): ReportFigureDto => ({ key, label, value, unit, link });

/**
 * The report's 督导检查 section (key `supervision`): inspections by kind, units covered, findings by category, the
 * rectification rate and overdue items, the public notices published, the cases published (by kind), from the supervision figures of the unit and period. Kept apart from the
 * report service so that sections added at the same time merge without touching each other.
 */
export function supervisionSection(f: SupervisionFiguresDto, from: string, to: string, cases: { goodPractice: number; warning: number }): ReportSectionDto {
  const period = { unitId: f.unit.id, from, to };
  const r = f.rectifications;
  const closed = r.closedOnTime + r.closedLate;
  const rate = r.total > 0 ? Math.round((closed / r.total) * 1000) / 10 : null;
  const kinds = f.inspectionsByKind.filter((k) => k.count > 0).map((k) => `${INSPECTION_KIND_LABELS[k.key as InspectionKind]}${k.count}次`);
  const categories = f.findingsByCategory.filter((c) => c.count > 0).map((c) => `${FINDING_CATEGORY_LABELS[c.key as FindingCategory]}${c.count}个`);
  const text =
    f.inspections > 0
      ? `本期开展督导检查${f.inspections}次（${kinds.join('、')}），覆盖${f.unitsCovered}个单位，发现问题${f.findings}个` +
        (categories.length ? `（${categories.join('、')}）` : '') +
        `。交办整改${r.total}项，已销号${closed}项（按期${r.closedOnTime}项、逾期销号${r.closedLate}项）` +
        (rate !== null ? `，整改完成率${rate}%` : '') +
        (r.overdue > 0 ? `；${r.overdue}项已超过整改期限尚未销号，已督促责任单位限期整改。` : '。') +
        (f.noticesPublished > 0 ? `公开通报${f.noticesPublished}期。` : '本期未发布公开通报。')
      : f.noticesPublished > 0
        ? `本期未开展督导检查，公开通报${f.noticesPublished}期。`
        : '本期未开展督导检查，未发布公开通报。';
  const casesAdded = cases.goodPractice + cases.warning;
  const casesText =
    casesAdded > 0
      ? `新增发布典型案例${casesAdded}个（正面典型${cases.goodPractice}个、反面警示${cases.warning}个），用于警示教育和学习研讨。`
      : '本期未新增发布典型案例。';
  const casesLink = (kind?: string) => `/cases?${qs({ kind, unitId: f.unit.id, publishedFrom: from, publishedTo: to })}`;
  return {
    key: 'supervision',
    title: '督导检查和问题整改',
    text: `${text}${casesText}`,
    figures: [
      fig('inspections', '督导检查', f.inspections, '次', `/supervision/figures?${qs(period)}`),
      ...f.inspectionsByKind.map((k) => fig(`kind_${k.key}`, INSPECTION_KIND_LABELS[k.key as InspectionKind], k.count, '次', `/supervision?${qs({ kind: k.key })}`)),
      fig('unitsCovered', '覆盖单位', f.unitsCovered, '个', `/supervision/figures?${qs(period)}`),
      fig('findings', '发现问题', f.findings, '个', `/supervision/figures?${qs(period)}`),
      fig('rectifications', '交办整改', r.total, '项', `/supervision/rectifications?${qs({ unitId: f.unit.id })}`),
      fig('closed', '已销号', closed, '项', `/supervision/rectifications?${qs({ status: 'closed', unitId: f.unit.id })}`),
      fig('rectificationRate', '整改完成率', rate, '%', `/supervision/rectifications?${qs({ unitId: f.unit.id })}`),
      fig('overdue', '逾期未销号', r.overdue, '项', `/supervision/rectifications?${qs({ overdue: '1', unitId: f.unit.id })}`),
      fig('noticesPublished', '公开通报', f.noticesPublished, '期', `/supervision/notices?${qs(period)}`),
      fig('casesAdded', '新增典型案例', casesAdded, '个', casesLink()),
      fig('cases_good_practice', '正面典型', cases.goodPractice, '个', casesLink('good_practice')),
      fig('cases_warning', '反面警示', cases.warning, '个', casesLink('warning')),
    ],
    table: {
      columns: ['问题类别', '问题（个）'],
      rows: f.findingsByCategory.map((c) => ({ cells: [FINDING_CATEGORY_LABELS[c.key as FindingCategory], c.count], link: `/supervision/figures?${qs(period)}` })),
    },
  };
}
