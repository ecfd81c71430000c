import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  ageBandOf,
  CommonError,
  EVALUATION_GRADE_LABELS,
  GENDER_LABELS,
  GENDERS,
  LEDGER_SOURCES,
  maskIdNumber,
  maskPhone,
  RANK_LABELS,
  TALENT_STATUS_LABELS,
  TALENT_STATUSES,
  TALENT_TRACK_LABELS,
  TALENT_TRACKS,
  type AssignableCadreGroup,
  type EvaluationGrade,
  type Gender,
  type Rank,
} from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { AppException } from '../../common/errors/app-exception';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { currentYear, minuteInShanghai, todayInShanghai } from '../../common/time';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AppConfig } from '../../config/app-config';
import { ArchiveService } from '../archive/archive.service';
import { AuditService } from '../audit/audit.service';
import { keyGroupsOf } from '../users/key-groups';
import type { CountDto, HoursByYearDto, PostHistoryDto, TalentFilterDto, TalentOverviewDto, TalentProfileDto } from './dto/talent.dto';
import { TalentPoolService } from './talent-pool.service';
import { AWAY_NOW, ENTRY_FROM, ENTRY_JOINS, ENTRY_ORDER, ENTRY_SELECT, entryWhere, OVERDUE_RETURN, toSummary } from './talent-sql';

type Row = Record<string, unknown>;

/**
 * Reading the pool as a whole and one member in full: the profile (every view audited, watermarked with the viewer and
 * the time), the overview's structure figures, and the Excel export (audited, masked unless asked otherwise).
 */
@Injectable()
export class TalentProfileService {
  private readonly cipher: FieldCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pool: TalentPoolService,
    private readonly archive: ArchiveService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.encryptionKey);
  }

  async profile(user: AuthUser, id: string, year: number | undefined, origin: RequestOrigin): Promise<TalentProfileDto> {
    const entry = await this.pool.entry(user, id);
    const y = year ?? currentYear();
    const [[person], hours, archive, speeches] = await Promise.all([
      this.db.query(
        `SELECT u.id, u.name, u.gender, u.birth_date, u.ethnicity, u.political_status, u.education, u.rank, u.position, u.appointment_date,
                u.phone, u.id_number_enc, u.key_groups, ou.name AS unit_name, ou.path AS unit_path,
                date_part('year', age($2::date, u.birth_date))::int AS age
           FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1`,
        [entry.userId, todayInShanghai()],
      ) as Promise<Row[]>,
      this.db.query(`SELECT year, source, sum(hours) AS hours FROM ledger_entries WHERE user_id = $1 GROUP BY year, source ORDER BY year DESC`, [entry.userId]) as Promise<
        { year: number; source: string; hours: string }[]
      >,
      this.archive.forCadre(entry.userId, y),
      this.db.query(
        `SELECT r.id AS "recordId", r.title, r.held_on AS "heldOn", sp.summary
           FROM study_record_speeches sp JOIN study_records r ON r.id = sp.record_id
          WHERE sp.speaker_id = $1 AND r.status = 'submitted' AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)
          ORDER BY r.held_on DESC, sp.position`,
        [entry.userId, y],
      ) as Promise<TalentProfileDto['speeches']>,
    ]);
    const p = person!;
    const hoursByYear = new Map<number, HoursByYearDto>();
    for (const h of hours) {
      const row = hoursByYear.get(h.year) ?? { year: h.year, total: 0, bySource: Object.fromEntries(LEDGER_SOURCES.map((s) => [s, 0])) };
      row.bySource[h.source] = Number(h.hours);
      row.total = Math.round((row.total + Number(h.hours)) * 10) / 10;
      hoursByYear.set(h.year, row);
    }
    const posts: PostHistoryDto[] = [];
    if (entry.newPost) posts.push({ post: entry.newPost, unitName: '', fromOn: entry.closedOn, toOn: null, kind: 'promotion' });
    for (const s of entry.secondments) posts.push({ post: s.post, unitName: `${s.hostCity}${s.hostUnit}`, fromOn: s.fromOn, toOn: s.toOn, kind: 'secondment' });
    for (const r of entry.posts) posts.push({ post: r.post, unitName: r.unitName, fromOn: r.fromOn, toOn: r.toOn ?? null, kind: 'recorded' });
    if (p.position) posts.push({ post: p.position as string, unitName: p.unit_name as string, fromOn: (p.appointment_date as string | null) ?? null, toOn: entry.newPost ? entry.closedOn : null, kind: 'current' });
    posts.sort((a, b) => (b.fromOn ?? '').localeCompare(a.fromOn ?? ''));
    const viewedAt = new Date();
    await this.audit.record({
      action: 'talent_pool.profile_viewed',
      actor: user,
      target: { type: 'talent_entry', id },
      unitPath: p.unit_path as string,
      origin,
      details: { userId: entry.userId, name: entry.name, year: y },
    });
    return {
      person: {
        id: p.id as string,
        name: p.name as string,
        gender: p.gender as Gender,
        birthDate: (p.birth_date as string | null) ?? null,
        age: p.age === null ? null : Number(p.age),
        ethnicity: p.ethnicity as string,
        politicalStatus: (p.political_status as string | null) ?? null,
        education: (p.education as string | null) ?? null,
        unitName: p.unit_name as string,
        rank: p.rank as Rank,
        position: (p.position as string | null) ?? null,
        appointmentDate: (p.appointment_date as string | null) ?? null,
        phone: maskPhone(p.phone as string | null),
        idNumber: p.id_number_enc ? maskIdNumber(this.cipher.decrypt(p.id_number_enc as string)) : null,
        keyGroups: keyGroupsOf({ keyGroups: (p.key_groups as AssignableCadreGroup[]) ?? [], appointmentDate: (p.appointment_date as string | null) ?? null }, this.config.newLeaderMonths),
      },
      entry,
      posts,
      hoursByYear: [...hoursByYear.values()],
      archive,
      speeches,
      watermark: { viewerName: user.name, viewerUsername: user.username, viewedAt: minuteInShanghai(viewedAt) },
    };
  }

  /** Structure of the filtered pool (in the pool unless a status is asked for), active secondments, overdue milestones. */
  async overview(user: AuthUser, filter: TalentFilterDto): Promise<TalentOverviewDto> {
    const today = todayInShanghai();
    const parent = await scopedUnit(this.db, user, filter.unitId);
    const effective = { ...filter, status: filter.status ?? 'in_pool' };
    const { clause, params } = entryWhere(user, effective, today);
    const all = entryWhere(user, effective, today, { ignoreStatus: true });
    const secondmentsWhere = (cond: string, order: string) =>
      this.db.query(
        `SELECT s.id, s.entry_id AS "entryId", u.name, ou.name AS "unitName", s.host_city AS "hostCity", s.host_unit AS "hostUnit", s.post,
                s.from_on AS "fromOn", s.to_on AS "toOn", s.state, s.report
           FROM talent_secondments s JOIN talent_entries e ON e.id = s.entry_id ${ENTRY_JOINS} ${clause} AND ${cond}
          ORDER BY ${order}`,
        params,
      ) as Promise<TalentOverviewDto['activeSecondments']>;
    const [rows, statusRows, children, secondments, overdueReturns, milestones] = await Promise.all([
      this.db.query(`SELECT e.id, u.gender, e.track, ou.path, date_part('year', age($1::date, u.birth_date))::int AS age ${ENTRY_FROM} ${clause}`, params) as Promise<
        { id: string; gender: string; track: string | null; path: string; age: number | null }[]
      >,
      this.db.query(`SELECT e.status, count(*)::int AS n ${ENTRY_FROM} ${all.clause} GROUP BY e.status`, all.params) as Promise<{ status: string; n: number }[]>,
      this.db.query(`SELECT id, name, path FROM org_units WHERE parent_id = $1 AND retired_at IS NULL ORDER BY sort_order, name`, [parent.id]) as Promise<
        { id: string; name: string; path: string }[]
      >,
      secondmentsWhere(AWAY_NOW('s', '$1::date'), 's.from_on'),
      secondmentsWhere(OVERDUE_RETURN('s', '$1::date'), 's.to_on, u.name'),
      this.db.query(
        `SELECT m.entry_id AS "entryId", u.name, m.title, m.due_on AS "dueOn"
           FROM talent_milestones m JOIN talent_entries e ON e.id = m.entry_id ${ENTRY_JOINS} ${clause}
            AND m.done_on IS NULL AND m.due_on < $1::date
          ORDER BY m.due_on, u.name`,
        params,
      ) as Promise<TalentOverviewDto['overdueMilestones']>,
    ]);
    const count = <K extends string>(keys: readonly K[], labels: Record<K, string>, keyOf: (r: (typeof rows)[number]) => K | null): CountDto[] =>
      keys.map((k) => ({ key: k, label: labels[k], count: rows.filter((r) => keyOf(r) === k).length }));
    const byUnit: CountDto[] = children.map((c) => ({ key: c.id, label: c.name, count: rows.filter((r) => r.path.startsWith(c.path)).length }));
    const own = rows.filter((r) => !children.some((c) => r.path.startsWith(c.path))).length;
    if (own > 0) byUnit.unshift({ key: parent.id, label: `${parent.name}（本级）`, count: own });
    return {
      total: rows.length,
      byAgeBand: count(AGE_BANDS, AGE_BAND_LABELS, (r) => (r.age === null ? null : ageBandOf(r.age))),
      byGender: count(GENDERS, GENDER_LABELS, (r) => r.gender as Gender),
      byTrack: count(TALENT_TRACKS, TALENT_TRACK_LABELS, (r) => r.track as (typeof TALENT_TRACKS)[number] | null),
      byStatus: TALENT_STATUSES.map((s) => ({ key: s, label: TALENT_STATUS_LABELS[s], count: statusRows.find((r) => r.status === s)?.n ?? 0 })),
      // Units without members would only lengthen the chart and its table.
      byUnit: byUnit.filter((u) => u.count > 0).sort((a, b) => b.count - a.count),
      activeSecondments: secondments,
      overdueReturns,
      overdueMilestones: milestones,
    };
  }

  /** The filtered pool as a workbook, watermarked with the exporter and the time; audited, masked unless `unmasked`. */
  async export(user: AuthUser, filter: TalentFilterDto, unmasked: boolean, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    if (!hasRole(user, 'org_admin')) throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the organisation department exports the pool');
    const scope = await scopedUnit(this.db, user, filter.unitId);
    const today = todayInShanghai();
    const { clause, params } = entryWhere(user, filter, today);
    const rows = (await this.db.query(
      `SELECT ${ENTRY_SELECT}, (SELECT json_agg(json_build_object('year', ev.year, 'grade', ev.grade) ORDER BY ev.year DESC) FROM talent_evaluations ev WHERE ev.entry_id = e.id) AS grades
         ${ENTRY_FROM} ${clause} ${ENTRY_ORDER}`,
      params,
    )) as Row[];
    const stamp = `${user.name}（${user.username}） ${minuteInShanghai(new Date())}`;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('优秀年轻干部培养库', {
      headerFooter: { oddHeader: `&L内部资料 注意保密&R导出人：${stamp}`, oddFooter: `&L导出人：${stamp}&R第 &P 页 共 &N 页` },
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    ws.addRow([`导出人：${stamp}  内部资料，注意保密，仅供组织人事工作使用`]).font = { italic: true, color: { argb: 'FF999999' } };
    ws.addRow(['姓名', '性别', '年龄', '单位', '职务', '职级', '手机号', '身份证号', '状态', '培养方向', '结对导师', '挂职', '逾期节点', '年度考核', '推荐理由', '推荐人']).font = { bold: true };
    for (const r of rows) {
      const s = toSummary(r);
      const idNumber = r.id_number_enc ? this.cipher.decrypt(r.id_number_enc as string) : null;
      const grades = ((r.grades as { year: number; grade: EvaluationGrade }[] | null) ?? []).map((g) => `${g.year}年${EVALUATION_GRADE_LABELS[g.grade]}`).join('；');
      ws.addRow([
        s.name,
        GENDER_LABELS[s.gender],
        s.age ?? '',
        s.unitName,
        s.position ?? '',
        RANK_LABELS[s.rank],
        (unmasked ? (r.phone as string | null) : s.phone) ?? '',
        (unmasked ? idNumber : maskIdNumber(idNumber)) ?? '',
        TALENT_STATUS_LABELS[s.status],
        s.track ? TALENT_TRACK_LABELS[s.track] : '',
        s.mentorName ?? '',
        s.awayIn ? `挂职中（${s.awayIn}）` : '',
        s.overdueMilestones,
        grades,
        s.reasons,
        s.nominatedByName,
      ]);
    }
    ws.columns.forEach((c, i) => (c.width = [14, 6, 6, 24, 20, 14, 14, 22, 10, 10, 12, 18, 10, 24, 40, 12][i] ?? 14));
    await this.audit.record({
      action: unmasked ? 'talent_pool.exported_unmasked' : 'talent_pool.exported',
      actor: user,
      target: { type: 'org_unit', id: scope.id },
      unitPath: scope.path,
      origin,
      details: { rows: rows.length, unmasked, filter: { ...filter } },
    });
    return { buffer: await safeWorkbookBuffer(wb), filename: `${scope.name}-优秀年轻干部培养库-${today}.xlsx` };
  }
}
