import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Rank } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/app-exception';
import { isPathInScope } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import type { ArchiveDto, ArchiveLectureDto, ArchiveStudyDto } from '../courses/dto/my-learning.dto';
import { ClassClosingService } from '../classes/class-closing.service';
import { LedgerService } from '../learning/ledger.service';
import { PlansService } from '../learning/plans.service';
import { keyGroupsOf } from '../users/key-groups';
import { User } from '../users/user.entity';

/**
 * The learning archive (学习档案): one cadre's year, hours against the plan's target by source, and the records behind
 * them. It reads across the capabilities, which is why it lives on the top floor.
 */
@Injectable()
export class ArchiveService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly plans: PlansService,
    private readonly config: AppConfig,
    private readonly classes: ClassClosingService,
  ) {}

  async forCadre(userId: string, year = Number(todayInShanghai().slice(0, 4))): Promise<ArchiveDto> {
    const cadre = await this.db.getRepository(User).findOne({ where: { id: userId }, relations: { unit: true } });
    if (!cadre) throw notFound('Cadre');
    const [hours, target, entries, years, courses, quizzes, lectures, studies, classes] = await Promise.all([
      this.ledger.hours(userId, year),
      this.plans.targetFor({ keyGroups: keyGroupsOf(cadre, this.config.newLeaderMonths), rank: cadre.rank as Rank }, year),
      this.ledger.entries(userId, year),
      this.ledger.years(userId),
      this.db.query(
        `SELECT e.course_id AS "courseId", c.title, cat.name AS "categoryName", c.credit_hours AS "creditHours", e.required,
                e.completed_at AS "completedAt"
           FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN course_categories cat ON cat.id = c.category_id
          WHERE e.user_id = $1 AND e.status = 'completed'
            AND e.completed_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai')
            AND e.completed_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          ORDER BY e.completed_at DESC`,
        [userId, year],
      ) as Promise<{ courseId: string; title: string; categoryName: string; creditHours: string; required: boolean; completedAt: Date }[]>,
      this.db.query(
        `SELECT a.quiz_id AS "quizId", q.title, c.title AS "courseTitle", count(*)::int AS attempts, max(a.score) AS "bestScore",
                max(a.max_score) AS "maxScore", bool_or(a.passed) AS passed, max(a.submitted_at) AS "lastSubmittedAt"
           FROM attempts a JOIN quizzes q ON q.id = a.quiz_id LEFT JOIN courses c ON c.id = q.course_id
          WHERE a.user_id = $1 AND a.status = 'submitted'
            AND a.submitted_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai')
            AND a.submitted_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          GROUP BY a.quiz_id, q.title, c.title
          ORDER BY max(a.submitted_at) DESC`,
        [userId, year],
      ) as Promise<{ quizId: string; title: string; courseTitle: string | null; attempts: number; bestScore: string; maxScore: string; passed: boolean; lastSubmittedAt: Date }[]>,
      this.db.query(
        `SELECT s.id AS "sessionId", s.title, tp.name AS "topicName", t.name AS "teamName", s.started_at AS "startedAt", hu.name AS "hostUnitName",
                s.format, s.audience_size AS "audienceSize", coalesce(s.credited_hours, 0) AS hours,
                (SELECT count(*)::int FROM lecture_feedback f WHERE f.session_id = s.id) AS "feedbackCount",
                (SELECT round(avg(f.rating), 1) FROM lecture_feedback f WHERE f.session_id = s.id) AS "averageRating"
           FROM lecture_session_lecturers l JOIN lecture_sessions s ON s.id = l.session_id
           JOIN lecture_topics tp ON tp.id = s.topic_id JOIN lecture_teams t ON t.id = s.team_id JOIN org_units hu ON hu.id = s.host_unit_id
          WHERE l.user_id = $1 AND s.status = 'verified'
            AND s.started_at >= make_timestamptz($2, 1, 1, 0, 0, 0, 'Asia/Shanghai')
            AND s.started_at < make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          ORDER BY s.started_at DESC`,
        [userId, year],
      ) as Promise<(Omit<ArchiveLectureDto, 'startedAt' | 'hours' | 'averageRating'> & { startedAt: Date; hours: string; averageRating: string | null })[]>,
      this.db.query(
        `SELECT r.id AS "recordId", r.type, r.title, r.held_on AS "heldOn", ou.name AS "unitName", p.present, p.absence_reason AS "absenceReason",
                EXISTS (SELECT 1 FROM study_record_speeches sp WHERE sp.record_id = r.id AND sp.speaker_id = $1) AS spoke,
                CASE WHEN p.present THEN coalesce(r.credited_hours, 0) ELSE 0 END AS hours
           FROM study_record_people p JOIN study_records r ON r.id = p.record_id JOIN org_units ou ON ou.id = r.unit_id
          WHERE p.user_id = $1 AND r.status = 'submitted' AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)
          ORDER BY r.held_on DESC`,
        [userId, year],
      ) as Promise<(Omit<ArchiveStudyDto, 'hours'> & { hours: string })[]>,
      this.classes.archive(userId, year),
    ]);
    return {
      year,
      name: cadre.name,
      unitName: cadre.unit?.name ?? '',
      targetHours: target,
      earnedHours: hours.total,
      bySource: hours.bySource,
      courses: courses.map((c) => ({ ...c, creditHours: Number(c.creditHours), completedAt: new Date(c.completedAt).toISOString() })),
      quizzes: quizzes.map((q) => ({
        ...q,
        bestScore: Number(q.bestScore),
        maxScore: Number(q.maxScore),
        passed: q.passed === true,
        lastSubmittedAt: new Date(q.lastSubmittedAt).toISOString(),
      })),
      lectures: lectures.map((l) => ({
        ...l,
        startedAt: new Date(l.startedAt).toISOString(),
        hours: Number(l.hours),
        averageRating: l.averageRating === null ? null : Number(l.averageRating),
      })),
      studies: studies.map((s) => ({ ...s, hours: Number(s.hours) })),
      classes,
      entries: entries.map((e) => ({
        id: e.id,
        hours: Number(e.hours),
        cutHours: Number(e.cutHours),
        cutReason: e.cutReason,
        source: e.source,
        description: e.description,
        earnedAt: new Date(e.earnedAt).toISOString(),
      })),
      years: years.includes(year) ? years : [year, ...years].sort((a, b) => b - a),
    };
  }

  /** An admin reads the archive of a cadre in scope (404 outside it). */
  async forCadreInScope(user: AuthUser, userId: string, year?: number): Promise<ArchiveDto> {
    const [row] = (await this.db.query('SELECT ou.path FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1', [userId])) as { path: string }[];
    if (!row || !isPathInScope(row.path, user)) throw notFound('Cadre');
    return this.forCadre(userId, year);
  }
}
