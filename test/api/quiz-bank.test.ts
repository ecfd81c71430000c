import { randomUUID } from 'node:crypto';
import { createCadre, createRoot, uniq } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import {
  createQuestion,
  expectError,
  expectOk,
  getBytes,
  importSheet,
  postQuestion,
  questionBody,
  questionSheet,
  readWorkbook,
  SHEET_HEADER,
  sheetRow,
  type BankQuestion,
} from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';
import { inlineRows, withExtraParts, withPaddedSharedStrings, withSheetTail } from '../helpers/xlsx';

interface QuestionPage {
  items: BankQuestion[];
  total: number;
  page: number;
  pageSize: number;
}

interface ImportResult {
  rows: number;
  imported: number;
  problems: { row: number; column: string; message: string }[];
}

interface ErrorBody {
  code: string;
  details?: { field: string; message: string }[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('question bank (题库): questions, filters, Excel template and import', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Questions stored under this file's city (retired ones included). */
  async function bankCount(): Promise<number> {
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM questions q JOIN org_units ou ON ou.id = q.owner_unit_id WHERE ou.path LIKE $1`,
      [`${w.root.path}%`],
    )) as [{ n: number }];
    return n;
  }

  async function list(agent: Agent, query: string): Promise<QuestionPage> {
    return expectOk<QuestionPage>(await agent.get(`/api/questions${query}`), 200, `list questions ${query}`);
  }

  // ---- creating questions ----------------------------------------------------------------------------------------

  describe('POST /api/questions', () => {
    test('creates each type; true/false gets its two fixed options, fill-in none; GET returns it with the answer', async () => {
      const single = await createQuestion(w.as.orgAdmin, { type: 'single', explanation: '党的二十大于2022年10月召开。', tags: ['二十大', ' 理论 '], difficulty: 1 });
      expect(single).toMatchObject({
        type: 'single',
        options: [
          { id: 'A', text: '选项甲' },
          { id: 'B', text: '选项乙' },
          { id: 'C', text: '选项丙' },
          { id: 'D', text: '选项丁' },
        ],
        answer: ['B'],
        explanation: '党的二十大于2022年10月召开。',
        tags: ['二十大', '理论'],
        difficulty: 1,
        status: 'active',
        usage: 0,
      });

      const multiple = await createQuestion(w.as.orgAdmin, { type: 'multiple', answer: ['C', 'A', 'C'] });
      expect(multiple.type).toBe('multiple');
      expect([...multiple.answer].sort()).toEqual(['A', 'C']);

      const tf = await createQuestion(w.as.orgAdmin, { type: 'true_false', answer: ['F'], options: [{ id: 'A', text: '随便' }] });
      expect(tf).toMatchObject({ type: 'true_false', answer: ['F'], options: [{ id: 'T', text: '正确' }, { id: 'F', text: '错误' }] });

      const fill = await createQuestion(w.as.orgAdmin, { type: 'fill', answer: ['  法制审核 ', '法制审查'] });
      expect(fill).toMatchObject({ type: 'fill', options: [], answer: ['法制审核', '法制审查'] });

      for (const q of [single, multiple, tf, fill]) {
        const got = expectOk<BankQuestion>(await w.as.orgAdmin.get(`/api/questions/${q.id}`), 200, 'get question');
        expect(got).toEqual(q);
      }
      const [row] = (await t.db.query(`SELECT owner_unit_id, answer FROM questions WHERE id = $1`, [tf.id])) as { owner_unit_id: string; answer: string[] }[];
      expect(row).toEqual({ owner_unit_id: w.root.id, answer: ['F'] });
    });

    test.each([
      ['a single choice with two answers', questionBody('single', { answer: ['A', 'B'] })],
      ['a multiple choice with one answer', questionBody('multiple', { answer: ['A'] })],
      ['a multiple choice whose every option is right', questionBody('multiple', { answer: ['A', 'B', 'C', 'D'] })],
      ['a single choice whose answer names no option', questionBody('single', { answer: ['E'] })],
      ['a multiple choice whose answer names no option', questionBody('multiple', { answer: ['A', 'F'] })],
      ['a true/false answered X', questionBody('true_false', { answer: ['X'] })],
      ['a single choice with one option', questionBody('single', { options: [{ id: 'A', text: '唯一' }], answer: ['A'] })],
    ])('%s is a 422 quiz/invalid_question naming the field, and nothing is stored', async (_name, body) => {
      const before = await bankCount();
      const res = await postQuestion(w.as.orgAdmin, body);
      expectError(res, 422, 'quiz/invalid_question');
      const details = (res.body as ErrorBody).details ?? [];
      expect(details.length).toBeGreaterThan(0);
      for (const d of details) expect(['answer', 'options']).toContain(d.field);
      expect(await bankCount()).toBe(before);
    });

    test('the answer is where the inconsistency is reported for bad answers', async () => {
      const res = await postQuestion(w.as.orgAdmin, questionBody('single', { answer: ['Z'] }));
      expectError(res, 422, 'quiz/invalid_question');
      expect((res.body as ErrorBody).details!.map((d) => d.field)).toContain('answer');
      const tf = await postQuestion(w.as.orgAdmin, questionBody('true_false', { answer: ['X'] }));
      expect((tf.body as ErrorBody).details).toEqual([{ field: 'answer', message: expect.any(String) }]);
    });

    test('malformed bodies are a 400: an unknown type, difficulty 6, no answer', async () => {
      expectError(await postQuestion(w.as.orgAdmin, { ...questionBody('single'), type: 'essay' }), 400, 'common/validation_failed');
      expectError(await postQuestion(w.as.orgAdmin, { ...questionBody('single'), difficulty: 6 }), 400, 'common/validation_failed');
      expectError(await postQuestion(w.as.orgAdmin, { ...questionBody('single'), answer: [] }), 400, 'common/validation_failed');
    });

    test('a cadre, a unit admin and the auditor may not touch the bank: 403', async () => {
      const before = await bankCount();
      for (const agent of [w.as.cadreA, w.as.unitAdminA, w.as.auditor]) {
        expectError(await postQuestion(agent, questionBody('single')), 403, 'common/forbidden');
        expectError(await agent.get('/api/questions'), 403, 'common/forbidden');
      }
      expectError(await w.as.cadreA.get('/api/questions/template'), 403, 'common/forbidden');
      expectError(await importSheet(w.as.cadreA, await questionSheet([sheetRow('单选')])), 403, 'common/forbidden');
      expect(await bankCount()).toBe(before);
    });

    test("another city's org admin gets a 404 for our questions and does not list them", async () => {
      const mine = await createQuestion(w.as.orgAdmin, { type: 'single' });
      const otherRoot = await createRoot(t.db);
      const stranger = await signIn(t.http, await createCadre(t.db, otherRoot, { roles: ['cadre', 'org_admin'], scopeUnit: otherRoot }));
      expectError(await stranger.get(`/api/questions/${mine.id}`), 404, 'common/not_found');
      expectError(await stranger.put(`/api/questions/${mine.id}`, questionBody('single')), 404, 'common/not_found');
      expectError(await stranger.delete(`/api/questions/${mine.id}`), 404, 'common/not_found');
      const theirs = await list(stranger, `?q=${encodeURIComponent(mine.stem)}`);
      expect(theirs.total).toBe(0);
      expectError(await w.as.orgAdmin.get(`/api/questions/${randomUUID()}`), 404, 'common/not_found');
      // Untouched by their attempts.
      const [row] = (await t.db.query(`SELECT status, stem FROM questions WHERE id = $1`, [mine.id])) as { status: string; stem: string }[];
      expect(row).toEqual({ status: 'active', stem: mine.stem });
    });

    test('PUT replaces a question in scope, checked like a new one', async () => {
      const q = await createQuestion(w.as.orgAdmin, { type: 'single' });
      const updated = expectOk<BankQuestion>(
        await w.as.orgAdmin.put(`/api/questions/${q.id}`, questionBody('single', { stem: q.stem, answer: ['D'], difficulty: 5 })),
        200,
        'update',
      );
      expect(updated).toMatchObject({ id: q.id, answer: ['D'], difficulty: 5 });
      expectError(await w.as.orgAdmin.put(`/api/questions/${q.id}`, questionBody('single', { answer: ['A', 'D'] })), 422, 'quiz/invalid_question');
      expect(expectOk<BankQuestion>(await w.as.orgAdmin.get(`/api/questions/${q.id}`), 200, 'get').answer).toEqual(['D']);
    });
  });

  // ---- listing -----------------------------------------------------------------------------------------------------

  describe('GET /api/questions, tags and retiring', () => {
    const tag = uniq('过滤');
    const other = uniq('别的');
    let made: BankQuestion[];

    beforeAll(async () => {
      made = [
        await createQuestion(w.as.orgAdmin, { type: 'single', tags: [tag], difficulty: 1, stem: uniq('纪律处分条例单选') }),
        await createQuestion(w.as.orgAdmin, { type: 'single', tags: [tag, other], difficulty: 3, stem: uniq('依法行政单选') }),
        await createQuestion(w.as.orgAdmin, { type: 'multiple', tags: [tag], difficulty: 3, stem: uniq('纪律处分条例多选') }),
        await createQuestion(w.as.orgAdmin, { type: 'true_false', tags: [tag, other], difficulty: 5, stem: uniq('八项规定判断') }),
        await createQuestion(w.as.orgAdmin, { type: 'fill', tags: [tag], difficulty: 3, stem: uniq('依法行政填空') }),
      ];
    });

    const ids = (page: QuestionPage) => page.items.map((q) => q.id).sort();
    const idsOf = (qs: BankQuestion[]) => qs.map((q) => q.id).sort();

    test('filters by tag, type, difficulty and stem text, and combines them', async () => {
      const all = await list(w.as.orgAdmin, `?tag=${encodeURIComponent(tag)}&pageSize=100`);
      expect(all.total).toBe(5);
      expect(ids(all)).toEqual(idsOf(made));

      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(other)}`))).toEqual(idsOf([made[1]!, made[3]!]));
      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(tag)}&type=single`))).toEqual(idsOf([made[0]!, made[1]!]));
      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(tag)}&difficulty=3`))).toEqual(idsOf([made[1]!, made[2]!, made[4]!]));
      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(tag)}&q=${encodeURIComponent('纪律处分条例')}`))).toEqual(idsOf([made[0]!, made[2]!]));
      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(tag)}&q=${encodeURIComponent('依法行政')}&type=fill`))).toEqual(idsOf([made[4]!]));
      // A LIKE wildcard in q is a literal character, not "anything".
      expect((await list(w.as.orgAdmin, `?tag=${encodeURIComponent(tag)}&q=%25`)).total).toBe(0);
      expectError(await w.as.orgAdmin.get('/api/questions?type=essay'), 400, 'common/validation_failed');
    });

    test('pages through the bank without gaps or repeats; more than 100 a page is a 400', async () => {
      const q = `?tag=${encodeURIComponent(tag)}&pageSize=2`;
      const p1 = await list(w.as.orgAdmin, `${q}&page=1`);
      const p2 = await list(w.as.orgAdmin, `${q}&page=2`);
      const p3 = await list(w.as.orgAdmin, `${q}&page=3`);
      expect([p1.total, p2.total, p3.total]).toEqual([5, 5, 5]);
      expect([p1.items.length, p2.items.length, p3.items.length]).toEqual([2, 2, 1]);
      expect([p1.page, p1.pageSize, p3.page]).toEqual([1, 2, 3]);
      const seen = [...p1.items, ...p2.items, ...p3.items].map((x) => x.id);
      expect(new Set(seen).size).toBe(5);
      expect([...seen].sort()).toEqual(idsOf(made));
      expectError(await w.as.orgAdmin.get('/api/questions?pageSize=101'), 400, 'common/validation_failed');
    });

    test('tags come with the count of active questions', async () => {
      const res = expectOk<{ items: { tag: string; count: number }[] }>(await w.as.orgAdmin.get('/api/questions/tags'), 200, 'tags');
      expect(res.items).toEqual(expect.arrayContaining([{ tag, count: 5 }, { tag: other, count: 2 }]));
    });

    test('DELETE retires a question: out of the default list and the tag counts, still readable and listed on request', async () => {
      const retireTag = uniq('退役');
      const keep = await createQuestion(w.as.orgAdmin, { type: 'single', tags: [retireTag] });
      const retire = await createQuestion(w.as.orgAdmin, { type: 'true_false', tags: [retireTag] });
      const res = expectOk<BankQuestion>(await w.as.orgAdmin.delete(`/api/questions/${retire.id}`), 200, 'retire');
      expect(res).toMatchObject({ id: retire.id, status: 'retired' });

      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(retireTag)}`))).toEqual([keep.id]);
      expect(ids(await list(w.as.orgAdmin, `?tag=${encodeURIComponent(retireTag)}&includeRetired=true`))).toEqual(idsOf([keep, retire]));
      const tags = expectOk<{ items: { tag: string; count: number }[] }>(await w.as.orgAdmin.get('/api/questions/tags'), 200, 'tags');
      expect(tags.items.find((x) => x.tag === retireTag)).toEqual({ tag: retireTag, count: 1 });
      expect(expectOk<BankQuestion>(await w.as.orgAdmin.get(`/api/questions/${retire.id}`), 200, 'get').status).toBe('retired');
    });
  });

  // ---- Excel -------------------------------------------------------------------------------------------------------

  describe('Excel template and import', () => {
    test('GET /api/questions/template is an .xlsx whose first row is the template header', async () => {
      const res = await getBytes(w.as.orgAdmin, '/api/questions/template');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      expect(String(res.headers['content-disposition'])).toContain('attachment');
      const sheets = await readWorkbook(res.body as Buffer);
      const first = Object.values(sheets)[0]!;
      expect(first[0]).toEqual([...SHEET_HEADER]);
      // Example rows follow the header.
      expect(first.length).toBeGreaterThan(1);
    });

    test('the template as downloaded imports its example rows; a second upload reports them as duplicates of the bank', async () => {
      const template = (await getBytes(w.as.orgAdmin, '/api/questions/template')).body as Buffer;
      const examples = Object.values(await readWorkbook(template))[0]!.length - 1;
      const before = await bankCount();
      const first = await importSheet(w.as.orgAdmin, template);
      expect(expectOk<ImportResult>(first, 200, 'import template')).toEqual({ rows: examples, imported: examples, problems: [] });
      expect(await bankCount()).toBe(before + examples);

      const again = await importSheet(w.as.orgAdmin, template);
      expectError(again, 422, 'quiz/import_invalid');
      const fields = (again.body as ErrorBody).details!.map((d) => d.field);
      for (let row = 2; row <= examples + 1; row++) expect(fields).toContain(`row ${row} 题干`);
      expect(await bankCount()).toBe(before + examples);
    });

    test('a valid file imports every row, each type parsed the way the template explains', async () => {
      const tag = uniq('导入批次');
      const rows = [
        sheetRow('单选', { 标签: `${tag},党规` }),
        sheetRow('多选', { 答案: 'a, c', 标签: tag }),
        sheetRow('判断', { 答案: '错误', 标签: tag }),
        sheetRow('填空', { 标签: tag }),
        sheetRow('单选', { 题型: '单选题', 标签: tag, 难度: '' }),
      ];
      const before = await bankCount();
      const res = await importSheet(w.as.orgAdmin, await questionSheet(rows));
      expect(expectOk<ImportResult>(res, 200, 'import')).toEqual({ rows: 5, imported: 5, problems: [] });
      expect(await bankCount()).toBe(before + 5);

      const stored = (await t.db.query(`SELECT type, stem, options, answer, tags, difficulty, owner_unit_id FROM questions WHERE $1 = ANY(tags)`, [tag])) as {
        type: string;
        stem: string;
        options: { id: string; text: string }[];
        answer: string[];
        tags: string[];
        difficulty: number;
        owner_unit_id: string;
      }[];
      const byStem = new Map(stored.map((s) => [s.stem, s]));
      expect(byStem.get(String(rows[0]!.题干))).toMatchObject({
        type: 'single',
        answer: ['B'],
        tags: [tag, '党规'],
        difficulty: 2,
        owner_unit_id: w.root.id,
        options: [
          { id: 'A', text: '甲' },
          { id: 'B', text: '乙' },
          { id: 'C', text: '丙' },
          { id: 'D', text: '丁' },
        ],
      });
      expect(byStem.get(String(rows[1]!.题干))).toMatchObject({ type: 'multiple', answer: ['A', 'C'] });
      expect(byStem.get(String(rows[2]!.题干))).toMatchObject({ type: 'true_false', answer: ['F'], options: [{ id: 'T' }, { id: 'F' }] });
      expect(byStem.get(String(rows[3]!.题干))).toMatchObject({ type: 'fill', answer: ['法制审核', '法制审查'], options: [], difficulty: 4 });
      expect(byStem.get(String(rows[4]!.题干))).toMatchObject({ type: 'single', difficulty: 3 });
      const [audit] = (await t.db.query(`SELECT details FROM audit_logs WHERE action = 'question.imported' AND actor_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [
        w.users.orgAdmin.id,
      ])) as { details: { count: number } }[];
      expect(audit?.details.count).toBe(5);
    });

    test.each([
      ['a single choice answered Z', sheetRow('单选', { 答案: 'Z' }), '答案'],
      ['difficulty 9', sheetRow('判断', { 难度: 9 }), '难度'],
      ['a missing stem', sheetRow('填空', { 题干: '' }), '题干'],
      ['an unknown type', sheetRow('单选', { 题型: '问答' }), '题型'],
      ['a multiple choice with every option right', sheetRow('多选', { 答案: 'ABCD' }), '答案'],
      ['a true/false answered 也许', sheetRow('判断', { 答案: '也许' }), '答案'],
      ['a single choice with a gap in its options', sheetRow('单选', { 选项C: '', 选项E: '戊' }), '选项E'],
    ])('one bad row (%s) among good ones: 422 quiz/import_invalid naming row 4 and its column, nothing imported', async (_name, bad, column) => {
      const rows = [sheetRow('单选'), sheetRow('多选'), bad, sheetRow('判断')];
      const before = await bankCount();
      const res = await importSheet(w.as.orgAdmin, await questionSheet(rows));
      expectError(res, 422, 'quiz/import_invalid');
      const details = (res.body as ErrorBody).details!;
      expect(details.map((d) => d.field)).toContain(`row 4 ${column}`);
      // Only the bad row is blamed.
      expect(details.every((d) => d.field.startsWith('row 4 '))).toBe(true);
      expect(await bankCount()).toBe(before);
      // None of the good rows slipped in either.
      const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM questions WHERE stem = ANY($1)`, [rows.map((r) => String(r.题干 ?? ''))])) as [{ n: number }];
      expect(n).toBe(0);
    });

    test('?dryRun=true reports the problems with a 200 and imports nothing; a clean dry run imports nothing either', async () => {
      const before = await bankCount();
      const bad = await questionSheet([sheetRow('单选'), sheetRow('单选', { 答案: 'Z' }), sheetRow('判断', { 难度: 0 })]);
      const res = await importSheet(w.as.orgAdmin, bad, { dryRun: true });
      const body = expectOk<ImportResult>(res, 200, 'dry run');
      expect(body.rows).toBe(3);
      expect(body.imported).toBe(0);
      expect(body.problems).toEqual(
        expect.arrayContaining([
          { row: 3, column: '答案', message: expect.any(String) },
          { row: 4, column: '难度', message: expect.any(String) },
        ]),
      );
      expect(body.problems.some((p) => p.row === 2)).toBe(false);

      const clean = await importSheet(w.as.orgAdmin, await questionSheet([sheetRow('单选'), sheetRow('填空')]), { dryRun: true });
      expect(expectOk<ImportResult>(clean, 200, 'clean dry run')).toEqual({ rows: 2, imported: 0, problems: [] });
      expect(await bankCount()).toBe(before);
    });

    test('duplicates within the file and against the bank are reported by row', async () => {
      const existing = await createQuestion(w.as.orgAdmin, { type: 'single' });
      const twin = sheetRow('判断');
      const rows = [twin, sheetRow('单选'), { ...twin }, sheetRow('单选', { 题干: existing.stem })];
      const before = await bankCount();
      const res = await importSheet(w.as.orgAdmin, await questionSheet(rows), { dryRun: true });
      const body = expectOk<ImportResult>(res, 200, 'dry run with duplicates');
      expect(body.problems).toEqual([
        { row: 4, column: '题干', message: expect.stringContaining('2') },
        { row: 5, column: '题干', message: expect.any(String) },
      ]);

      const real = await importSheet(w.as.orgAdmin, await questionSheet(rows));
      expectError(real, 422, 'quiz/import_invalid');
      expect((real.body as ErrorBody).details!.map((d) => d.field).sort()).toEqual(['row 4 题干', 'row 5 题干']);
      expect(await bankCount()).toBe(before);
    });

    test('a file that is not an .xlsx is a 422 with a problem; a sheet without the template columns too', async () => {
      const before = await bankCount();
      const text = await importSheet(w.as.orgAdmin, Buffer.from('题型,题干\n单选,什么\n', 'utf8'), { filename: 'bank.csv', contentType: 'text/csv' });
      expectError(text, 422, 'quiz/import_invalid');
      expect((text.body as ErrorBody).details!.length).toBeGreaterThan(0);

      const wrongColumns = await importSheet(w.as.orgAdmin, await questionSheet([{ 题型: '单选', 题干: '问' }], ['题型', '题干']));
      expectError(wrongColumns, 422, 'quiz/import_invalid');
      expect((wrongColumns.body as ErrorBody).details![0]!.field).toMatch(/^row 1 /);

      const empty = await importSheet(w.as.orgAdmin, await questionSheet([]));
      expectError(empty, 422, 'quiz/import_invalid');
      expect(await bankCount()).toBe(before);
    });

    // The sheet is streamed: reading stops at the first row past the 2,000-question cap, and what a file unpacks to is bounded.
    test('one row over the 2,000-question cap: 422 quiz/import_invalid with the cap’s problem alone, as before', async () => {
      const before = await bankCount();
      const file = await withSheetTail(await questionSheet([]), inlineRows(2, 2001, (r) => `判断${r}`));
      const res = await importSheet(w.as.orgAdmin, file);
      expectError(res, 422, 'quiz/import_invalid');
      expect((res.body as ErrorBody).details).toEqual([{ field: 'row 0 文件', message: '一次最多导入 2000 题' }]);
      expect(await bankCount()).toBe(before);
    });

    test('reading stops at the row past the cap: 1,000 more rows and a broken end after it are never parsed', async () => {
      // A reader that parsed the whole sheet first would meet the broken row and call the file unreadable.
      const tail = `${inlineRows(2, 3000, (r) => `判断${r}`)}<row r="9000"><c r="A9000"><v>1</v></row>`;
      const res = await importSheet(w.as.orgAdmin, await withSheetTail(await questionSheet([]), tail), { dryRun: true });
      expect(expectOk<ImportResult>(res, 200, 'dry run').problems).toEqual([{ row: 0, column: '文件', message: '一次最多导入 2000 题' }]);
    });

    test('a small file that unpacks to more than the limit (a zip bomb) is refused: 413 files/too_large', async () => {
      const before = await bankCount();
      const file = await withPaddedSharedStrings(await questionSheet([sheetRow('判断')]), 17 * 1024 * 1024);
      expect(file.length).toBeLessThan(1024 * 1024);
      expectError(await importSheet(w.as.orgAdmin, file), 413, 'files/too_large');
      expect(await bankCount()).toBe(before);
    });

    // The size checks read the zip's central directory, and yauzl refuses a part that inflates past what it declares:
    // a reader that follows the local headers instead (exceljs's streaming one) would import this file.
    test('a zip whose directory understates what a part unpacks to, or that has more than 10,000 entries, is unreadable: 422', async () => {
      const before = await bankCount();
      const understated = await withPaddedSharedStrings(await questionSheet([sheetRow('判断')]), 4 * 1024 * 1024, 1024);
      const crowded = await withExtraParts(await questionSheet([sheetRow('判断')]), 10_000);
      for (const file of [understated, crowded]) {
        const res = await importSheet(w.as.orgAdmin, file);
        expectError(res, 422, 'quiz/import_invalid');
        expect((res.body as ErrorBody).details).toEqual([{ field: 'row 0 文件', message: '不是有效的 Excel（.xlsx）文件' }]);
      }
      expect(await bankCount()).toBe(before);
    });

    test('no file is a 400', async () => {
      const res = await w.as.orgAdmin.post('/api/questions/import');
      expectError(res, 400, 'files/missing');
      const wrongField = await w.as.orgAdmin
        .post('/api/questions/import')
        .attach('upload', await questionSheet([sheetRow('单选')]), { filename: 'q.xlsx', contentType: XLSX });
      expect(wrongField.status).toBe(400);
    });
  });
});
