import { randomUUID } from 'node:crypto';
import { RequirementError, CommonError } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import type { CadreRequirementsDto, RequirementProgressDto } from '../../server/src/modules/learning/dto/requirement.dto';
import type { ShortfallDto, ShortfallPageDto } from '../../server/src/modules/learning/dto/shortfall.dto';
import { createCadre, createUnit, type CadreRef, type UnitRef } from '../factories';
import { signIn } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addSessions, classBody, createClass, enrol as enrolInClass, HOUR, sessionBody, setStatus } from '../helpers/classes';
import { PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { completeLesson, createCourse, enrol as enrolInCourse, type BuiltCourse } from '../helpers/learning';
import { getBytes, readWorkbook } from '../helpers/quizzes';
import { expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

const DAY = 24 * HOUR;

/**
 * 任职培训 (line `appointment`) and the one-year due date of a cadre promoted into 处级. The appointment dates are fixed
 * days, so every due date below is counted by hand: appointed 2025-11-07 (13 months before this file was written), due
 * 2026-11-07, listed in the 2026 shortfalls from the day after; appointed on 2024-02-29, due 2025-02-28 (the month's last
 * day, as PostgreSQL and the engine both clamp), listed in 2025 and not 2026.
 */
describe('任职培训 and the 处级 promotion due date', () => {
  let t: TestApp;
  let w: World;
  let village: UnitRef;
  const today = todayInShanghai();
  const c: Record<'noClass' | 'byClass' | 'byCourses' | 'recent' | 'leap' | 'long' | 'never', CadreRef> = {} as never;
  let courses: BuiltCourse[];

  async function shortfalls(year: number, line = 'appointment'): Promise<ShortfallDto[]> {
    const res = expectOk<ShortfallPageDto>(await w.as.unitAdminA.get(`/api/requirements/shortfalls?unitId=${village.id}&year=${year}&line=${line}&pageSize=100`), 200);
    return res.items;
  }
  async function engine(userId: string, year: number): Promise<RequirementProgressDto[]> {
    return expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${userId}/requirements?year=${year}`), 200).lines;
  }
  async function appointmentLine(userId: string, year: number): Promise<RequirementProgressDto | undefined> {
    return (await engine(userId, year)).find((l) => l.key === 'appointment');
  }

  /** A closed class of the given kind in which the cadre attended its one past session, so their enrolment is completed. */
  async function completeClass(userId: string, kind: 'appointment' | 'special', title: string): Promise<void> {
    const admin = w.as.unitAdminA;
    const cls = await createClass(admin, classBody(w.townA.id, { kind, title, creditHours: 8 }));
    const [session] = await addSessions(admin, cls.id, [sessionBody(-DAY - HOUR)]);
    await enrolInClass(admin, cls.id, [userId]);
    await setStatus(admin, cls.id, 'running');
    expectOk(await admin.put(`/api/training-classes/${cls.id}/sessions/${session}/attendance`, { marks: [{ userId, status: 'present' }] }), 200);
    const timetable = await uploadFileOk(admin, 'class_attachment', PDF_BYTES, 'timetable.pdf', 'application/pdf');
    const sheet = await uploadFileOk(admin, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
    expectOk(await admin.put(`/api/training-classes/${cls.id}/attachments`, { attachments: [{ fileId: timetable.id, kind: 'timetable' }, { fileId: sheet.id, kind: 'sign_in_sheet' }] }), 200);
    expectOk(await admin.post(`/api/training-classes/${cls.id}/close`), 200);
    const [row] = (await t.db.query('SELECT status FROM training_class_enrolments WHERE class_id = $1 AND user_id = $2', [cls.id, userId])) as { status: string }[];
    expect(row?.status).toBe('completed');
  }

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    village = await createUnit(t.db, w.townA, 'village');
    c.noClass = await createCadre(t.db, village, { rank: 'fu_ke', name: '任01', appointmentDate: '2025-11-07' });
    c.byClass = await createCadre(t.db, village, { rank: 'fu_ke', name: '任02', appointmentDate: '2025-11-07' });
    c.byCourses = await createCadre(t.db, village, { rank: 'zheng_ke', name: '任03', appointmentDate: '2025-11-07' });
    // Appointed two months ago: due in ten months, so shown to the cadre but not yet a shortfall.
    c.recent = await createCadre(t.db, village, { rank: 'fu_ke', name: '任04', appointmentDate: addMonthsByHand(today, -2) });
    c.leap = await createCadre(t.db, village, { rank: 'fu_ke', name: '任05', appointmentDate: '2024-02-29' });
    // Appointed long ago: the period ended years back, no 任职培训 line at all.
    c.long = await createCadre(t.db, village, { rank: 'fu_ke', name: '任06', appointmentDate: '2019-05-01' });
    c.never = await createCadre(t.db, village, { rank: 'zheng_ke', name: '任07' });
    // Two courses required for new leaders, owned by the city, so they reach the village.
    courses = [
      await createCourse(w.as.orgAdmin, t.db, { title: '新任领导干部必修一', targets: [{ group: 'new_leader', required: true }] }),
      await createCourse(w.as.orgAdmin, t.db, { title: '新任领导干部必修二', targets: [{ group: 'new_leader', required: true }] }),
    ];
    // An elective for new leaders and a course required for another group are not part of it.
    await createCourse(w.as.orgAdmin, t.db, { title: '新任选修', targets: [{ group: 'new_leader', required: false }] });
    await createCourse(w.as.orgAdmin, t.db, { title: '执法必修', targets: [{ group: 'law_enforcement_mid', required: true }] });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  test('a leader appointed 13 months ago with no class is overdue in the shortfalls under appointment, due the appointment plus 12 months', async () => {
    const rows = await shortfalls(2026);
    expect(rows.map((s) => [s.name, s.line, s.lineLabel, s.measure, s.required, s.earned, s.remaining, s.days, s.requiredDays, s.dueDate])).toEqual([
      ['任01', 'appointment', '任职培训', 'completion', 1, 0, 1, null, null, '2026-11-07'],
      ['任02', 'appointment', '任职培训', 'completion', 1, 0, 1, null, null, '2026-11-07'],
      ['任03', 'appointment', '任职培训', 'completion', 1, 0, 1, null, null, '2026-11-07'],
    ]);
    // The leap-day appointment fell due on 2025-02-28: listed in 2025, not again in 2026.
    expect((await shortfalls(2025)).map((s) => [s.name, s.dueDate])).toEqual([['任05', '2025-02-28']]);
    // The engine says the same, with what is missing.
    const line = await appointmentLine(c.noClass.id, 2026);
    expect(line).toEqual({
      key: 'appointment', label: '任职培训', required: 1, earned: 0, remaining: 1, met: false, windowStart: 2025, windowEnd: 2026, dueDate: '2026-11-07',
      bySource: {}, days: null, requiredDays: null, byYear: [],
      appointment: { appointmentDate: '2025-11-07', overdue: true, satisfiedBy: null, classTitle: null, coursesRequired: 2, coursesCompleted: 0 },
    });
    // The period 2025-11-07 … 2026-11-07 touches 2025 too, where it was not yet due.
    expect((await appointmentLine(c.noClass.id, 2025))?.appointment).toMatchObject({ overdue: false });
    expect((await appointmentLine(c.leap.id, 2025))?.appointment).toMatchObject({ overdue: true });
    expect(await appointmentLine(c.leap.id, 2026)).toBeUndefined();
  });

  test('a recent leader sees the line, not yet due and not a shortfall; a leader of long ago and a cadre never appointed have no such line', async () => {
    const y = Number(today.slice(0, 4));
    const recent = await appointmentLine(c.recent.id, y);
    expect(recent).toMatchObject({ met: false, dueDate: addMonthsByHand(addMonthsByHand(today, -2), 12), appointment: { overdue: false } });
    expect((await shortfalls(y)).map((s) => s.userId)).not.toContain(c.recent.id);
    for (const [id, years] of [[c.long.id, [2021, 2025, 2026]], [c.never.id, [2019, 2020, 2025, 2026]]] as const) {
      for (const year of years) {
        const lines = await engine(id, year);
        expect(lines.map((l) => l.key)).toEqual(['online', 'centralized_year']);
      }
    }
    // In 2019 and 2020 the long-ago appointment's period (2019-05-01 … 2020-05-01) applied.
    expect((await appointmentLine(c.long.id, 2019))?.dueDate).toBe('2020-05-01');
    expect((await appointmentLine(c.long.id, 2020))?.appointment).toMatchObject({ overdue: true });
  });

  test('completing a class of kind appointment meets it; a class of another kind does not', async () => {
    await completeClass(c.byClass.id, 'special', '专题培训班（不算任职培训）');
    expect((await shortfalls(2026)).map((s) => s.userId)).toContain(c.byClass.id);
    await completeClass(c.byClass.id, 'appointment', '新任科级干部任职培训班');
    expect((await shortfalls(2026)).map((s) => s.userId)).not.toContain(c.byClass.id);
    const line = await appointmentLine(c.byClass.id, 2026);
    expect(line).toMatchObject({ met: true, earned: 1, remaining: 0, dueDate: '2026-11-07' });
    expect(line?.appointment).toEqual({ appointmentDate: '2025-11-07', overdue: false, satisfiedBy: 'class', classTitle: '新任科级干部任职培训班', coursesRequired: 2, coursesCompleted: 0 });
  });

  test('completing every course required for new leaders meets it; one of two does not', async () => {
    const agent = await signIn(t.http, c.byCourses);
    await enrolInCourse(agent, courses[0]!.id);
    await completeLesson(agent, t.db, courses[0]!.lessons[0]!);
    expect((await shortfalls(2026)).map((s) => s.userId)).toContain(c.byCourses.id);
    expect((await appointmentLine(c.byCourses.id, 2026))?.appointment).toMatchObject({ coursesRequired: 2, coursesCompleted: 1, satisfiedBy: null, overdue: true });
    await enrolInCourse(agent, courses[1]!.id);
    await completeLesson(agent, t.db, courses[1]!.lessons[0]!);
    expect((await shortfalls(2026)).map((s) => s.userId)).not.toContain(c.byCourses.id);
    const mine = expectOk<CadreRequirementsDto>(await agent.get('/api/my/requirements?year=2026'), 200);
    expect(mine.lines.find((l) => l.key === 'appointment')).toMatchObject({
      met: true,
      appointment: { satisfiedBy: 'courses', coursesRequired: 2, coursesCompleted: 2, overdue: false },
    });
  });

  test('the shortfalls without a line filter hold the overdue leader beside the hour lines, and agree with the engine', async () => {
    const all = expectOk<ShortfallPageDto>(await w.as.unitAdminA.get(`/api/requirements/shortfalls?unitId=${village.id}&year=2026&pageSize=100`), 200).items;
    const listed = all.filter((s) => s.line === 'appointment').map((s) => s.userId);
    const expected: string[] = [];
    for (const x of Object.values(c)) {
      const line = await appointmentLine(x.id, 2026);
      if (line && !line.met && line.appointment?.overdue) expected.push(x.id);
    }
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed).toEqual([c.noClass.id]);
    // Every cadre also owes the online line; the appointment row sorts after the configured lines.
    expect(all.filter((s) => s.userId === c.noClass.id).map((s) => s.line)).toEqual(['online', 'centralized_year', 'appointment']);
  });

  test('the export leaves the hour columns of 任职培训 empty; the reminder says by when; a 补训 may be recorded on it', async () => {
    const res = await getBytes(w.as.unitAdminA, `/api/exports/shortfalls.xlsx?unitId=${village.id}&year=2026&line=appointment`);
    expect(res.status).toBe(200);
    const sheet = (await readWorkbook(res.body as Buffer))['未达标人员']!;
    expect(sheet.slice(1).map((r) => r.slice(0, 10))).toEqual([['任01', village.name, '副科级', '任职培训', undefined, undefined, undefined, undefined, undefined, '2026-11-07']]);

    expectOk(await w.as.unitAdminA.post('/api/requirements/shortfalls/remind', { unitId: village.id, year: 2026, line: 'appointment' }), 200);
    const [note] = (await t.db.query(`SELECT body FROM notifications WHERE kind = 'shortfall' AND user_id = $1`, [c.noClass.id])) as { body: string }[];
    expect(note?.body).toContain('任职培训：应于2026-11-07前完成，已逾期');

    const body = { userId: c.noClass.id, year: 2026, line: 'appointment', arrangement: '参加市委党校新任领导干部任职培训班', dueDate: '2027-01-31', done: false };
    expectOk(await w.as.unitAdminA.post('/api/requirements/shortfalls/make-up', body), 200);
    expect((await shortfalls(2026))[0]?.makeUp).toMatchObject({ arrangement: body.arrangement, done: false });
  });

  test('the key appointment is reserved: a configured line may not take it', async () => {
    const line = { key: 'appointment', label: '任职培训', appliesTo: { rankLevels: [], groups: [] }, hours: 10, days: null, windowYears: 1, windowStart: null, sources: ['class'] };
    expectError(await w.as.orgAdmin.put('/api/requirements/2045', { lines: [line] }), 400, CommonError.ValidationFailed);
    expectError(await w.as.unitAdminA.get(`/api/requirements/shortfalls?year=2026&line=no_such_line`), 422, RequirementError.UnknownLine);
  });

  describe('promotion into 处级', () => {
    test('a rank change into 处级 records the day; an unmet five-year line is due one year later; within 处级 it stays, leaving 处级 clears it', async () => {
      const cadre = await createCadre(t.db, village, { rank: 'zheng_ke', name: '晋01' });
      const chuSince = async () => ((await t.db.query('SELECT chu_since::text AS d FROM users WHERE id = $1', [cadre.id])) as { d: string | null }[])[0]!.d;
      expectOk(await w.as.orgAdmin.patch(`/api/users/${cadre.id}`, { rank: 'fu_chu' }), 200);
      expect(await chuSince()).toBe(today);
      const y = Number(today.slice(0, 4));
      const nextYear = `${y + 1}-${today.slice(5) === '02-29' ? '02-28' : today.slice(5)}`;
      expect((await engine(cadre.id, y)).find((l) => l.key === 'centralized_5y')).toMatchObject({ met: false, dueDate: nextYear, promotedOn: today });
      // 副处 → 正处 stays within 处级: the day is kept.
      expectOk(await w.as.orgAdmin.patch(`/api/users/${cadre.id}`, { rank: 'zheng_chu' }), 200);
      expect(await chuSince()).toBe(today);
      expectOk(await w.as.orgAdmin.patch(`/api/users/${cadre.id}`, { rank: 'zhuren_keyuan_1' }), 200);
      expect(await chuSince()).toBeNull();
      // 四级调研员 is 处级 too.
      expectOk(await w.as.orgAdmin.patch(`/api/users/${cadre.id}`, { rank: 'diaoyanyuan_4' }), 200);
      expect(await chuSince()).toBe(today);
    });

    test('a 副处 promoted on 2026-06-07 (six months before this was written) is due 2027-06-07 in the engine and the shortfalls, in both years of the cycle it falls in', async () => {
      const cadre = await createCadre(t.db, village, { rank: 'fu_chu', name: '晋02' });
      const met = await createCadre(t.db, village, { rank: 'fu_chu', name: '晋03' });
      await t.db.query(`UPDATE users SET chu_since = '2026-06-07' WHERE id = ANY($1::uuid[])`, [[cadre.id, met.id]]);
      // 600 学时 of classes in 2026: the line is met, and the window's end stays its due date.
      await t.app.get(LedgerService).grant(t.db.manager, {
        userId: met.id,
        hours: 600,
        source: 'class',
        sourceRefId: randomUUID(),
        description: '测试学时',
        earnedAt: new Date('2026-06-15T12:00:00+08:00'),
      });
      for (const year of [2026, 2027]) {
        const line = (await engine(cadre.id, year)).find((l) => l.key === 'centralized_5y')!;
        expect([line.met, line.dueDate, line.promotedOn, line.windowStart, line.windowEnd]).toEqual([false, '2027-06-07', '2026-06-07', 2023, 2027]);
        const rows = (await shortfalls(year, 'centralized_5y')).filter((s) => s.userId === cadre.id);
        expect(rows.map((s) => [s.line, s.remaining, s.dueDate])).toEqual([['centralized_5y', 550, '2027-06-07']]);
        const done = (await engine(met.id, year)).find((l) => l.key === 'centralized_5y')!;
        expect([done.met, done.dueDate, done.promotedOn]).toEqual([true, '2027-12-31', undefined]);
      }
      // The next cycle (2028–2032) begins after the year of grace ended: its own end is the due date.
      const next = (await engine(cadre.id, 2028)).find((l) => l.key === 'centralized_5y')!;
      expect([next.dueDate, next.promotedOn]).toEqual(['2032-12-31', undefined]);
      expect((await shortfalls(2028, 'centralized_5y')).find((s) => s.userId === cadre.id)?.dueDate).toBe('2032-12-31');
    });
  });
});

/** `date` moved by whole months, counted on the calendar (the day clamped to the month's end). */
function addMonthsByHand(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
