import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STUDY_RECORD_STATUS_LABELS, STUDY_RECORD_TYPE_LABELS, STUDY_RECORD_TYPES, type StudyRecordStatus, type StudyRecordType } from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { currentYear } from '../../common/time';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AuditService } from '../audit/audit.service';
import type { StudyCountRowDto, StudyStatsDto } from './dto/study-record.dto';

/** Submitted records held in the year under the unit. */
const IN_YEAR = `r.status = 'submitted' AND r.unit_path LIKE $1 AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)`;
const ATTENDANCES = `(SELECT count(*) FROM study_record_people p WHERE p.record_id = r.id AND p.present)`;

/** Figures over submitted study records: aggregate queries per breakdown. */
@Injectable()
export class StudyStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async stats(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<StudyStatsDto> {
    const t = await this.target(user, unitId, year);
    const args = [`${t.path}%`, t.year];
    const counts = (sql: string, extra: unknown[] = []) => this.db.query(sql, [...args, ...extra]) as Promise<StudyCountRowDto[]>;
    const [[totals], byUnit, byMonth, byType] = await Promise.all([
      this.db.query(
        `SELECT count(*)::int AS records, coalesce(sum(${ATTENDANCES}), 0)::int AS attendances,
                (SELECT count(DISTINCT p.user_id)::int FROM study_record_people p JOIN study_records r ON r.id = p.record_id WHERE p.present AND ${IN_YEAR}) AS reached,
                (SELECT count(*)::int FROM study_record_speeches sp JOIN study_records r ON r.id = sp.record_id WHERE ${IN_YEAR}) AS speeches,
                (SELECT count(*)::int FROM study_records r WHERE r.status = 'draft' AND r.unit_path LIKE $1) AS drafts
           FROM study_records r WHERE ${IN_YEAR}`,
        args,
      ) as Promise<[{ records: number; attendances: number; reached: number; speeches: number; drafts: number }]>,
      counts(
        `SELECT c.id AS key, c.name AS label, count(r.id)::int AS records, coalesce(sum(${ATTENDANCES}), 0)::int AS attendances
           FROM org_units c LEFT JOIN study_records r ON r.unit_path LIKE c.path || '%' AND ${IN_YEAR}
          WHERE c.parent_id = $3 AND c.retired_at IS NULL
          GROUP BY c.id, c.name ORDER BY count(r.id) DESC, c.name`,
        [t.id],
      ),
      counts(
        `SELECT m::text AS key, m || '月' AS label, count(r.id)::int AS records, coalesce(sum(${ATTENDANCES}), 0)::int AS attendances
           FROM generate_series(1, 12) m LEFT JOIN study_records r ON extract(month FROM r.held_on) = m AND ${IN_YEAR}
          GROUP BY m ORDER BY m`,
      ),
      counts(`SELECT r.type AS key, r.type AS label, count(*)::int AS records, sum(${ATTENDANCES})::int AS attendances FROM study_records r WHERE ${IN_YEAR} GROUP BY r.type`),
    ]);
    const types = new Map(byType.map((r) => [r.key, r]));
    return {
      year: t.year,
      unitId: t.id,
      unitName: t.name,
      records: totals.records,
      attendances: totals.attendances,
      cadresReached: totals.reached,
      speeches: totals.speeches,
      drafts: totals.drafts,
      byUnit,
      byMonth,
      byType: STUDY_RECORD_TYPES.map((k) => ({ key: k, label: STUDY_RECORD_TYPE_LABELS[k], records: types.get(k)?.records ?? 0, attendances: types.get(k)?.attendances ?? 0 })),
    };
  }

  async export(user: AuthUser, unitId: string | undefined, year: number | undefined, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const t = await this.target(user, unitId, year);
    const [stats, records] = await Promise.all([
      this.stats(user, t.id, t.year),
      this.db.query(
        `SELECT r.held_on, r.type, r.title, r.host_name, r.material_title, r.status, r.credited_hours, ou.name AS unit,
                ${ATTENDANCES}::int AS attendees,
                (SELECT count(*)::int FROM study_record_people p WHERE p.record_id = r.id AND NOT p.present) AS absentees,
                (SELECT count(*)::int FROM study_record_speeches sp WHERE sp.record_id = r.id) AS speeches
           FROM study_records r JOIN org_units ou ON ou.id = r.unit_id
          WHERE r.unit_path LIKE $1 AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)
          ORDER BY r.held_on, ou.name`,
        [`${t.path}%`, t.year],
      ) as Promise<Record<string, unknown>[]>,
    ]);
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('学习研讨记录');
    list.addRow(['日期', '单位', '类型', '主题', '主持人', '学习材料', '出席人数', '缺席人数', '发言人次', '状态', '学时']);
    for (const r of records) {
      list.addRow([
        r.held_on,
        r.unit,
        STUDY_RECORD_TYPE_LABELS[r.type as StudyRecordType],
        r.title,
        r.host_name,
        r.material_title,
        r.attendees,
        r.absentees,
        r.speeches,
        STUDY_RECORD_STATUS_LABELS[r.status as StudyRecordStatus],
        r.credited_hours === null ? '' : Number(r.credited_hours),
      ]);
    }
    const sheet = (name: string, rows: StudyCountRowDto[]) => {
      const ws = wb.addWorksheet(name);
      ws.addRow([name.replace('按', ''), '次数', '参加人次']);
      for (const r of rows) ws.addRow([r.label, r.records, r.attendances]);
      return ws;
    };
    const sheets = [list, sheet('按单位', stats.byUnit), sheet('按月份', stats.byMonth), sheet('按类型', stats.byType)];
    for (const ws of sheets) {
      ws.getRow(1).font = { bold: true };
      ws.columns.forEach((c, i) => (c.width = ws === list && i === 3 ? 40 : 16));
    }
    await this.audit.record({ action: 'study_records.exported', actor: user, unitPath: t.path, origin, details: { year: t.year, unitId: t.id, rows: records.length } });
    return { buffer: await safeWorkbookBuffer(wb), filename: `${t.name}-${t.year}年学习研讨.xlsx` };
  }

  private async target(user: AuthUser, unitId: string | undefined, year: number | undefined) {
    return { ...(await scopedUnit(this.db, user, unitId)), year: year ?? currentYear() };
  }
}
