import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { pageOf, type Page } from '../../common/pagination/page';
import { isRootScope, scopePrefix } from '../../common/scope/scope';
import { AuditLog, type AuditOutcome } from './audit-log.entity';
import ExcelJS from 'exceljs';
import { AUDIT_ACTION_LABELS, AUDIT_DETAIL_LABELS, AUDIT_TARGET_LABELS, auditValueLabel, auditDetailEntries, auditDetailIds, type AuditAction } from '@cadre/shared';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import type { AuditLogDto, AuditLogFilterDto, AuditLogQueryDto } from './dto/audit-log.dto';

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

  /** The trail in the caller's scope on the filters. Events tied to no unit (an unknown username's failed sign-in) show at the root only. */
  private filtered(user: AuthUser, query: AuditLogFilterDto) {
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
    return qb.orderBy('a.occurred_at', 'DESC').addOrderBy('a.id', 'DESC');
  }

  async list(user: AuthUser, query: AuditLogQueryDto): Promise<Page<AuditLogDto>> {
    const [rows, total] = await this.filtered(user, query)
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(await this.described(rows), total, query);
  }

  /**
   * The filtered trail as a workbook, newest first, at most EXPORT_MAX rows (a note says when there were more); the
   * export is itself an event of the trail.
   */
  async export(user: AuthUser, query: AuditLogFilterDto, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const [rows, total] = await this.filtered(user, query).take(EXPORT_MAX).getManyAndCount();
    const items = await this.described(rows);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('操作日志');
    ws.addRow(['时间', '操作人', '账号', '操作', '结果', '对象', '对象名称', 'IP', '详情']);
    ws.getRow(1).font = { bold: true };
    for (const r of items) {
      ws.addRow([
        formatShanghai(r.occurredAt),
        r.actorName ?? '',
        r.actorUsername ?? '',
        AUDIT_ACTION_LABELS[r.action as AuditAction] ?? r.action,
        OUTCOME_LABELS[r.outcome as AuditOutcome] ?? r.outcome,
        r.targetType ? (AUDIT_TARGET_LABELS[r.targetType] ?? r.targetType) : '',
        r.targetName ?? '',
        r.ip ?? '',
        auditDetailEntries(r.details, r.names, undefined, auditValueLabel)
          .map((e) => `${e.path.map((k) => AUDIT_DETAIL_LABELS[k] ?? k).join('·')}：${e.value}`)
          .join('；'),
      ]);
    }
    if (total > rows.length) ws.addRow([`共 ${total} 条，仅导出最新的 ${rows.length} 条；请缩小筛选范围后分次导出`]);
    ws.columns.forEach((c, i) => (c.width = [20, 12, 14, 26, 8, 10, 28, 16, 60][i] ?? 14));
    await this.record({
      action: 'audit.exported',
      actor: user,
      unitPath: user.scopePath,
      origin,
      details: { ...filterDetails(query), rows: rows.length },
    });
    return { buffer: await safeWorkbookBuffer(wb), filename: `操作日志-${todayShanghai()}.xlsx` };
  }

  /** Rows with the names an auditor reads: the actor's, the target's and those of the ids in the details, in one query. */
  private async described(rows: AuditLog[]): Promise<AuditLogDto[]> {
    const ids = new Set<string>();
    for (const r of rows) {
      if (r.actorId) ids.add(r.actorId);
      if (r.targetId) ids.add(r.targetId);
      for (const id of auditDetailIds(r.details)) ids.add(id.toLowerCase());
    }
    const names = await this.names([...ids]);
    return rows.map((r) => {
      const own: Record<string, string> = {};
      for (const id of auditDetailIds(r.details)) {
        const name = names.get(id.toLowerCase());
        if (name !== undefined) own[id] = name;
      }
      return {
        id: r.id,
        occurredAt: r.occurredAt.toISOString(),
        actorId: r.actorId,
        actorUsername: r.actorUsername,
        actorName: (r.actorId && names.get(r.actorId)) || null,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        targetName: (r.targetId && names.get(r.targetId)) || null,
        outcome: r.outcome,
        ip: r.ip,
        userAgent: r.userAgent,
        details: r.details,
        names: own,
      };
    });
  }

  /** The name or title of each id among the records the trail points at (ids are UUIDs, unique across tables). */
  private async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.logs.manager.query(
      `${NAMED_TABLES.map(([table, col]) => `SELECT id::text AS id, ${col} AS name FROM ${table} WHERE id = ANY($1::uuid[])`).join(' UNION ALL ')}
       UNION ALL SELECT t.id::text, u.name FROM talent_entries t JOIN users u ON u.id = t.user_id WHERE t.id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/** The most rows one export writes. */
const EXPORT_MAX = 20_000;

/** The tables whose rows the trail names, with the column that names them. */
const NAMED_TABLES: [string, string][] = [
  ['users', 'name'],
  ['org_units', 'name'],
  ['courses', 'title'],
  ['course_categories', 'name'],
  ['quizzes', 'title'],
  ['training_classes', 'title'],
  ['study_records', 'title'],
  ['campaign_areas', 'name'],
  ['campaign_tasks', 'title'],
  ['lecture_teams', 'name'],
  ['lecture_topics', 'name'],
  ['lecture_sessions', 'title'],
];

const OUTCOME_LABELS: Record<AuditOutcome, string> = { success: '成功', failure: '失败', denied: '拒绝' };


function filterDetails(query: AuditLogFilterDto): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['actor', 'action', 'outcome', 'from', 'to'] as const) {
    const v = query[key];
    if (v) out[key] = v;
  }
  return out;
}

function formatShanghai(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

function todayShanghai(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
