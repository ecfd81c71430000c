import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { pageOf, type Page } from '../../common/pagination/page';
import { isRootScope, scopePrefix } from '../../common/scope/scope';
import { AuditLog, type AuditOutcome } from './audit-log.entity';
import type { AuditLogDto, AuditLogQueryDto } from './dto/audit-log.dto';

/** Every action name the trail uses; one place, so filters in the SPA can list them. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.throttled',
  'auth.logout',
  'auth.password_changed',
  'auth.refresh_replayed',
  'org_unit.created',
  'org_unit.updated',
  'org_unit.moved',
  'org_unit.retired',
  'user.created',
  'user.updated',
  'user.roles_changed',
  'user.password_reset',
  'user.personal_numbers_viewed',
  'user.imported',
  'course.created',
  'course.updated',
  'course.published',
  'course.archived',
  'course.lessons_changed',
  'course.assigned',
  'category.changed',
  'plan.saved',
  'requirements.saved',
  'claim.approved',
  'claim.rejected',
  'question.changed',
  'question.imported',
  'quiz.created',
  'quiz.updated',
  'quiz.published',
  'quiz.archived',
  'quiz.results_exported',
  'hour_rules.saved',
  'lecture_team.changed',
  'lecture_topic.changed',
  'lecture_session.verified',
  'lecture_session.returned',
  'lecture_session.corrected',
  'lecture_feedback.moderated',
  'lecture_sessions.exported',
  'study_record.created',
  'study_record.updated',
  'study_record.submitted',
  'study_record.deleted',
  'study_records.exported',
  'completion.exported',
  'cadre_hours.exported',
  'cadres.exported_unmasked',
  'quiz_results.exported',
  'campaign_area.created',
  'campaign_area.updated',
  'campaign_area.deleted',
  'campaign_task.created',
  'campaign_task.updated',
  'campaign_task.progress_reported',
  'reminder.sent',
  'training_class.created',
  'training_class.updated',
  'training_class.deleted',
  'training_class.timetable_changed',
  'training_class.enrolled',
  'training_class.unenrolled',
  'training_class.closed',
  'training_class.exported',
  'class_attendance.marked',
  'class_leave.approved',
  'class_leave.refused',
  'talent_pool.nominated',
  'talent_pool.admitted',
  'talent_pool.declined',
  'talent_pool.graduated',
  'talent_pool.removed',
  'talent_pool.plan_saved',
  'talent_pool.posts_saved',
  'talent_pool.note_added',
  'talent_pool.evaluated',
  'talent_pool.secondment_saved',
  'talent_pool.profile_viewed',
  'talent_pool.exported',
  'talent_pool.exported_unmasked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  outcome?: AuditOutcome;
  actor?: { id: string; username: string } | null;
  actorUsername?: string | null;
  target?: { type: string; id: string } | null;
  unitPath?: string | null;
  origin?: RequestOrigin | null;
  details?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>) {}

  /**
   * Records an event. Pass the transaction's manager when the event belongs to a change, so the change and its
   * record commit or roll back together.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditLog) : this.logs;
    await repo.save(
      repo.create({
      action: entry.action,
      outcome: entry.outcome ?? 'success',
      actorId: entry.actor?.id ?? null,
      actorUsername: entry.actor?.username ?? entry.actorUsername ?? null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      unitPath: entry.unitPath ?? null,
      ip: entry.origin?.ip ?? null,
      userAgent: entry.origin?.userAgent ?? null,
      details: entry.details ?? null,
      }),
    );
  }

  /** The trail in the caller's scope. Events tied to no unit (an unknown username's failed sign-in) show at the root only. */
  async list(user: AuthUser, query: AuditLogQueryDto): Promise<Page<AuditLogDto>> {
    const qb = this.logs
      .createQueryBuilder('a')
      .where(isRootScope(user) ? '(a.unit_path LIKE :prefix OR a.unit_path IS NULL)' : 'a.unit_path LIKE :prefix', {
        prefix: scopePrefix(user),
      });
    if (query.actor) qb.andWhere('a.actor_username = :actor', { actor: query.actor.toLowerCase() });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.outcome) qb.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.from) qb.andWhere("a.occurred_at >= ((:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai')", { from: query.from });
    if (query.to) qb.andWhere("a.occurred_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')", { to: query.to });
    const [rows, total] = await qb
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurredAt.toISOString(),
        actorId: r.actorId,
        actorUsername: r.actorUsername,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        outcome: r.outcome,
        ip: r.ip,
        userAgent: r.userAgent,
        details: r.details,
      })),
      total,
      query,
    );
  }
}
