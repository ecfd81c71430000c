import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AUDIENCE_KIND_LABELS, LECTURE_FORMAT_LABELS, LECTURE_FORMATS, LECTURE_SESSION_STATUS_LABELS, type AudienceKind, type LectureFormat, type LectureSessionStatus } from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { currentYear, minuteInShanghai } from '../../common/time';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AuditService } from '../audit/audit.service';
import type { CountRowDto, CoverageDto, LectureStatsDto, LecturerStatsDto } from './dto/lecture.dto';

/** Verified sessions held in the year under the unit (by the host unit's path). */
const IN_YEAR = `s.status = 'verified' AND s.host_unit_path LIKE $1
  AND s.started_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai') AND s.started_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;

interface Target {
  id: string;
  name: string;
  path: string;
  year: number;
}

/** Figures over verified lecture sessions: one aggregate query per breakdown, never a loop over sessions or units. */
@Injectable()
export class LectureStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async stats(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<LectureStatsDto> {
    const t = await this.target(user, unitId, year);
    const args = [`${t.path}%`, t.year];
    const counts = (sql: string, extra: unknown[] = []) => this.db.query(sql, [...args, ...extra]) as Promise<{ key: string; label: string; sessions: number; audience: number }[]>;
    const [[totals], byUnit, byMonth, byTopic, byFormat, byTeam, lecturers] = await Promise.all([
      this.db.query(
        `SELECT count(*)::int AS sessions, coalesce(sum(s.audience_size), 0)::int AS audience,
                (SELECT count(DISTINCT l.user_id)::int FROM lecture_session_lecturers l JOIN lecture_sessions s ON s.id = l.session_id WHERE ${IN_YEAR}) AS lecturers,
                (SELECT count(*)::int FROM lecture_feedback f JOIN lecture_sessions s ON s.id = f.session_id WHERE ${IN_YEAR}) AS feedback,
                (SELECT round(avg(f.rating), 1) FROM lecture_feedback f JOIN lecture_sessions s ON s.id = f.session_id WHERE ${IN_YEAR}) AS rating,
                (SELECT count(*)::int FROM lecture_sessions s WHERE s.status = 'submitted' AND s.host_unit_path LIKE $1) AS pending
           FROM lecture_sessions s WHERE ${IN_YEAR}`,
        args,
      ) as Promise<[{ sessions: number; audience: number; lecturers: number; feedback: number; rating: string | null; pending: number }]>,
      counts(
        `SELECT c.id AS key, c.name AS label, count(s.id)::int AS sessions, coalesce(sum(s.audience_size), 0)::int AS audience
           FROM org_units c LEFT JOIN lecture_sessions s ON s.host_unit_path LIKE c.path || '%' AND ${IN_YEAR}
          WHERE c.parent_id = $3 AND c.retired_at IS NULL
          GROUP BY c.id, c.name ORDER BY count(s.id) DESC, c.name`,
        [t.id],
      ),
      counts(
        `SELECT m::text AS key, m || '月' AS label, count(s.id)::int AS sessions, coalesce(sum(s.audience_size), 0)::int AS audience
           FROM generate_series(1, 12) m
           LEFT JOIN lecture_sessions s ON extract(month FROM s.started_at AT TIME ZONE 'Asia/Shanghai') = m AND ${IN_YEAR}
          GROUP BY m ORDER BY m`,
      ),
      counts(
        `SELECT tp.id AS key, tp.name AS label, count(*)::int AS sessions, sum(s.audience_size)::int AS audience
           FROM lecture_sessions s JOIN lecture_topics tp ON tp.id = s.topic_id WHERE ${IN_YEAR}
          GROUP BY tp.id, tp.name ORDER BY count(*) DESC, tp.name`,
      ),
      counts(
        `SELECT s.format AS key, s.format AS label, count(*)::int AS sessions, sum(s.audience_size)::int AS audience
           FROM lecture_sessions s WHERE ${IN_YEAR} GROUP BY s.format`,
      ),
      counts(
        `SELECT t.id AS key, t.name AS label, count(*)::int AS sessions, sum(s.audience_size)::int AS audience
           FROM lecture_sessions s JOIN lecture_teams t ON t.id = s.team_id WHERE ${IN_YEAR}
          GROUP BY t.id, t.name ORDER BY count(*) DESC, t.name`,
      ),
      this.db.query(
        `WITH ss AS (SELECT s.id, s.audience_size, s.credited_hours FROM lecture_sessions s WHERE ${IN_YEAR}),
              fb AS (SELECT f.session_id, count(*) AS n, sum(f.rating) AS total FROM lecture_feedback f JOIN ss ON ss.id = f.session_id GROUP BY f.session_id)
         SELECT l.user_id AS "userId", u.name, ou.name AS "unitName", count(*)::int AS sessions, sum(ss.audience_size)::int AS audience,
                coalesce(sum(fb.n), 0)::int AS "feedbackCount", round(sum(fb.total)::numeric / nullif(sum(fb.n), 0), 1) AS "averageRating",
                coalesce(sum(ss.credited_hours), 0) AS hours
           FROM ss JOIN lecture_session_lecturers l ON l.session_id = ss.id LEFT JOIN fb ON fb.session_id = ss.id
           JOIN users u ON u.id = l.user_id JOIN org_units ou ON ou.id = u.unit_id
          GROUP BY l.user_id, u.name, ou.name ORDER BY count(*) DESC, u.name`,
        args,
      ) as Promise<(Omit<LecturerStatsDto, 'averageRating' | 'hours'> & { averageRating: string | null; hours: string })[]>,
    ]);
    const formats = new Map(byFormat.map((r) => [r.key, r]));
    return {
      year: t.year,
      unitId: t.id,
      unitName: t.name,
      sessions: totals.sessions,
      audience: totals.audience,
      lecturersActive: totals.lecturers,
      feedbackCount: totals.feedback,
      averageRating: totals.rating === null ? null : Number(totals.rating),
      pending: totals.pending,
      byUnit,
      byMonth,
      byTopic,
      byFormat: LECTURE_FORMATS.map((f) => ({ key: f, label: LECTURE_FORMAT_LABELS[f], sessions: formats.get(f)?.sessions ?? 0, audience: formats.get(f)?.audience ?? 0 })),
      byTeam,
      lecturers: lecturers.map((l) => ({ ...l, averageRating: l.averageRating === null ? null : Number(l.averageRating), hours: Number(l.hours) })),
    };
  }

  /**
   * Villages and communities under the unit, each with its verified sessions in the year and the research visits
   * (大兴调查研究) made to it in the year: a village is reached when either source reached it; the unreached first.
   * The research visits are read from their table directly (research sits on this floor and reads nothing of lectures'),
   * so this module imports nothing of research.
   */
  async coverage(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<CoverageDto> {
    const t = await this.target(user, unitId, year);
    const rows = (await this.db.query(
      `SELECT * FROM (
         SELECT v.id AS "unitId", v.name, v.kind, coalesce(p.name, '') AS "parentName", count(s.id)::int AS sessions,
                coalesce(sum(s.audience_size), 0)::int AS audience, max(s.started_at) AS "lastHeldAt",
                (SELECT count(*)::int FROM research_visits rv WHERE rv.unit_path LIKE v.path || '%'
                    AND rv.visited_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)) AS "researchVisits",
                (SELECT max(rv.visited_on)::text FROM research_visits rv WHERE rv.unit_path LIKE v.path || '%'
                    AND rv.visited_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)) AS "lastVisitedOn"
           FROM org_units v LEFT JOIN org_units p ON p.id = v.parent_id
           LEFT JOIN lecture_sessions s ON s.host_unit_path LIKE v.path || '%' AND ${IN_YEAR}
          WHERE v.path LIKE $1 AND v.kind IN ('village', 'community') AND v.retired_at IS NULL
          GROUP BY v.id, v.name, v.kind, p.name, v.path
       ) c
       ORDER BY c.sessions > 0 OR c."researchVisits" > 0, c.sessions > 0, c."parentName", c.name`,
      [`${t.path}%`, t.year],
    )) as (Omit<CoverageDto['items'][number], 'sources'> & { lastHeldAt: Date | null })[];
    const items = rows.map((r) => ({
      ...r,
      lastHeldAt: r.lastHeldAt ? new Date(r.lastHeldAt).toISOString() : null,
      sources: [...(r.sessions > 0 ? ['lecture' as const] : []), ...(r.researchVisits > 0 ? ['research' as const] : [])],
    }));
    return {
      year: t.year,
      unitId: t.id,
      unitName: t.name,
      total: items.length,
      covered: items.filter((r) => r.sources.length > 0).length,
      coveredByLectures: items.filter((r) => r.sessions > 0).length,
      coveredByResearchOnly: items.filter((r) => r.sessions === 0 && r.researchVisits > 0).length,
      items,
    };
  }

  /** Every session in the year under the unit (any state), the figures by unit and by lecturer, and the coverage. */
  async export(user: AuthUser, unitId: string | undefined, year: number | undefined, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const t = await this.target(user, unitId, year);
    const [stats, coverage, sessions] = await Promise.all([
      this.stats(user, t.id, t.year),
      this.coverage(user, t.id, t.year),
      this.db.query(
        `SELECT s.title, s.status, s.started_at, s.duration_minutes, s.format, s.audience_size, s.audience_kinds, s.venue, s.credited_hours,
                tm.name AS team, tp.name AS topic, hu.name AS host,
                (SELECT string_agg(u.name, '、' ORDER BY l.position) FROM lecture_session_lecturers l JOIN users u ON u.id = l.user_id WHERE l.session_id = s.id) AS lecturers,
                (SELECT round(avg(f.rating), 1) FROM lecture_feedback f WHERE f.session_id = s.id) AS rating,
                (SELECT count(*)::int FROM lecture_feedback f WHERE f.session_id = s.id) AS ratings
           FROM lecture_sessions s JOIN lecture_teams tm ON tm.id = s.team_id JOIN lecture_topics tp ON tp.id = s.topic_id JOIN org_units hu ON hu.id = s.host_unit_id
          WHERE s.status <> 'draft' AND s.host_unit_path LIKE $1
            AND s.started_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai') AND s.started_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          ORDER BY s.started_at`,
        [`${t.path}%`, t.year],
      ) as Promise<Record<string, unknown>[]>,
    ]);
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('宣讲场次');
    list.addRow(['日期时间', '标题', '主题', '宣讲团', '宣讲人', '宣讲单位', '地点', '形式', '时长（分钟）', '听众人数', '听众类型', '状态', '学时', '评价人数', '平均评分']);
    for (const s of sessions) {
      list.addRow([
        minuteInShanghai(new Date(s.started_at as string)),
        s.title,
        s.topic,
        s.team,
        s.lecturers ?? '',
        s.host,
        s.venue,
        LECTURE_FORMAT_LABELS[s.format as LectureFormat],
        s.duration_minutes,
        s.audience_size,
        (s.audience_kinds as AudienceKind[]).map((k) => AUDIENCE_KIND_LABELS[k]).join('、'),
        LECTURE_SESSION_STATUS_LABELS[s.status as LectureSessionStatus],
        s.credited_hours === null ? '' : Number(s.credited_hours),
        s.ratings,
        s.rating === null ? '' : Number(s.rating),
      ]);
    }
    const sheet = (name: string, rows: CountRowDto[]) => {
      const ws = wb.addWorksheet(name);
      ws.addRow([name.replace('按', ''), '场次', '听众人次']);
      for (const r of rows) ws.addRow([r.label, r.sessions, r.audience]);
      return ws;
    };
    const units = sheet('按单位', stats.byUnit);
    const months = sheet('按月份', stats.byMonth);
    const topics = sheet('按主题', stats.byTopic);
    const formats = sheet('按形式', stats.byFormat);
    const people = wb.addWorksheet('按宣讲人');
    people.addRow(['宣讲人', '单位', '场次', '听众人次', '学时', '评价人数', '平均评分']);
    for (const l of stats.lecturers) people.addRow([l.name, l.unitName, l.sessions, l.audience, l.hours, l.feedbackCount, l.averageRating ?? '']);
    const cover = wb.addWorksheet('村（社区）覆盖');
    cover.addRow(['村（社区）', '所属', '场次', '听众人次', '最近一次', '调研走访（次）', '最近一次走访']);
    for (const c of coverage.items) {
      cover.addRow([c.name, c.parentName, c.sessions, c.audience, c.lastHeldAt ? minuteInShanghai(new Date(c.lastHeldAt)) : c.researchVisits > 0 ? '仅调研走访覆盖' : '未覆盖', c.researchVisits, c.lastVisitedOn ?? '']);
    }
    for (const ws of [list, units, months, topics, formats, people, cover]) {
      ws.getRow(1).font = { bold: true };
      ws.columns.forEach((c, i) => (c.width = ws === list && i === 1 ? 40 : 16));
    }
    await this.audit.record({ action: 'lecture_sessions.exported', actor: user, unitPath: t.path, origin, details: { year: t.year, unitId: t.id, rows: sessions.length } });
    return { buffer: await safeWorkbookBuffer(wb), filename: `${t.name}-${t.year}年理论宣讲.xlsx` };
  }

  private async target(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<Target> {
    return { ...(await scopedUnit(this.db, user, unitId)), year: year ?? currentYear() };
  }
}
