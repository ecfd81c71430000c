import request from 'supertest';
import { addMonths, todayInShanghai } from '../../server/src/common/time';
import { createCadre, uniq } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { expectError, expectOk, getBytes, readWorkbook } from '../helpers/quizzes';
import { importRoster, residentId, ROSTER_HEADER, rosterRow, rosterSheet, type RosterSheetRow } from '../helpers/roster';
import { createCourse, enrollmentRows } from '../helpers/learning';
import { buildWorld, type World } from '../helpers/world';
import { inlineRows, withExtraParts, withPaddedSharedStrings, withSheetTail } from '../helpers/xlsx';

interface ImportResult {
  rows: number;
  valid: number;
  imported: number;
  problems: { row: number; column: string; message: string }[];
}

interface ErrorBody {
  code: string;
  details?: { field: string; message: string }[];
}

interface StoredUser {
  id: string;
  username: string;
  name: string;
  password_hash: string | null;
  must_change_password: boolean;
  status: string;
  roles: string[];
  unit_id: string;
  gender: string;
  birth_date: string | null;
  political_status: string | null;
  education: string | null;
  rank: string;
  phone: string | null;
  id_number_enc: string | null;
  id_number_hash: string | null;
  appointment_date: string | null;
  key_groups: string[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UNIT_NOT_FOUND = '单位不存在或不在您的管理范围内';

describe('roster import (干部名册导入): POST /api/users/import', () => {
  let t: TestApp;
  let w: World;
  /** Name paths of the world's units, as the template writes them. */
  let villageAPath: string;
  let townBPath: string;
  let villageBPath: string;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    villageAPath = `${w.root.name}/${w.townA.name}/${w.villageA.name}`;
    townBPath = `${w.root.name}/${w.townB.name}`;
    villageBPath = `${townBPath}/${w.villageB.name}`;
  });
  afterAll(async () => {
    await t.close();
  });

  async function cityCount(): Promise<{ users: number; audits: number }> {
    const [row] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1) AS users,
              (SELECT count(*)::int FROM audit_logs WHERE action = 'user.imported') AS audits`,
      [`${w.root.path}%`],
    )) as [{ users: number; audits: number }];
    return row;
  }

  async function stored(usernames: string[]): Promise<Map<string, StoredUser>> {
    const rows = (await t.db.query(
      `SELECT id, username, name, password_hash, must_change_password, status, roles, unit_id, gender, birth_date::text, political_status,
              education, rank, phone, id_number_enc, id_number_hash, appointment_date::text, key_groups
         FROM users WHERE username = ANY($1)`,
      [usernames],
    )) as StoredUser[];
    return new Map(rows.map((r) => [r.username, r]));
  }

  const names = (rows: RosterSheetRow[]) => rows.map((r) => String(r.用户名).toLowerCase());

  describe('the template', () => {
    test('GET /api/users/import/template is an .xlsx: the Chinese header, an example row, and the units of the caller’s scope', async () => {
      const res = await getBytes(w.as.orgAdmin, '/api/users/import/template');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      expect(String(res.headers['content-disposition'])).toContain('attachment');
      const sheets = await readWorkbook(res.body as Buffer);
      const [roster, , units] = Object.values(sheets);
      expect(roster![0]).toEqual([...ROSTER_HEADER]);
      expect(roster!.length).toBe(2);
      const listed = units!.slice(1).map((r) => r[0]);
      expect(listed).toEqual(expect.arrayContaining([w.root.name, villageAPath, villageBPath]));
      expect(units!.slice(1).find((r) => r[0] === villageAPath)?.[1]).toBe(w.villageA.id);
    });

    test('a unit admin’s template lists only their own subtree', async () => {
      const sheets = await readWorkbook((await getBytes(w.as.unitAdminA, '/api/users/import/template')).body as Buffer);
      const listed = Object.values(sheets)[2]!.slice(1).map((r) => r[0]);
      expect(listed).toContain(villageAPath);
      expect(listed).not.toContain(villageBPath);
      expect(listed).not.toContain(w.root.name);
    });

    test('cadres, lecturers and the auditor get 403', async () => {
      for (const agent of [w.as.cadreA, w.as.lecturerA, w.as.auditor]) {
        expectError(await agent.get('/api/users/import/template'), 403, 'common/forbidden');
      }
    });
  });

  describe('a good file', () => {
    test('imported cadres get their key groups\' required courses at once, in the same transaction', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { targets: [{ group: 'two_new_orgs', required: true }] });
      const rows = [rosterRow(villageAPath, { 重点群体: '两新组织' }), rosterRow(villageAPath, { 重点群体: '' })];
      expectOk(await importRoster(w.as.orgAdmin, await rosterSheet(rows), 'commit'), 200, 'commit');
      const [member, other] = names(rows);
      const byName = await stored([member!, other!]);
      const enrolled = await enrollmentRows(t.db, course.id);
      const mine = enrolled.filter((e) => e.user_id === byName.get(member!)!.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ source: 'rule', required: true });
      expect(enrolled.some((e) => e.user_id === byName.get(other!)!.id)).toBe(false);
    });

    test('preview reports every row valid and writes nothing; commit imports them all with encrypted ID numbers and no password', async () => {
      const appointed = addMonths(todayInShanghai(), -2);
      const idNumber = residentId();
      const rows = [
        rosterRow(villageAPath, { 身份证号: idNumber, 手机号码: '13712345678' }),
        // The unit by its id, dates as Excel dates and in 年月日, groups by several separators, labels as codes.
        rosterRow(w.townB.id, { 出生日期: new Date(Date.UTC(1979, 10, 3)), 任现职时间: appointed, 重点群体: '两新组织，离退休和退出领导岗位干部', 性别: '男', 职级: 'zheng_ke' }),
        rosterRow(` ${w.root.name} / ${w.dept.name} `, { 出生日期: '1990年1月2日', 身份证号: '', 手机号码: '', 政治面貌: '', 学历: '', 职级: '', 重点群体: '', 民族: '' }),
      ];
      const file = await rosterSheet(rows);
      const before = await cityCount();

      const preview = expectOk<ImportResult>(await importRoster(w.as.orgAdmin, file, 'preview'), 200, 'preview');
      expect(preview).toEqual({ rows: 3, valid: 3, imported: 0, problems: [] });
      expect(await cityCount()).toEqual(before);

      const commit = expectOk<ImportResult>(await importRoster(w.as.orgAdmin, file, 'commit'), 200, 'commit');
      expect(commit).toEqual({ rows: 3, valid: 3, imported: 3, problems: [] });
      expect(await cityCount()).toEqual({ users: before.users + 3, audits: before.audits + 1 });

      const byName = await stored(names(rows));
      const [first, second, third] = names(rows).map((n) => byName.get(n)!);
      expect(first).toMatchObject({
        name: rows[0]!.姓名,
        password_hash: null,
        must_change_password: true,
        status: 'active',
        roles: ['cadre'],
        unit_id: w.villageA.id,
        gender: 'female',
        birth_date: '1986-03-15',
        political_status: 'cpc_member',
        education: 'bachelor',
        rank: 'zhuren_keyuan_4',
        phone: '13712345678',
        key_groups: ['law_enforcement_mid'],
        appointment_date: null,
      });
      expect(first!.id_number_enc).toBeTruthy();
      expect(first!.id_number_enc).not.toContain(idNumber);
      expect(first!.id_number_enc).not.toContain(idNumber.slice(6, 14));
      expect(first!.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(second).toMatchObject({ unit_id: w.townB.id, gender: 'male', birth_date: '1979-11-03', appointment_date: appointed, rank: 'zheng_ke', key_groups: ['retired_or_stepped_down', 'two_new_orgs'] });
      expect(third).toMatchObject({ unit_id: w.dept.id, birth_date: '1990-01-02', id_number_enc: null, id_number_hash: null, phone: null, rank: 'other', political_status: null, key_groups: [] });

      // Lists mask the numbers; the detail says there is no password yet; the new leader group is derived.
      const list = expectOk<{ items: { id: string; phone: string | null; keyGroups: string[] }[] }>(
        await w.as.orgAdmin.get(`/api/users?q=${encodeURIComponent(String(rows[0]!.姓名))}`),
        200,
        'list',
      );
      expect(list.items).toEqual([expect.objectContaining({ id: first!.id, phone: '137****5678' })]);
      const detail = expectOk<{ idNumber: string; hasPassword: boolean; mustChangePassword: boolean }>(await w.as.orgAdmin.get(`/api/users/${first!.id}`), 200, 'detail');
      expect(detail).toMatchObject({ idNumber: `${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}`, hasPassword: false, mustChangePassword: true });
      const secondDetail = expectOk<{ keyGroups: string[] }>(await w.as.orgAdmin.get(`/api/users/${second!.id}`), 200, 'detail');
      expect(secondDetail.keyGroups).toEqual(['new_leader', 'retired_or_stepped_down', 'two_new_orgs']);

      // One audit record for the whole file.
      const [audit] = (await t.db.query(`SELECT details, unit_path FROM audit_logs WHERE action = 'user.imported' AND actor_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [
        w.users.orgAdmin.id,
      ])) as { details: { count: number }; unit_path: string }[];
      expect(audit).toEqual({ details: { count: 3 }, unit_path: w.root.path });
    });

    test('an imported cadre cannot sign in: the same 401 as a wrong password, until an admin issues an initial password', async () => {
      const row = rosterRow(villageAPath);
      expectOk(await importRoster(w.as.unitAdminA, await rosterSheet([row]), 'commit'), 200, 'commit');
      const username = String(row.用户名);
      const login = (u: string, password: string) => request(t.http).post('/api/auth/login').send({ username: u, password });

      const imported = await login(username, 'Anything#2026');
      const wrong = await login(w.users.cadreB.username, 'Anything#2026');
      expect({ status: imported.status, code: (imported.body as ErrorBody).code }).toEqual({ status: 401, code: 'auth/invalid_credentials' });
      expect({ status: imported.status, body: imported.body as unknown }).toEqual({ status: wrong.status, body: wrong.body as unknown });
      // An empty password never reaches the password check (refused as malformed input); guesses get the same 401.
      const empty = await login(username, '');
      expect({ status: empty.status, code: (empty.body as ErrorBody).code, fields: (empty.body as ErrorBody).details?.map((d) => d.field) }).toEqual({
        status: 400,
        code: 'common/validation_failed',
        fields: ['password'],
      });
      for (const guess of [username, 'Demo@2026']) {
        const guessed = await login(username, guess);
        expect({ guess, status: guessed.status, code: (guessed.body as ErrorBody).code }).toEqual({ guess, status: 401, code: 'auth/invalid_credentials' });
      }

      // The admin issues the initial password through reset-password; the cadre signs in and must change it.
      const id = (await stored([username])).get(username)!.id;
      const issued = expectOk<{ initialPassword: string }>(await w.as.unitAdminA.post(`/api/users/${id}/reset-password`), 200, 'issue password');
      const signedIn = await login(username, issued.initialPassword);
      expect(signedIn.status).toBe(200);
      expect((signedIn.body as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
    });

    test('a 1,000-row file imports in one go', async () => {
      const rows = Array.from({ length: 1000 }, (_, i) => rosterRow(i % 2 ? villageAPath : w.villageB.id, { 手机号码: `139${String(i).padStart(8, '0')}` }));
      const file = await rosterSheet(rows);
      const before = await cityCount();
      expect(expectOk<ImportResult>(await importRoster(w.as.orgAdmin, file, 'preview'), 200, 'preview')).toEqual({ rows: 1000, valid: 1000, imported: 0, problems: [] });
      expect(expectOk<ImportResult>(await importRoster(w.as.orgAdmin, file, 'commit'), 200, 'commit')).toEqual({ rows: 1000, valid: 1000, imported: 1000, problems: [] });
      expect(await cityCount()).toEqual({ users: before.users + 1000, audits: before.audits + 1 });
      const hashes = (await t.db.query(`SELECT count(DISTINCT id_number_hash)::int AS n FROM users WHERE username = ANY($1)`, [names(rows)])) as [{ n: number }];
      expect(hashes[0].n).toBe(1000);
    });

    // Inflating hands the reader 16 KB chunks; a reader that decodes each chunk apart (exceljs's streaming one does)
    // turns a Chinese character cut in two into U+FFFD. 2,000 long Chinese names put dozens of chunk ends inside one.
    test('Chinese names split between inflated chunks are stored whole: 2,000 rows', async () => {
      const digits = '零一二三四五六七八九';
      const name = (i: number) => `欧阳${[...String(i).padStart(4, '0')].map((d) => digits[Number(d)]).join('')}${'名册导入测试干部'.repeat(5)}`;
      const rows = Array.from({ length: 2000 }, (_, i) => rosterRow(villageAPath, { 姓名: name(i), 手机号码: `137${String(i).padStart(8, '0')}` }));
      expect(expectOk<ImportResult>(await importRoster(w.as.orgAdmin, await rosterSheet(rows), 'commit'), 200, 'commit').imported).toBe(2000);
      const usernames = names(rows);
      const byName = await stored(usernames);
      expect(usernames.filter((u, i) => byName.get(u)?.name !== name(i))).toEqual([]);
    });
  });

  describe('a file with problems imports nothing', () => {
    test('each problem is named by row and column; preview answers 200 with them, commit 422 users/import_invalid', async () => {
      const existing = await createCadre(t.db, w.villageA, { username: uniq('taken') });
      const existing2 = await createCadre(t.db, w.villageB, { username: uniq('taken') });
      const takenId = residentId();
      expectOk(await importRoster(w.as.orgAdmin, await rosterSheet([rosterRow(villageAPath, { 身份证号: takenId })]), 'commit'), 200, 'seed an ID number');
      const twinName = uniq('twin').toLowerCase();
      const twinId = residentId();
      const rows = [
        rosterRow(villageAPath), // 2: good
        rosterRow(`${w.root.name}/不存在的镇`), // 3: unknown unit
        rosterRow(villageAPath, { 出生日期: '1986-02-30' }), // 4: bad date
        rosterRow(villageAPath, { 重点群体: '执法领域中层干部,先进典型' }), // 5: bad key group
        rosterRow(villageAPath, { 用户名: twinName, 身份证号: twinId }), // 6: good by itself
        rosterRow(villageAPath, { 用户名: twinName.toUpperCase() }), // 7: username repeats row 6
        rosterRow(villageAPath, { 身份证号: twinId }), // 8: ID number repeats row 6
        rosterRow(villageAPath, { 用户名: existing.username }), // 9: username taken in the database
        rosterRow(villageAPath, { 身份证号: takenId }), // 10: ID number recorded in the database
        rosterRow(villageAPath, { 任现职时间: 'next week', 性别: '未知' }), // 11: two problems in one row
        rosterRow(villageAPath, { 身份证号: '110105198001011234' }), // 12: fails the check digit
        rosterRow(villageAPath, { 重点群体: '新任职领导干部' }), // 13: the derived group
        rosterRow(villageAPath), // 14: good
        rosterRow(`${villageAPath}/不存在`, { 出生日期: '1986-13-01', 用户名: existing2.username }), // 15: every problem of the row at once
      ];
      const file = await rosterSheet(rows);
      const before = await cityCount();

      const preview = expectOk<ImportResult>(await importRoster(w.as.orgAdmin, file, 'preview'), 200, 'preview');
      expect(preview.rows).toBe(14);
      expect(preview.imported).toBe(0);
      expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
        [3, '单位'],
        [4, '出生日期'],
        [5, '重点群体'],
        [7, '用户名'],
        [8, '身份证号'],
        [9, '用户名'],
        [10, '身份证号'],
        [11, '性别'],
        [11, '任现职时间'],
        [12, '身份证号'],
        [13, '重点群体'],
        [15, '出生日期'],
        [15, '单位'],
        [15, '用户名'],
      ]);
      expect(preview.valid).toBe(3);
      expect(preview.problems.find((p) => p.row === 3)!.message).toBe(UNIT_NOT_FOUND);
      expect(preview.problems.find((p) => p.row === 7)!.message).toContain('6');
      expect(preview.problems.find((p) => p.row === 8)!.message).toContain('6');
      expect(preview.problems.find((p) => p.row === 5)!.message).toContain('先进典型');

      const commit = await importRoster(w.as.orgAdmin, file, 'commit');
      expectError(commit, 422, 'users/import_invalid');
      const fields = (commit.body as ErrorBody).details!.map((d) => d.field);
      expect(fields).toEqual(preview.problems.map((p) => `row ${p.row} ${p.column}`));
      expect(await cityCount()).toEqual(before);
      expect((await stored(names(rows).filter((n) => n !== existing.username && n !== existing2.username))).size).toBe(0);
    });

    test('a unit admin imports only into their subtree: a unit elsewhere reads exactly like an unknown one', async () => {
      const rows = [rosterRow(villageAPath), rosterRow(villageBPath), rosterRow(w.villageB.id), rosterRow(w.root.name), rosterRow(`${w.root.name}/${w.townA.name}`)];
      const preview = expectOk<ImportResult>(await importRoster(w.as.unitAdminA, await rosterSheet(rows), 'preview'), 200, 'preview');
      expect(preview.problems).toEqual([
        { row: 3, column: '单位', message: UNIT_NOT_FOUND },
        { row: 4, column: '单位', message: UNIT_NOT_FOUND },
        { row: 5, column: '单位', message: UNIT_NOT_FOUND },
      ]);
      const before = await cityCount();
      expectError(await importRoster(w.as.unitAdminA, await rosterSheet(rows), 'commit'), 422, 'users/import_invalid');
      expect(await cityCount()).toEqual(before);

      const own = [rosterRow(villageAPath), rosterRow(`${w.root.name}/${w.townA.name}`)];
      expect(expectOk<ImportResult>(await importRoster(w.as.unitAdminA, await rosterSheet(own), 'commit'), 200, 'own subtree').imported).toBe(2);
      const byName = await stored(names(own));
      expect(names(own).map((n) => byName.get(n)!.unit_id)).toEqual([w.villageA.id, w.townA.id]);
    });

    test('a retired unit cannot be named', async () => {
      await t.db.query(`UPDATE org_units SET retired_at = now() WHERE id = $1`, [w.villageB.id]);
      try {
        const preview = expectOk<ImportResult>(await importRoster(w.as.orgAdmin, await rosterSheet([rosterRow(villageBPath)]), 'preview'), 200, 'preview');
        expect(preview.problems).toEqual([{ row: 2, column: '单位', message: UNIT_NOT_FOUND }]);
      } finally {
        await t.db.query(`UPDATE org_units SET retired_at = NULL WHERE id = $1`, [w.villageB.id]);
      }
    });

    test('two commits of the same file at once: one imports, the other is refused whole (409 or 422, never 500)', async () => {
      const rows = Array.from({ length: 200 }, () => rosterRow(villageAPath));
      const file = await rosterSheet(rows);
      const before = await cityCount();
      const answers = await Promise.all([importRoster(w.as.orgAdmin, file, 'commit'), importRoster(w.as.orgAdmin, file, 'commit')]);
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 422]).toContain(statuses[1]);
      const refused = answers.find((a) => a.status !== 200)!;
      expect((refused.body as ErrorBody).code).toBe(refused.status === 409 ? 'users/import_conflict' : 'users/import_invalid');
      expect(await cityCount()).toEqual({ users: before.users + 200, audits: before.audits + 1 });
    });

    // A second connection holds an uncommitted account with one of the file's usernames, so the import's check passes
    // and its INSERT waits on the unique index. The embedded database has one connection: there the race cannot happen.
    (process.env.TEST_DATABASE_URL ? test : test.skip)('a username taken while the commit runs: 409 users/import_conflict, nothing imported, no audit record', async () => {
      const rows = Array.from({ length: 50 }, () => rosterRow(villageAPath));
      const file = await rosterSheet(rows);
      const before = await cityCount();
      const other = t.db.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      try {
        await other.query(`INSERT INTO users (username, name, gender, unit_id) VALUES ($1, '抢先', 'male', $2)`, [String(rows[30]!.用户名), w.villageA.id]);
        const pending = importRoster(w.as.orgAdmin, file, 'commit').then((res) => res);
        await new Promise((r) => setTimeout(r, 500));
        await other.commitTransaction();
        const res = await pending;
        expectError(res, 409, 'users/import_conflict');
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
      }
      expect(await cityCount()).toEqual({ users: before.users + 1, audits: before.audits });
    });
  });

  describe('malformed requests', () => {
    test('a file that is not an .xlsx, a sheet without the template columns, or an empty one: 400 users/import_malformed with details', async () => {
      const before = await cityCount();
      const text = await importRoster(w.as.orgAdmin, Buffer.from('用户名,姓名\nzhang,张\n', 'utf8'), 'preview', { filename: 'roster.csv', contentType: 'text/csv' });
      expectError(text, 400, 'users/import_malformed');
      expect((text.body as ErrorBody).details).toEqual([{ field: 'file', message: expect.any(String) }]);

      const columns = await importRoster(w.as.orgAdmin, await rosterSheet([{ 用户名: 'abc', 姓名: '张' }], ['用户名', '姓名']), 'commit');
      expectError(columns, 400, 'users/import_malformed');
      expect((columns.body as ErrorBody).details![0]!.field).toMatch(/^row 1 性别/);

      expectError(await importRoster(w.as.orgAdmin, await rosterSheet([]), 'commit'), 400, 'users/import_malformed');
      expect(await cityCount()).toEqual(before);
    });

    // The review's 200,000-row roster was parsed whole (5 s of CPU, 270 MB) before the cap answered. The sheet is now
    // streamed and reading stops at the first row past the cap; what a file unpacks to is bounded too.
    test('one row over the 20,000-row cap: 400 users/import_malformed with the cap’s message, as before', async () => {
      const file = await withSheetTail(await rosterSheet([]), inlineRows(2, 20_001, (r) => `cap${r}`));
      const before = await cityCount();
      const res = await importRoster(w.as.orgAdmin, file, 'commit');
      expectError(res, 400, 'users/import_malformed');
      expect((res.body as ErrorBody).details).toEqual([{ field: 'file', message: '一次最多导入 20000 行' }]);
      expect(await cityCount()).toEqual(before);
    });

    test('reading stops at the row past the cap: 1,000 more rows and a broken end after it are never parsed', async () => {
      // A reader that parsed the whole sheet first would meet the broken row and call the file unreadable.
      const tail = `${inlineRows(2, 21_000, (r) => `cap${r}`)}<row r="30000"><c r="A30000"><v>1</v></row>`;
      const res = await importRoster(w.as.orgAdmin, await withSheetTail(await rosterSheet([]), tail), 'preview');
      expectError(res, 400, 'users/import_malformed');
      expect((res.body as ErrorBody).details).toEqual([{ field: 'file', message: '一次最多导入 20000 行' }]);
    });

    test('a small file that unpacks to more than the limit (a zip bomb) is refused: 413 files/too_large, nothing imported', async () => {
      const before = await cityCount();
      const good = await rosterSheet([rosterRow(villageAPath)]);
      // Shared strings are read whole, so their declared size is refused before a byte of them is inflated.
      const strings = await withPaddedSharedStrings(good, 17 * 1024 * 1024);
      expect(strings.length).toBeLessThan(1024 * 1024);
      expectError(await importRoster(w.as.orgAdmin, strings, 'commit'), 413, 'files/too_large');
      // The sheet streams: it is refused once what it has unpacked passes 64 MB.
      const sheet = await withSheetTail(good, ' '.repeat(65 * 1024 * 1024));
      expect(sheet.length).toBeLessThan(1024 * 1024);
      expectError(await importRoster(w.as.orgAdmin, sheet, 'commit'), 413, 'files/too_large');
      expect(await cityCount()).toEqual(before);
    });

    // The zip's central directory is what the size checks read; yauzl then refuses a part that inflates past what it
    // declares. A reader that follows the local headers instead (exceljs's streaming one) would import this file.
    test('a zip whose directory understates what a part unpacks to is unreadable: 400, nothing imported', async () => {
      const before = await cityCount();
      const file = await withPaddedSharedStrings(await rosterSheet([rosterRow(villageAPath)]), 4 * 1024 * 1024, 1024);
      const res = await importRoster(w.as.orgAdmin, file, 'commit');
      expectError(res, 400, 'users/import_malformed');
      expect((res.body as ErrorBody).details).toEqual([{ field: 'file', message: '不是有效的 Excel（.xlsx）文件' }]);
      expect(await cityCount()).toEqual(before);
    });

    // Each directory entry costs the zip reader time, so a zip of tens of thousands of empty parts is refused unread.
    test('a zip of more than 10,000 entries is refused before its directory is read: 400, nothing imported', async () => {
      const before = await cityCount();
      const file = await withExtraParts(await rosterSheet([rosterRow(villageAPath)]), 10_000);
      const res = await importRoster(w.as.orgAdmin, file, 'commit');
      expectError(res, 400, 'users/import_malformed');
      expect((res.body as ErrorBody).details).toEqual([{ field: 'file', message: '不是有效的 Excel（.xlsx）文件' }]);
      expect(await cityCount()).toEqual(before);
    });

    test('no file, no mode or an unknown mode: 400', async () => {
      expectError(await w.as.orgAdmin.post('/api/users/import?mode=preview'), 400, 'files/missing');
      const file = await rosterSheet([rosterRow(villageAPath)]);
      expectError(await importRoster(w.as.orgAdmin, file, null), 400, 'common/validation_failed');
      expect((await w.as.orgAdmin.post('/api/users/import?mode=dry').attach('file', file, { filename: 'r.xlsx', contentType: XLSX })).status).toBe(400);
    });

    test('cadres, lecturers and the auditor get 403; no token 401', async () => {
      const file = await rosterSheet([rosterRow(villageAPath)]);
      for (const agent of [w.as.cadreA, w.as.lecturerA, w.as.auditor]) expectError(await importRoster(agent, file, 'preview'), 403, 'common/forbidden');
      const anonymous = await request(t.http).post('/api/users/import?mode=preview').attach('file', file, { filename: 'r.xlsx', contentType: XLSX });
      expect(anonymous.status).toBe(401);
    });
  });
});
