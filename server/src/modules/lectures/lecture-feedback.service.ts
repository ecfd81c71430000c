import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LectureError } from '@cadre/shared';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { AuditService } from '../audit/audit.service';
import type { FeedbackInputDto, FeedbackReceiptDto, FeedbackSummaryDto, PublicLectureSessionDto } from './dto/lecture.dto';
import { LectureFeedback } from './lecture-session.entity';
import { LectureSessionsService } from './lecture-sessions.service';

const deviceHash = (device: string) => createHash('sha256').update(`lecture-feedback:${device}`).digest('hex');

/**
 * Audience feedback: anyone with the link (or the printed QR code) rates a verified session once per device; an
 * unverified or unknown session is a 404. Comments stay hidden until an admin of the host unit approves them.
 */
@Injectable()
export class LectureFeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: LectureSessionsService,
    private readonly audit: AuditService,
  ) {}

  async publicView(id: string, device: string | undefined): Promise<PublicLectureSessionDto> {
    const row = await this.sessions.row(id);
    if (!row || row.status !== 'verified') throw notFound('Lecture session');
    const s = this.sessions.toSummary(row);
    const already = device
      ? (await this.db.getRepository(LectureFeedback).countBy({ sessionId: id, deviceHash: deviceHash(device) })) > 0
      : false;
    return {
      id: s.id,
      title: s.title,
      topicName: s.topicName,
      teamName: s.teamName,
      startedAt: s.startedAt,
      hostUnitName: s.hostUnitName,
      venue: s.venue,
      lecturerNames: s.lecturers.map((l) => l.name),
      alreadyRated: already,
    };
  }

  async give(id: string, dto: FeedbackInputDto, device: string): Promise<FeedbackReceiptDto> {
    const [session] = (await this.db.query(`SELECT status FROM lecture_sessions WHERE id = $1`, [id])) as { status: string }[];
    if (!session || session.status !== 'verified') throw notFound('Lecture session');
    const comment = dto.comment?.trim() ? dto.comment.trim() : null;
    const inserted = (await this.db.query(
      `INSERT INTO lecture_feedback (session_id, rating, comment, comment_status, device_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (session_id, device_hash) DO NOTHING RETURNING id`,
      [id, dto.rating, comment, comment ? 'pending' : null, deviceHash(device)],
    )) as { id: string }[];
    if (inserted.length === 0) {
      throw new AppException(HttpStatus.CONFLICT, LectureError.FeedbackExists, 'This device has already rated this session');
    }
    return { received: true, commentPending: comment !== null };
  }

  /** Counts and approved comments for anyone who can see the session; every comment for a moderator. */
  async summary(user: AuthUser, id: string): Promise<FeedbackSummaryDto> {
    const row = await this.sessions.row(id);
    if (!row || !this.sessions.canSee(user, row)) throw notFound('Lecture session');
    const moderator = this.sessions.isHostAdmin(user, row);
    const [stats] = (await this.db.query(
      `SELECT count(*)::int AS count, round(avg(rating), 1) AS average,
              array[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3),
                    count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)]::int[] AS distribution
         FROM lecture_feedback WHERE session_id = $1`,
      [id],
    )) as [{ count: number; average: string | null; distribution: number[] }];
    const comments = (await this.db.query(
      `SELECT id, rating, comment, comment_status AS status, created_at AS "createdAt" FROM lecture_feedback
        WHERE session_id = $1 AND comment IS NOT NULL AND ($2::boolean OR comment_status = 'approved')
        ORDER BY (comment_status = 'pending') DESC, created_at DESC LIMIT 200`,
      [id, moderator],
    )) as { id: string; rating: number; comment: string; status: 'pending' | 'approved' | 'rejected'; createdAt: Date }[];
    return {
      count: stats.count,
      average: stats.average === null ? null : Number(stats.average),
      distribution: stats.distribution,
      comments: comments.map((c) => ({ ...c, createdAt: new Date(c.createdAt).toISOString() })),
    };
  }

  async moderate(user: AuthUser, feedbackId: string, status: 'approved' | 'rejected', origin: RequestOrigin): Promise<void> {
    const feedback = await this.db.getRepository(LectureFeedback).findOneBy({ id: feedbackId });
    const row = feedback ? await this.sessions.row(feedback.sessionId) : undefined;
    if (!feedback || !row || !this.sessions.isHostAdmin(user, row) || feedback.comment === null) throw notFound('Feedback');
    await this.db.transaction(async (tx) => {
      await tx.getRepository(LectureFeedback).update({ id: feedbackId }, { commentStatus: status, moderatedById: user.id });
      await this.audit.record(
        {
          action: 'lecture_feedback.moderated',
          actor: user,
          target: { type: 'lecture_feedback', id: feedbackId },
          unitPath: row.host_unit_path as string,
          origin,
          details: { sessionId: feedback.sessionId, status, was: feedback.commentStatus },
        },
        tx,
      );
    });
  }
}
