import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { pageOf, type Page } from '../../common/pagination/page';
import { isRootScope, scopePrefix } from '../../common/scope/scope';
import { AuditLog, type AuditOutcome } from './audit-log.entity';
import type { AuditAction } from '@cadre/shared';
import type { AuditLogDto, AuditLogQueryDto } from './dto/audit-log.dto';

// The action names live in @cadre/shared, so the SPA's labels are checked against the same list.
export { AUDIT_ACTIONS, type AuditAction } from '@cadre/shared';

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
