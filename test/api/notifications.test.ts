import { randomUUID } from 'node:crypto';
import { createCadre, createUnit, uniq, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { Scheduler, type Job } from '../../server/src/common/scheduler/scheduler.service';
import { PRUNE_NOTIFICATIONS_JOB } from '../../server/src/modules/notifications/prune-notifications.job';
import { createTestApp, type TestApp } from '../helpers/app';
import { createPublishedCourse } from '../helpers/courses';
import { buildWorld, type World } from '../helpers/world';

/**
 * Reminders (督促) to lagging units and in-app notifications. Beside the world's users: an admin of village A (inside
 * town A), a disabled admin of town A, and required enrolments whose due dates put exactly one cadre of town A's subtree
 * (cadre A) and one of town B's (cadre B) past due.
 */
interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  senderName: string | null;
  readAt: string | null;
}

describe('notifications: reminders to lagging units and my notifications', () => {
  let t: TestApp;
  let w: World;
  let villageAdminA: CadreRef;
  let disabledAdminA: CadreRef;
  let cadreAAgent: Agent;
  let villageAdminAgent: Agent;
  let firstReminderId: string;
  let courseTitle: string;

  const recipientsOf = async (reminderId: string) =>
    ((await t.db.query('SELECT user_id, kind FROM notifications WHERE reminder_id = $1 ORDER BY kind, user_id', [reminderId])) as { user_id: string; kind: string }[]).map(
      (r) => `${r.kind}:${r.user_id}`,
    );
  const countIn = async (rootPath: string) => {
    const [row] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM reminders WHERE unit_path LIKE $1) AS reminders,
              (SELECT count(*)::int FROM notifications n JOIN users u ON u.id = n.user_id JOIN org_units o ON o.id = u.unit_id WHERE o.path LIKE $1) AS notifications`,
      [`${rootPath}%`],
    )) as { reminders: number; notifications: number }[];
    return row!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t.db, t.http);
    const u = w.users;
    villageAdminA = await createCadre(t.db, w.villageA, { roles: ['cadre', 'unit_admin'], scopeUnit: w.villageA });
    disabledAdminA = await createCadre(t.db, w.townA, { roles: ['cadre', 'unit_admin'], scopeUnit: w.townA, status: 'disabled' });
    const disabledCadreA = await createCadre(t.db, w.villageA, { status: 'disabled' });
    const doneCadreA = await createCadre(t.db, w.townA);

    courseTitle = uniq('必修课');
    const course = await createPublishedCourse(w.as.orgAdmin, { title: courseTitle });
    const enrol = (cadre: CadreRef, opts: { required: boolean; completed: boolean; dueInDays: number | null }) =>
      t.db.query(
        `INSERT INTO enrollments (user_id, course_id, source, required, status, completed_at, due_date)
         VALUES ($1, $2, 'assigned', $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE (now() AT TIME ZONE 'Asia/Shanghai')::date + $6::int END)`,
        [cadre.id, course.id, opts.required, opts.completed ? 'completed' : 'in_progress', opts.completed ? new Date() : null, opts.dueInDays],
      );
    await enrol(u.cadreA, { required: true, completed: false, dueInDays: -3 }); // overdue: reminded
    await enrol(u.lecturerA, { required: true, completed: false, dueInDays: 30 }); // not yet due
    await enrol(doneCadreA, { required: true, completed: true, dueInDays: -3 }); // done
    await enrol(u.unitAdminA, { required: false, completed: false, dueInDays: -3 }); // elective
    await enrol(disabledCadreA, { required: true, completed: false, dueInDays: -3 }); // disabled account
    await enrol(villageAdminA, { required: true, completed: false, dueInDays: null }); // no due date
    await enrol(u.cadreB, { required: true, completed: false, dueInDays: -3 }); // overdue, but in town B
    cadreAAgent = await signIn(t.http, u.cadreA);
    villageAdminAgent = await signIn(t.http, villageAdminA);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('notifies the admins of the chosen units and below, and their cadres with overdue required courses, and no one else', async () => {
    const res = await w.as.orgAdmin.post('/api/reminders', { parentId: w.root.id, unitIds: [w.townA.id], message: '请加快必修课学习进度。', includeOverdueCadres: true });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ reminderId: expect.any(String), adminRecipients: 2, cadreRecipients: 1, unitsWithoutAdmin: [] });
    firstReminderId = (res.body as { reminderId: string }).reminderId;
    expect(await recipientsOf(firstReminderId)).toEqual(
      [`overdue_courses:${w.users.cadreA.id}`, ...[w.users.unitAdminA.id, villageAdminA.id].sort().map((id) => `reminder:${id}`)],
    );
    const outside = (await t.db.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = ANY($1::uuid[])', [
      [w.users.unitAdminB.id, w.users.cadreB.id, w.users.orgAdmin.id, disabledAdminA.id, w.users.lecturerA.id],
    ])) as { n: number }[];
    expect(outside[0]!.n).toBe(0);

    const [reminder] = (await t.db.query('SELECT sender_id, unit_id, unit_path, year, title, message, admin_recipients, cadre_recipients FROM reminders WHERE id = $1', [
      firstReminderId,
    ])) as Record<string, unknown>[];
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    expect(reminder).toEqual({
      sender_id: w.users.orgAdmin.id,
      unit_id: w.root.id,
      unit_path: w.root.path,
      year,
      title: `${year}年度学习推进督促`,
      message: '请加快必修课学习进度。',
      admin_recipients: 2,
      cadre_recipients: 1,
    });
  });

  it('records the reminder in the audit trail', async () => {
    const rows = (await t.db.query(`SELECT actor_id, unit_path, details FROM audit_logs WHERE action = 'reminder.sent' AND target_id = $1`, [firstReminderId])) as {
      actor_id: string;
      unit_path: string;
      details: { adminRecipients: number; cadreRecipients: number };
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: w.users.orgAdmin.id, unit_path: w.root.path, details: { adminRecipients: 2, cadreRecipients: 1 } });
  });

  it('leaves cadres out unless asked, and lets a unit admin remind the child units of their own scope', async () => {
    const res = await w.as.unitAdminA.post('/api/reminders', { unitIds: [w.villageA.id], message: '督促', includeOverdueCadres: false });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ adminRecipients: 1, cadreRecipients: 0 });
    expect(await recipientsOf((res.body as { reminderId: string }).reminderId)).toEqual([`reminder:${villageAdminA.id}`]);
  });

  it('also notifies the admins between the sender and a chosen unit: the city reminding village A reaches town A\'s admin', async () => {
    const res = await w.as.orgAdmin.post('/api/reminders', { parentId: w.townA.id, unitIds: [w.villageA.id], message: '督促', includeOverdueCadres: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ adminRecipients: 2, cadreRecipients: 1 });
    expect(await recipientsOf((res.body as { reminderId: string }).reminderId)).toEqual(
      [`overdue_courses:${w.users.cadreA.id}`, ...[w.users.unitAdminA.id, villageAdminA.id].sort().map((id) => `reminder:${id}`)],
    );
    // Kept out of the reads below.
    await t.db.query('DELETE FROM reminders WHERE id = $1', [(res.body as { reminderId: string }).reminderId]);
  });

  it('tells the sender, before and after sending, which chosen units have no admin to receive it', async () => {
    const bare = await createUnit(t.db, w.root, 'town');
    const body = { parentId: w.root.id, unitIds: [w.townA.id, bare.id], includeOverdueCadres: true };
    const before = await countIn(w.root.path);
    const preview = await w.as.orgAdmin.post('/api/reminders/preview', body);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ adminRecipients: 2, cadreRecipients: 1, unitsWithoutAdmin: [{ id: bare.id, name: bare.name }] });
    expect(await countIn(w.root.path)).toEqual(before);

    const sent = await w.as.orgAdmin.post('/api/reminders', { ...body, message: '督促' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ adminRecipients: 2, cadreRecipients: 1, unitsWithoutAdmin: [{ id: bare.id, name: bare.name }] });
    const reminderId = (sent.body as { reminderId: string }).reminderId;
    const [audit] = (await t.db.query(`SELECT details FROM audit_logs WHERE action = 'reminder.sent' AND target_id = $1`, [reminderId])) as [{ details: Record<string, unknown> }];
    expect(audit.details).toMatchObject({ unitsWithoutAdmin: [bare.name] });
    // Kept out of the reads below.
    await t.db.query('DELETE FROM reminders WHERE id = $1', [reminderId]);
  });

  it('previews only units the sender may remind, for admins only', async () => {
    expect((await w.as.unitAdminB.post('/api/reminders/preview', { parentId: w.root.id, unitIds: [w.townA.id], includeOverdueCadres: true })).status).toBe(404);
    expect((await w.as.orgAdmin.post('/api/reminders/preview', { unitIds: [], includeOverdueCadres: true })).status).toBe(400);
    expect((await w.as.cadreA.post('/api/reminders/preview', { unitIds: [w.townA.id], includeOverdueCadres: true })).status).toBe(403);
  });

  it('refuses a unit outside the caller\'s scope or not a child of the parent with 404, and writes nothing at all', async () => {
    const before = await countIn(w.root.path);
    const cases: [Agent, object][] = [
      [w.as.unitAdminB, { parentId: w.townA.id, unitIds: [w.villageA.id] }],
      [w.as.unitAdminB, { unitIds: [w.villageA.id] }],
      [w.as.unitAdminA, { unitIds: [w.villageA.id, w.villageB.id] }],
      [w.as.orgAdmin, { parentId: w.root.id, unitIds: [w.townB.id, w.villageA.id] }],
      [w.as.orgAdmin, { parentId: w.root.id, unitIds: [w.townB.id, randomUUID()] }],
      [w.as.orgAdmin, { parentId: randomUUID(), unitIds: [w.townB.id] }],
    ];
    for (const [agent, body] of cases) {
      const res = await agent.post('/api/reminders', { ...body, message: '督促', includeOverdueCadres: true });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('common/not_found');
    }
    expect(await countIn(w.root.path)).toEqual(before);
  });

  it('validates the body and keeps cadres, lecturers and auditors out', async () => {
    expect((await w.as.orgAdmin.post('/api/reminders', { unitIds: [], message: '督促', includeOverdueCadres: true })).status).toBe(400);
    expect((await w.as.orgAdmin.post('/api/reminders', { unitIds: [w.townA.id], message: 'x'.repeat(501), includeOverdueCadres: true })).status).toBe(400);
    expect((await w.as.orgAdmin.post('/api/reminders', { unitIds: [w.townA.id], message: '督促' })).status).toBe(400);
    for (const agent of [w.as.cadreA, w.as.lecturerA, w.as.auditor]) {
      expect((await agent.post('/api/reminders', { unitIds: [w.townA.id], message: '督促', includeOverdueCadres: true })).status).toBe(403);
      expect((await agent.get('/api/reminders')).status).toBe(403);
    }
  });

  it('shows a recipient the notification; they mark it read, and no one else can', async () => {
    const list = await cadreAAgent.get('/api/my/notifications');
    expect(list.status).toBe(200);
    const body = list.body as { items: Notification[]; total: number; unreadCount: number };
    expect(body.total).toBe(1);
    expect(body.unreadCount).toBe(1);
    const [n] = body.items;
    // The cadre reads their own text, their overdue course by name and due date, not the admins' "贵单位…督促干部…".
    const [{ due }] = (await t.db.query(`SELECT ((now() AT TIME ZONE 'Asia/Shanghai')::date - 3)::text AS due`)) as [{ due: string }];
    expect(n).toMatchObject({
      kind: 'overdue_courses',
      title: expect.stringMatching(/^\d{4}年度必修课程逾期提醒$/),
      body: `您有1门必修课程已超过完成期限尚未完成：《${courseTitle}》（应于${due}前完成）。请尽快登录平台，在“我的课程”中完成学习。`,
      link: '/my-courses',
      senderName: w.users.orgAdmin.name,
      readAt: null,
    });
    expect(n!.body).not.toContain('请加快必修课学习进度');
    expect((await cadreAAgent.get('/api/my/notifications/unread-count')).body).toEqual({ unread: 1 });

    // Someone else's notification does not exist for them.
    expect((await w.as.cadreB.post(`/api/my/notifications/${n!.id}/read`)).status).toBe(404);
    expect((await w.as.orgAdmin.post(`/api/my/notifications/${n!.id}/read`)).status).toBe(404);
    expect((await w.as.cadreB.get('/api/my/notifications')).body).toMatchObject({ total: 0, unreadCount: 0 });

    const read = await cadreAAgent.post(`/api/my/notifications/${n!.id}/read`);
    expect(read.status).toBe(200);
    expect((read.body as Notification).readAt).toEqual(expect.any(String));
    expect((await cadreAAgent.get('/api/my/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await cadreAAgent.get('/api/my/notifications?unread=true')).body).toMatchObject({ items: [], total: 0, unreadCount: 0 });
    expect((await cadreAAgent.post(`/api/my/notifications/${randomUUID()}/read`)).status).toBe(404);
  });

  it('marks all of one\'s notifications read, and only one\'s own', async () => {
    const before = (await villageAdminAgent.get('/api/my/notifications')).body as { items: Notification[]; unreadCount: number };
    expect(before.unreadCount).toBe(2);
    expect(before.items.every((i) => i.kind === 'reminder' && i.link?.startsWith('/admin/dashboard?'))).toBe(true);
    const all = await villageAdminAgent.post('/api/my/notifications/read-all');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ updated: 2 });
    expect((await villageAdminAgent.get('/api/my/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await w.as.unitAdminA.get('/api/my/notifications/unread-count')).body).toEqual({ unread: 1 });
  });

  it('lists the reminders sent in scope with counts, and one reminder with its recipients read or not', async () => {
    const list = await w.as.orgAdmin.get('/api/reminders');
    expect(list.status).toBe(200);
    const items = (list.body as { items: { id: string; adminRecipients: number; cadreRecipients: number; readCount: number; units: { id: string }[] }[] }).items;
    const mine = items.find((i) => i.id === firstReminderId);
    expect(mine).toMatchObject({ adminRecipients: 2, cadreRecipients: 1, readCount: 2, units: [{ id: w.townA.id }], senderName: w.users.orgAdmin.name, unitName: expect.any(String) });
    // Town B's admin sees neither the city's reminder nor town A's.
    expect((await w.as.unitAdminB.get('/api/reminders')).body).toMatchObject({ total: 0 });
    expect((await w.as.unitAdminB.get(`/api/reminders/${firstReminderId}`)).status).toBe(404);

    const one = await w.as.orgAdmin.get(`/api/reminders/${firstReminderId}`);
    expect(one.status).toBe(200);
    const recipients = (one.body as { recipients: { userId: string; kind: string; readAt: string | null }[] }).recipients;
    expect(recipients).toHaveLength(3);
    const byUser = new Map(recipients.map((r) => [r.userId, r]));
    expect(byUser.get(w.users.cadreA.id)).toMatchObject({ kind: 'overdue_courses', readAt: expect.any(String) });
    expect(byUser.get(villageAdminA.id)).toMatchObject({ kind: 'reminder', readAt: expect.any(String) });
    expect(byUser.get(w.users.unitAdminA.id)).toMatchObject({ kind: 'reminder', readAt: null });
  });

  it('prunes, in a daily job, notifications read over 180 days ago and unread ones over a year old, and nothing else', async () => {
    const ids = (await t.db.query(
      `INSERT INTO notifications (user_id, kind, title, body, read_at, created_at) VALUES
         ($1, 'reminder', '旧已读', '', now() - interval '181 days', now() - interval '200 days'),
         ($1, 'reminder', '近已读', '', now() - interval '179 days', now() - interval '200 days'),
         ($1, 'reminder', '旧未读', '', NULL, now() - interval '366 days'),
         ($1, 'reminder', '近未读', '', NULL, now() - interval '364 days')
       RETURNING id, title`,
      [w.users.cadreB.id],
    )) as { id: string; title: string }[];
    const scheduler = t.app.get(Scheduler);
    const job = (scheduler as unknown as { jobs: Job[] }).jobs.find((j) => j.name === PRUNE_NOTIFICATIONS_JOB)!;
    expect(job.everyMs).toBe(24 * 60 * 60_000);
    const result = (await scheduler.runIfDue(job, true)) as { deleted: number };
    expect(result.deleted).toBeGreaterThanOrEqual(2);
    const left = (await t.db.query('SELECT title FROM notifications WHERE id = ANY($1) ORDER BY title', [ids.map((i) => i.id)])) as { title: string }[];
    expect(left.map((l) => l.title).sort()).toEqual(['近已读', '近未读'].sort());
  });
});
