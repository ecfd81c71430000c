import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bookTitle, type NotificationKind } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/app-exception';
import { pageOf } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { Reminder } from './notification.entity';
import type {
  CreateReminderDto,
  MyNotificationQueryDto,
  NotificationDto,
  NotificationPageDto,
  ReadAllDto,
  ReminderDto,
  ReminderPageDto,
  PreviewReminderDto,
  ReminderPreviewDto,
  ReminderSentDto,
  ReminderSummaryDto,
  ReminderUnitDto,
  UnreadCountDto,
} from './dto/notifications.dto';

type Row = Record<string, unknown>;

type OverdueRow = { user_id: string; title: string; due: string };

/** The overdue courses of each cadre, in the query's order. */
function overdueByCadre(rows: OverdueRow[]): Map<string, { title: string; due: string }[]> {
  const by = new Map<string, { title: string; due: string }[]>();
  for (const r of rows) {
    const list = by.get(r.user_id) ?? [];
    list.push({ title: r.title, due: r.due });
    by.set(r.user_id, list);
  }
  return by;
}

const ADMIN_ROLES = `ARRAY['unit_admin', 'org_admin']::text[]`;

/**
 * One notification for each active admin (unit_admin or org_admin) whose scope unit is one of the chosen units or inside
 * one, and for the admins between the sender and a chosen unit (scoped to a unit above it but strictly inside the
 * sender's scope: 龙门镇's admin when the city reminds 龙门镇's villages), in one INSERT ... SELECT. Never the sender.
 * $1 reminder, $2 title, $3 body, $4 year, $5 the chosen units' ids, $6 the sender's scope path, $7 the sender.
 */
const NOTIFY_ADMINS = `
WITH ins AS (
  INSERT INTO notifications (user_id, reminder_id, kind, title, body, link)
  SELECT a.id, $1, 'reminder', $2, $3, '/admin/dashboard?year=' || $4::int || '&unitId=' || min(s.id::text)
    FROM users a
    JOIN org_units s ON s.id = a.scope_unit_id
    JOIN org_units t ON t.id = ANY($5::uuid[])
                    AND (s.path LIKE t.path || '%' OR (t.path LIKE s.path || '%' AND s.path LIKE $6 || '%' AND s.path <> $6))
   WHERE a.status = 'active' AND a.roles && ${ADMIN_ROLES} AND a.id <> $7
   GROUP BY a.id
  RETURNING 1
) SELECT count(*)::int AS n FROM ins`;

/**
 * Each active cadre under the chosen units with a required enrolment of the year (as the dashboard counts it: opened
 * before the year's end) past its due date and not completed, with those courses, earliest due first.
 * $1 the chosen units' ids, $2 year, $3 today.
 */
const OVERDUE_CADRE_COURSES = `
  SELECT u.id AS user_id, c.title, e.due_date::text AS due
    FROM users u
    JOIN org_units ou ON ou.id = u.unit_id
    JOIN enrollments e ON e.user_id = u.id AND e.required AND e.status <> 'completed' AND e.due_date < $3::date
                      AND e.created_at < make_timestamptz($2::int + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
    JOIN courses c ON c.id = e.course_id
   WHERE u.status = 'active'
     AND EXISTS (SELECT 1 FROM org_units t WHERE t.id = ANY($1::uuid[]) AND ou.path LIKE t.path || '%')
   ORDER BY u.id, e.due_date, c.title`;

/** The admins NOTIFY_ADMINS would reach ($1 the chosen units' ids, $2 the sender's scope path, $3 the sender). */
const ADMIN_RECIPIENTS = `
  SELECT count(DISTINCT a.id)::int AS n
    FROM users a
    JOIN org_units s ON s.id = a.scope_unit_id
    JOIN org_units t ON t.id = ANY($1::uuid[])
                    AND (s.path LIKE t.path || '%' OR (t.path LIKE s.path || '%' AND s.path LIKE $2 || '%' AND s.path <> $2))
   WHERE a.status = 'active' AND a.roles && ${ADMIN_ROLES} AND a.id <> $3`;

/** The chosen units no admin of NOTIFY_ADMINS belongs to: there the reminder reaches no administrator. Same $1..$3. */
const UNITS_WITHOUT_ADMIN = `
  SELECT t.id, t.name
    FROM org_units t
   WHERE t.id = ANY($1::uuid[])
     AND NOT EXISTS (SELECT 1 FROM users a JOIN org_units s ON s.id = a.scope_unit_id
                      WHERE a.status = 'active' AND a.roles && ${ADMIN_ROLES} AND a.id <> $3
                        AND (s.path LIKE t.path || '%' OR (t.path LIKE s.path || '%' AND s.path LIKE $2 || '%' AND s.path <> $2)))
   ORDER BY t.path`;

/** A cadre's own reminder: their overdue required courses by name and due date, not the text meant for unit admins. */
export function overdueCadreText(courses: { title: string; due: string }[]): string {
  const list = courses.map((c) => `${bookTitle(c.title)}（应于${c.due}前完成）`).join('、');
  return `您有${courses.length}门必修课程已超过完成期限尚未完成：${list}。请尽快登录平台，在“我的课程”中完成学习。`;
}

const REMINDERS = `
  SELECT r.id, r.title, r.message, r.year, r.unit_id, pu.name AS unit_name, r.unit_ids, s.name AS sender_name, r.include_overdue_cadres,
         r.admin_recipients, r.cadre_recipients, r.created_at,
         (SELECT count(*)::int FROM notifications n WHERE n.reminder_id = r.id AND n.read_at IS NOT NULL) AS read_count,
         (SELECT coalesce(json_agg(json_build_object('id', cu.id, 'name', cu.name) ORDER BY cu.sort_order, cu.name), '[]'::json)
            FROM org_units cu WHERE cu.id = ANY(r.unit_ids)) AS units
    FROM reminders r JOIN org_units pu ON pu.id = r.unit_id JOIN users s ON s.id = r.sender_id
   WHERE r.unit_path LIKE $1`;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

function toReminder(r: Row): ReminderSummaryDto {
  return {
    id: r.id as string,
    title: r.title as string,
    message: r.message as string,
    year: Number(r.year),
    unitId: r.unit_id as string,
    unitName: r.unit_name as string,
    units: r.units as { id: string; name: string }[],
    senderName: r.sender_name as string,
    includeOverdueCadres: r.include_overdue_cadres as boolean,
    adminRecipients: Number(r.admin_recipients),
    cadreRecipients: Number(r.cadre_recipients),
    readCount: Number(r.read_count),
    createdAt: iso(r.created_at)!,
  };
}

function toNotification(r: Row): NotificationDto {
  return {
    id: r.id as string,
    kind: r.kind as NotificationKind,
    title: r.title as string,
    body: r.body as string,
    link: (r.link as string | null) ?? null,
    senderName: (r.sender_name as string | null) ?? null,
    readAt: iso(r.read_at),
    createdAt: iso(r.created_at)!,
  };
}

const NOTIFICATION_COLUMNS = `n.id, n.kind, n.title, n.body, n.link, n.read_at, n.created_at, s.name AS sender_name
    FROM notifications n LEFT JOIN reminders r ON r.id = n.reminder_id LEFT JOIN users s ON s.id = r.sender_id`;

/** Reminders (督促) to lagging units, and every user's in-app notifications. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- reminders -----------------------------------------------------------------------------------------------------

  /**
   * Sends a reminder in one transaction: the chosen units are checked (each a current child unit of the parent, in the
   * caller's scope; any other is a 404 and nothing is written), then the reminder, its notifications and the audit record.
   */
  async send(user: AuthUser, dto: CreateReminderDto, origin: RequestOrigin): Promise<ReminderSentDto> {
    const year = dto.year ?? Number(todayInShanghai().slice(0, 4));
    const title = dto.title?.trim() || `${year}年度学习推进督促`;
    return this.db.transaction(async (tx) => {
      const { parent, units } = await this.chosenUnits(tx, user, dto);
      const unitsWithoutAdmin = (await tx.query(UNITS_WITHOUT_ADMIN, [dto.unitIds, user.scopePath, user.id])) as ReminderUnitDto[];

      const reminder = await tx.getRepository(Reminder).save({
        senderId: user.id,
        unitId: parent.id,
        unitPath: parent.path,
        unitIds: dto.unitIds,
        year,
        title,
        message: dto.message,
        includeOverdueCadres: dto.includeOverdueCadres,
      });
      const [admins] = (await tx.query(NOTIFY_ADMINS, [reminder.id, title, dto.message, year, dto.unitIds, user.scopePath, user.id])) as [{ n: number }];
      let cadres = 0;
      if (dto.includeOverdueCadres) {
        const overdue = overdueByCadre((await tx.query(OVERDUE_CADRE_COURSES, [dto.unitIds, year, todayInShanghai()])) as OverdueRow[]);
        if (overdue.size > 0) {
          await tx.query(
            `INSERT INTO notifications (user_id, reminder_id, kind, title, body, link)
             SELECT u, $1, 'overdue_courses', $2, b, '/my-courses' FROM unnest($3::uuid[], $4::text[]) AS x(u, b)`,
            [reminder.id, `${year}年度必修课程逾期提醒`, [...overdue.keys()], [...overdue.values()].map(overdueCadreText)],
          );
        }
        cadres = overdue.size;
      }
      await tx.getRepository(Reminder).update({ id: reminder.id }, { adminRecipients: admins.n, cadreRecipients: cadres });
      await this.audit.record(
        {
          action: 'reminder.sent',
          actor: user,
          target: { type: 'reminder', id: reminder.id },
          unitPath: parent.path,
          origin,
          details: {
            year,
            units: units.map((u) => u.name),
            adminRecipients: admins.n,
            cadreRecipients: cadres,
            includeOverdueCadres: dto.includeOverdueCadres,
            unitsWithoutAdmin: unitsWithoutAdmin.map((u) => u.name),
          },
        },
        tx,
      );
      return { reminderId: reminder.id, adminRecipients: admins.n, cadreRecipients: cadres, unitsWithoutAdmin };
    });
  }

  /**
   * Who a reminder would reach, before it is sent: the counts of admins and of cadres with overdue courses, and the
   * chosen units with no admin account, where the unit-admin text would reach nobody. Checks the units as send() does.
   */
  async preview(user: AuthUser, dto: PreviewReminderDto): Promise<ReminderPreviewDto> {
    const year = dto.year ?? Number(todayInShanghai().slice(0, 4));
    await this.chosenUnits(this.db.manager, user, dto);
    const [admins] = (await this.db.query(ADMIN_RECIPIENTS, [dto.unitIds, user.scopePath, user.id])) as [{ n: number }];
    const unitsWithoutAdmin = (await this.db.query(UNITS_WITHOUT_ADMIN, [dto.unitIds, user.scopePath, user.id])) as ReminderUnitDto[];
    const cadres = dto.includeOverdueCadres ? overdueByCadre((await this.db.query(OVERDUE_CADRE_COURSES, [dto.unitIds, year, todayInShanghai()])) as OverdueRow[]).size : 0;
    return { adminRecipients: admins.n, cadreRecipients: cadres, unitsWithoutAdmin };
  }

  /** The parent and the chosen units: each a current child unit of the parent, in the caller's scope; any other is a 404. */
  private async chosenUnits(tx: EntityManager, user: AuthUser, dto: { parentId?: string; unitIds: string[] }) {
    const parentId = dto.parentId ?? user.scopeUnitId;
    const [parent] = parentId ? ((await tx.query('SELECT id, name, path FROM org_units WHERE id = $1', [parentId])) as { id: string; name: string; path: string }[]) : [];
    if (!parent || !isPathInScope(parent.path, user)) throw notFound('Unit');
    const units = (await tx.query('SELECT id, name, path FROM org_units WHERE id = ANY($1::uuid[]) AND parent_id = $2 AND retired_at IS NULL AND path LIKE $3', [
      dto.unitIds,
      parent.id,
      scopePrefix(user),
    ])) as { id: string; name: string; path: string }[];
    if (units.length !== dto.unitIds.length) throw notFound('Unit');
    return { parent, units };
  }

  /** Reminders sent to units in the caller's scope, newest first. */
  async reminders(user: AuthUser, query: { page: number; pageSize: number }): Promise<ReminderPageDto> {
    const prefix = scopePrefix(user);
    const [{ total }] = (await this.db.query('SELECT count(*)::int AS total FROM reminders r WHERE r.unit_path LIKE $1', [prefix])) as [{ total: number }];
    const rows = (await this.db.query(`${REMINDERS} ORDER BY r.created_at DESC, r.id LIMIT $2 OFFSET $3`, [prefix, query.pageSize, (query.page - 1) * query.pageSize])) as Row[];
    return pageOf(rows.map(toReminder), total, query);
  }

  /** One reminder with its recipients, read or not. */
  async reminder(user: AuthUser, id: string): Promise<ReminderDto> {
    const [row] = (await this.db.query(`${REMINDERS} AND r.id = $2`, [scopePrefix(user), id])) as Row[];
    if (!row) throw notFound('Reminder');
    const recipients = (await this.db.query(
      `SELECT n.user_id, u.name, ou.name AS unit_name, n.kind, n.read_at
         FROM notifications n JOIN users u ON u.id = n.user_id LEFT JOIN org_units ou ON ou.id = u.unit_id
        WHERE n.reminder_id = $1 ORDER BY n.kind DESC, ou.path, u.name`,
      [id],
    )) as Row[];
    return {
      ...toReminder(row),
      recipients: recipients.map((r) => ({
        userId: r.user_id as string,
        name: r.name as string,
        unitName: (r.unit_name as string | null) ?? null,
        kind: r.kind as NotificationKind,
        readAt: iso(r.read_at),
      })),
    };
  }

  // ---- my notifications ----------------------------------------------------------------------------------------------

  async mine(user: AuthUser, query: MyNotificationQueryDto): Promise<NotificationPageDto> {
    const unreadOnly = query.unread === true ? ' AND n.read_at IS NULL' : '';
    const [{ total, unread }] = (await this.db.query(
      `SELECT count(*) FILTER (WHERE ${query.unread === true ? 'n.read_at IS NULL' : 'true'})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
         FROM notifications n WHERE n.user_id = $1`,
      [user.id],
    )) as [{ total: number; unread: number }];
    const rows = (await this.db.query(
      `SELECT ${NOTIFICATION_COLUMNS} WHERE n.user_id = $1${unreadOnly} ORDER BY n.created_at DESC, n.id LIMIT $2 OFFSET $3`,
      [user.id, query.pageSize, (query.page - 1) * query.pageSize],
    )) as Row[];
    return { ...pageOf(rows.map(toNotification), total, query), unreadCount: unread };
  }

  async unreadCount(user: AuthUser): Promise<UnreadCountDto> {
    const [{ n }] = (await this.db.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [user.id])) as [{ n: number }];
    return { unread: n };
  }

  /** Marks one of the caller's notifications read (the first reading stays); anyone else's is a 404. */
  async markRead(user: AuthUser, id: string): Promise<NotificationDto> {
    await this.db.query('WITH u AS (UPDATE notifications SET read_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM u', [
      id,
      user.id,
    ]);
    const [row] = (await this.db.query(`SELECT ${NOTIFICATION_COLUMNS} WHERE n.id = $1 AND n.user_id = $2`, [id, user.id])) as Row[];
    if (!row) throw notFound('Notification');
    return toNotification(row);
  }

  async markAllRead(user: AuthUser): Promise<ReadAllDto> {
    const [{ n }] = (await this.db.query(
      'WITH u AS (UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM u',
      [user.id],
    )) as [{ n: number }];
    return { updated: n };
  }
}
