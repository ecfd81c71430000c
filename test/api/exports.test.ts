import { randomUUID } from 'node:crypto';
import type { LedgerSource } from '@cadre/shared';
import { FieldCipher } from '../../server/src/common/crypto/field-cipher';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import { todayInShanghai } from '../../server/src/common/time';
import { createCadre, createUnit, uniq, type CadreRef } from '../factories';
import { signIn } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor, createPublishedCourse } from '../helpers/courses';
import { createQuestion, getBytes, publishedQuiz, readWorkbook, rightAnswer, saveAnswers, startAttempt, submitAttempt, wrongAnswer } from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Cross-module exports (GET /api/exports/completion-by-unit.xlsx, cadre-hours.xlsx, quiz-results.xlsx) on data counted
 * by hand. Hours, requirement lines and courses live in 2011 (a year no other test file uses); quizzes are sat today.
 */
const Y = 2011;
const ID_NUMBER = '110101199003074514';
/** An empty cell (no rate, no position, no ID number) as readWorkbook gives it back. */
const EMPTY = undefined;

describe('exports: completion by unit, cadre hours, quiz results', () => {
  let t: TestApp;
  let w: World;
  let a1: CadreRef;
  let courseTitles: { required: string; elective: string };

  beforeAll(async () => {
    // No scheduled jobs: one running beside the counted export would add its queries to the count.
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    const u = w.users;
    // a1: town A's own cadre, a law-enforcement middle manager (held to the 20-hour line too), with an ID number on file.
    a1 = await createCadre(t.db, w.townA, { name: uniq('甲一'), keyGroups: ['law_enforcement_mid'], rank: 'zheng_ke', phone: '13900001111' });
    await t.db.query('UPDATE users SET id_number_enc = $2, position = $3 WHERE id = $1', [a1.id, new FieldCipher(t.config.encryptionKey).encrypt(ID_NUMBER), '副科长']);
    // A disabled cadre never appears.
    await createCadre(t.db, w.townA, { status: 'disabled' });

    // The requirement lines of 2011: 网络培训 of 10 学时 for everyone, and 20 for law-enforcement middle managers.
    const online = (key: string, label: string, hours: number, groups: string[]) => ({
      key, label, appliesTo: { rankLevels: [], groups }, hours, days: null, windowYears: 1, windowStart: null, sources: ['course', 'quiz', 'offline_online'],
    });
    const lines = await w.as.orgAdmin.put(`/api/requirements/${Y}`, { lines: [online('online', '网络培训', 10, []), online('online_law', '执法培训', 20, ['law_enforcement_mid'])] });
    expect(lines.status).toBe(200);
    // Cadre A 8 course + 4 quiz, a1 15 course, the lecturer 10 from study meetings (which count toward no line).
    const grants: [CadreRef, number, LedgerSource][] = [[u.cadreA, 8, 'course'], [u.cadreA, 4, 'quiz'], [a1, 15, 'course'], [u.lecturerA, 10, 'study_record']];
    for (const [cadre, hours, source] of grants) {
      await t.app.get(LedgerService).grant(t.db.manager, { userId: cadre.id, hours, source, sourceRefId: randomUUID(), description: '测试学时', earnedAt: new Date(`${Y}-06-15T12:00:00+08:00`) });
    }

    const required = await createPublishedCourse(w.as.orgAdmin, { title: uniq('必修课'), creditHours: 3 });
    const elective = await createPublishedCourse(w.as.orgAdmin, { title: uniq('选学课'), creditHours: 1.5 });
    courseTitles = { required: required.title, elective: elective.title };
    const enrol = (cadre: CadreRef, courseId: string, isRequired: boolean, completedAt: string | null, due: string | null) =>
      t.db.query(
        `INSERT INTO enrollments (user_id, course_id, source, required, status, created_at, completed_at, due_date)
         VALUES ($1, $2, $3, $4, $5, '${Y}-03-01T08:00:00Z', $6, $7)`,
        [cadre.id, courseId, isRequired ? 'assigned' : 'self', isRequired, completedAt ? 'completed' : 'in_progress', completedAt, due],
      );
    await enrol(u.cadreA, required.id, true, `${Y}-05-01T02:00:00Z`, null);
    await enrol(u.cadreA, elective.id, false, `${Y}-06-01T02:00:00Z`, null);
    await enrol(a1, required.id, true, null, `${Y}-06-30`);
    await enrol(u.cadreB, required.id, true, null, null);
  }, 120_000);

  afterAll(async () => {
    await t?.db.query('DELETE FROM requirement_lines WHERE year = $1', [Y]);
    await t?.close();
  });

  describe('completion by unit', () => {
    it('gives the dashboard figures of each child unit and a totals row, and is audited', async () => {
      const res = await getBytes(w.as.orgAdmin, `/api/exports/completion-by-unit.xlsx?parentId=${w.root.id}&year=${Y}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${w.root.name}-${Y}年学习完成情况.xlsx`));
      const sheet = (await readWorkbook(res.body as Buffer))['按单位']!;
      expect(sheet[0]).toEqual([
        '单位', '干部人数', '必修课程人次', '已完成人次', '必修完成率', '逾期未完成人数', '人均学时', '全部要求达标人数', '达标率（全部适用要求）', '参加测试人数', '测试通过人数', '测试通过率',
        '宣讲场次', '宣讲听众人次', '学习研讨次数', '网络培训适用人数', '网络培训达标人数', '网络培训达标率', '执法培训适用人数', '执法培训达标人数', '执法培训达标率',
      ]);
      const byName = new Map(sheet.slice(1).map((r) => [r[0], r]));
      // Town A: unit admin, lecturer, cadre A, a1. 2 required enrolments, 1 done, a1's overdue; (12 + 15 + 10 + 0) / 4 = 9.25
      // hours. 网络培训: cadre A (12 ≥ 10) and a1 (15 ≥ 10) of 4 (the lecturer's study meetings do not count); 执法培训: a1
      // (15 < 20) of 1. Every line met: cadre A only, 1 of 4.
      expect(byName.get(w.townA.name)).toEqual([w.townA.name, 4, 2, 1, 0.5, 1, 9.3, 1, 0.25, 0, 0, EMPTY, 0, 0, 0, 4, 2, 0.5, 1, 0, 0]);
      expect(byName.get(w.townB.name)).toEqual([w.townB.name, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, EMPTY, 0, 0, 0, 2, 0, 0, 0, 0, EMPTY]);
      expect(byName.get(w.dept.name)).toEqual([w.dept.name, 2, 0, 0, EMPTY, 0, 0, 0, 0, 0, 0, EMPTY, 0, 0, 0, 2, 0, 0, 0, 0, EMPTY]);
      expect(sheet).toHaveLength(5);
      expect(sheet[4]).toEqual([`合计（${w.root.name}）`, 8, 3, 1, 0.333, 1, 4.6, 1, 0.125, 0, 0, EMPTY, 0, 0, 0, 8, 2, 0.25, 1, 0, 0]);

      // The same figures as the dashboard itself.
      const dash = (await w.as.orgAdmin.get(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`)).body as { items: { unitName: string; cadres: number; metHours: number; requiredCompleted: number }[] };
      for (const item of dash.items) expect(byName.get(item.unitName)?.slice(1, 4)).toEqual([item.cadres, expect.any(Number), item.requiredCompleted]);

      const audit = await auditRowsFor(t.db, w.root.id, 'completion.exported');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.orgAdmin.id, unit_path: w.root.path, outcome: 'success', details: { year: Y, rows: 3 } });
    });

    it('starts at a unit admin\'s town, and 404s outside scope; cadres get 403', async () => {
      const own = await getBytes(w.as.unitAdminA, `/api/exports/completion-by-unit.xlsx?year=${Y}`);
      expect(own.status).toBe(200);
      const sheet = (await readWorkbook(own.body as Buffer))['按单位']!;
      expect(sheet.map((r) => r[0])).toEqual(['单位', w.villageA.name, `${w.townA.name}（本级）`, `合计（${w.townA.name}）`]);
      expect((await w.as.unitAdminB.get(`/api/exports/completion-by-unit.xlsx?parentId=${w.townA.id}`)).status).toBe(404);
      expect((await w.as.cadreA.get('/api/exports/completion-by-unit.xlsx')).status).toBe(403);
      expect((await w.as.auditor.get('/api/exports/completion-by-unit.xlsx')).status).toBe(403);
    });
  });

  describe('cadre hours', () => {
    const HEADER = [
      '姓名', '单位', '职务', '职级', '重点群体', '手机号', '身份证号', '总学时', '网络课程', '测试', '学习研讨', '宣讲授课', '线下培训', '班次培训',
      '网络培训应修学时', '网络培训已修学时', '网络培训达标', '执法培训应修学时', '执法培训已修学时', '执法培训达标', '是否达标', '必修课程数', '必修已完成',
    ];

    it('lists each active cadre with hours by source and by requirement line, numbers masked, and the completed courses', async () => {
      const res = await getBytes(w.as.orgAdmin, `/api/exports/cadre-hours.xlsx?unitId=${w.townA.id}&year=${Y}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${w.townA.name}-${Y}年干部学时.xlsx`));
      const book = await readWorkbook(res.body as Buffer);
      const list = book['干部学时']!;
      expect(list[0]).toEqual(HEADER);
      expect(list).toHaveLength(5); // unit admin, lecturer, a1, cadre A (the disabled cadre is left out)
      const byName = new Map(list.slice(1).map((r) => [r[0], r]));
      expect(byName.get(a1.name)).toEqual([a1.name, w.townA.name, '副科长', '正科级', '执法领域中层干部', '139****1111', '110***********4514', 15, 15, 0, 0, 0, 0, 0, 10, 15, '达标', 20, 15, '未达标', '未达标', 1, 0]);
      expect(byName.get(w.users.cadreA.name)).toEqual([w.users.cadreA.name, w.villageA.name, EMPTY, '其他', EMPTY, '138****5678', EMPTY, 12, 8, 4, 0, 0, 0, 0, 10, 12, '达标', EMPTY, EMPTY, '不适用', '达标', 1, 1]);
      // The lecturer's 10 学时 of study meetings count toward no line.
      expect(byName.get(w.users.lecturerA.name)).toMatchObject({ 7: 10, 10: 10, 14: 10, 15: 0, 16: '未达标', 19: '不适用', 20: '未达标', 21: 0 });
      expect(byName.get(w.users.unitAdminA.name)).toMatchObject({ 7: 0, 14: 10, 15: 0, 16: '未达标', 20: '未达标' });
      expect(book['完成课程']).toEqual([
        ['姓名', '单位', '课程', '学时', '必修', '完成时间'],
        [w.users.cadreA.name, w.villageA.name, courseTitles.required, 3, '必修', `${Y}-05-01 10:00`],
        [w.users.cadreA.name, w.villageA.name, courseTitles.elective, 1.5, '选学', `${Y}-06-01 10:00`],
      ]);
      const audit = await auditRowsFor(t.db, w.townA.id, 'cadre_hours.exported');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.orgAdmin.id, details: { year: Y, rows: 4, unmasked: false } });
      expect(await auditRowsFor(t.db, w.townA.id, 'cadres.exported_unmasked')).toHaveLength(0);
    });

    it('gives the full numbers to an org admin only, audited as an unmasked export with the row count', async () => {
      const res = await getBytes(w.as.orgAdmin, `/api/exports/cadre-hours.xlsx?unitId=${w.townA.id}&year=${Y}&unmasked=true`);
      expect(res.status).toBe(200);
      const list = (await readWorkbook(res.body as Buffer))['干部学时']!;
      const row = list.find((r) => r[0] === a1.name)!;
      expect(row.slice(5, 7)).toEqual(['13900001111', ID_NUMBER]);
      const audit = await auditRowsFor(t.db, w.townA.id, 'cadres.exported_unmasked');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.orgAdmin.id, unit_path: w.townA.path, details: { year: Y, rows: 4, unmasked: true } });

      // A unit admin gets the masked file of their town, and 403 for the unmasked one.
      const masked = await getBytes(w.as.unitAdminA, `/api/exports/cadre-hours.xlsx?year=${Y}`);
      expect(masked.status).toBe(200);
      const maskedRow = (await readWorkbook(masked.body as Buffer))['干部学时']!.find((r) => r[0] === a1.name)!;
      expect(maskedRow.slice(5, 7)).toEqual(['139****1111', '110***********4514']);
      expect((await w.as.unitAdminA.get(`/api/exports/cadre-hours.xlsx?year=${Y}&unmasked=true`)).status).toBe(403);
      expect(await auditRowsFor(t.db, w.townA.id, 'cadres.exported_unmasked')).toHaveLength(1);
    });

    it('keeps to scope: 404 for another town, 403 for cadres, 400 for a bad flag', async () => {
      expect((await w.as.unitAdminB.get(`/api/exports/cadre-hours.xlsx?unitId=${w.townA.id}`)).status).toBe(404);
      expect((await w.as.cadreA.get('/api/exports/cadre-hours.xlsx')).status).toBe(403);
      expect((await w.as.orgAdmin.get(`/api/exports/cadre-hours.xlsx?unitId=${w.townA.id}&unmasked=maybe`)).status).toBe(400);
    });

    it('asks the database the same number of queries however many cadres there are', async () => {
      const logger = t.db.logger;
      let queries = 0;
      const counting = Object.create(logger) as typeof logger;
      counting.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
        queries += 1;
        return logger.logQuery(...args);
      };
      const count = async () => {
        queries = 0;
        Object.defineProperty(t.db, 'logger', { value: counting, configurable: true, writable: true });
        try {
          expect((await getBytes(w.as.orgAdmin, `/api/exports/cadre-hours.xlsx?unitId=${w.townB.id}&year=${Y}`)).status).toBe(200);
        } finally {
          Object.defineProperty(t.db, 'logger', { value: logger, configurable: true, writable: true });
        }
        return queries;
      };
      const before = await count();
      const village = await createUnit(t.db, w.townB, 'village');
      for (let i = 0; i < 8; i++) await createCadre(t.db, i % 2 ? w.townB : village);
      expect(await count()).toBe(before);
    });
  });

  describe('quiz results', () => {
    it('gives each cadre\'s best result per quiz of the year and a summary per quiz, audited', async () => {
      const question = await createQuestion(w.as.orgAdmin, { type: 'true_false' });
      const quiz = await publishedQuiz(w.as.orgAdmin, [question], { title: uniq('年度测试'), attemptsAllowed: 0, targetUnitId: w.root.id });
      const sit = async (cadre: CadreRef, right: boolean) => {
        const agent = await signIn(t.http, cadre);
        const attempt = await startAttempt(agent, quiz.id);
        await saveAnswers(agent, attempt.id, 1, { [question.id]: right ? rightAnswer(question) : wrongAnswer(question) });
        await submitAttempt(agent, attempt.id);
      };
      await sit(w.users.cadreA, false);
      await sit(w.users.cadreA, true);
      await sit(w.users.cadreB, false);
      const year = Number(todayInShanghai().slice(0, 4));

      const res = await getBytes(w.as.orgAdmin, `/api/exports/quiz-results.xlsx?unitId=${w.root.id}&year=${year}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${w.root.name}-${year}年测试成绩.xlsx`));
      const book = await readWorkbook(res.body as Buffer);
      const results = book['成绩']!;
      expect(results[0]).toEqual(['姓名', '单位', '测试', '最高分', '满分', '是否通过', '作答次数', '最后交卷时间']);
      const byName = new Map(results.slice(1).map((r) => [r[0], r]));
      expect(results).toHaveLength(3);
      expect(byName.get(w.users.cadreA.name)?.slice(0, 7)).toEqual([w.users.cadreA.name, w.villageA.name, quiz.title, 2, 2, '通过', 2]);
      expect(byName.get(w.users.cadreB.name)?.slice(0, 7)).toEqual([w.users.cadreB.name, w.villageB.name, quiz.title, 0, 2, '未通过', 1]);
      expect(String(byName.get(w.users.cadreA.name)?.[7])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(book['按测试']).toEqual([
        ['测试', '参考人数', '通过人数', '通过率', '平均最高分', '作答人次'],
        [quiz.title, 2, 1, 0.5, 1, 3],
      ]);
      const audit = await auditRowsFor(t.db, w.root.id, 'quiz_results.exported');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.orgAdmin.id, details: { year, rows: 2, quizzes: 1 } });

      // Town B's admin sees town B only, 404 for town A; a past year has nothing; cadres get 403.
      const townB = await getBytes(w.as.unitAdminB, `/api/exports/quiz-results.xlsx?year=${year}`);
      expect(townB.status).toBe(200);
      expect((await readWorkbook(townB.body as Buffer))['成绩']!.map((r) => r[0])).toEqual(['姓名', w.users.cadreB.name]);
      expect((await w.as.unitAdminB.get(`/api/exports/quiz-results.xlsx?unitId=${w.townA.id}`)).status).toBe(404);
      const past = await getBytes(w.as.orgAdmin, `/api/exports/quiz-results.xlsx?unitId=${w.root.id}&year=${Y}`);
      expect((await readWorkbook(past.body as Buffer))['成绩']).toHaveLength(1);
      expect((await w.as.cadreB.get('/api/exports/quiz-results.xlsx')).status).toBe(403);
    });
  });
});
