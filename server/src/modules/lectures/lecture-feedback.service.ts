import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LectureError } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isPathInScope } from '../../common/scope/scope';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import type { FeedbackInputDto, FeedbackReceiptDto, FeedbackSummaryDto, PublicLectureSessionDto } from './dto/lecture.dto';
import { addressHash, deviceHash, feedbackKey, issueDeviceToken, newDeviceId, readDeviceToken } from './feedback-device';
import { LectureFeedback } from './lecture-session.entity';
import { LectureSessionsService } from './lecture-sessions.service';

/**
 * Audience feedback: anyone with the link (or the printed QR code) rates a verified session; an unverified or unknown
 * session is a 404. Loading the page issues a signed device token; a rating needs a fresh one, counts once per device
 * and session, and at most `feedbackPerAddress` times per address and session. Ratings that arrive in a burst from one
 * address are marked for admins. Comments stay hidden until an admin of the host unit approves them.
 */
@Injectable()
export class LectureFeedbackService {
  private readonly deviceKey: Buffer;
  private readonly addressKey: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: LectureSessionsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.deviceKey = feedbackKey(config.jwtSecret, 'device');
    this.addressKey = feedbackKey(config.jwtSecret, 'address');
  }

  /**
   * What the public page shows, and the device token to set: the device of a token this server signed (however old)
   * keeps its id with a fresh issue time, so reloading never turns one phone into a new device; anything else gets a
   * new device id.
   */
  async publicView(id: string, token: string | undefined): Promise<{ view: PublicLectureSessionDto; token: string }> {
    const row = await this.sessions.row(id);
    if (!row || row.status !== 'verified') throw notFound('Lecture session');
    const s = this.sessions.toSummary(row);
    const now = Date.now();
    const known = readDeviceToken(this.deviceKey, token, now);
    const deviceId = known?.deviceId ?? newDeviceId();
    const already = known
      ? (await this.db.getRepository(LectureFeedback).countBy({ sessionId: id, deviceHash: deviceHash(known.deviceId) })) > 0
      : false;
    const view = {
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
    return { view, token: issueDeviceToken(this.deviceKey, deviceId, now) };
  }

  async give(id: string, dto: FeedbackInputDto, token: string | undefined, address: string): Promise<FeedbackReceiptDto> {
    // The token first: a request that never loaded the page costs no database work.
    const device = readDeviceToken(this.deviceKey, token, Date.now());
    if (!device) {
      throw new AppException(HttpStatus.BAD_REQUEST, LectureError.FeedbackTokenInvalid, 'Load the feedback page first: this request has no device token the server issued');
    }
    if (device.expired) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LectureError.FeedbackTokenExpired, 'The feedback page has been open too long: reload it and rate again');
    }
    const [session] = (await this.db.query(`SELECT status FROM lecture_sessions WHERE id = $1`, [id])) as { status: string }[];
    if (!session || session.status !== 'verified') throw notFound('Lecture session');
    const comment = dto.comment?.trim() ? dto.comment.trim() : null;
    const fromAddress = addressHash(this.addressKey, address);
    const { feedbackPerAddress: cap, feedbackBurstSize: burstSize, feedbackBurstMinutes: burstMinutes } = this.config;
    await this.db.transaction(async (tx) => {
      // One address and session at a time, so parallel posts can neither pass the cap together nor miss a burst.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('lecture-feedback:' || $1::text || ':' || $2::text))`, [id, fromAddress]);
      const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM lecture_feedback WHERE session_id = $1 AND address_hash = $2`, [id, fromAddress])) as [
        { n: number },
      ];
      if (n >= cap) {
        throw new AppException(HttpStatus.TOO_MANY_REQUESTS, LectureError.FeedbackAddressLimit, `This address has already given ${cap} ratings to this session`);
      }
      // The unique index (session, device) decides a race between two posts of one device: the loser inserts nothing.
      const inserted = (await tx.query(
        `INSERT INTO lecture_feedback (session_id, rating, comment, comment_status, device_hash, address_hash) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (session_id, device_hash) DO NOTHING RETURNING id`,
        [id, dto.rating, comment, comment ? 'pending' : null, deviceHash(device.deviceId), fromAddress],
      )) as { id: string }[];
      if (inserted.length === 0) {
        throw new AppException(HttpStatus.CONFLICT, LectureError.FeedbackExists, 'This device has already rated this session');
      }
      // More than `burstSize` from this address within the window, this rating included: every one of them is marked,
      // not only those after the threshold.
      await tx.query(
        `WITH recent AS (
           SELECT id, burst FROM lecture_feedback
            WHERE session_id = $1 AND address_hash = $2 AND created_at > now() - make_interval(mins => $3::int))
         UPDATE lecture_feedback f SET burst = true FROM recent
          WHERE f.id = recent.id AND NOT recent.burst AND (SELECT count(*) FROM recent) > $4::int`,
        [id, fromAddress, burstMinutes, burstSize],
      );
    });
    return { received: true, commentPending: comment !== null };
  }

  /** Counts and approved comments for anyone who can see the session; every comment for a moderator. */
  async summary(user: AuthUser, id: string): Promise<FeedbackSummaryDto> {
    const row = await this.sessions.row(id);
    if (!row || !this.sessions.canSee(user, row)) throw notFound('Lecture session');
    const moderator = this.sessions.isHostAdmin(user, row);
    // Bursts are the admins' reading of the ratings (a hall's shared network, or someone skewing them), not the lecturer's.
    const admin = hasRole(user, 'org_admin', 'unit_admin') && (isPathInScope(row.host_unit_path as string, user) || isPathInScope(row.team_unit_path as string, user));
    const [stats] = (await this.db.query(
      `SELECT count(*)::int AS count, round(avg(rating), 1) AS average,
              array[count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3),
                    count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)]::int[] AS distribution,
              count(*) FILTER (WHERE burst)::int AS burst_count, round(avg(rating) FILTER (WHERE NOT burst), 1) AS average_without_burst
         FROM lecture_feedback WHERE session_id = $1`,
      [id],
    )) as [{ count: number; average: string | null; distribution: number[]; burst_count: number; average_without_burst: string | null }];
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
      burst: admin
        ? {
            count: stats.burst_count,
            averageWithout: stats.average_without_burst === null ? null : Number(stats.average_without_burst),
            size: this.config.feedbackBurstSize,
            minutes: this.config.feedbackBurstMinutes,
          }
        : null,
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
