import ExcelJS from 'exceljs';
import { createCadre, createRoot, createUnit, uniq, type CadreRef } from '../factories';
import { signIn } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { createQuestion, getBytes, publishedQuiz } from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

/**
 * Formula injection (OWASP): text a person typed (a name, a unit, a position) that starts like a formula is written with
 * a leading apostrophe in every Excel export, both by the streamed writer of /api/exports and by the in-memory
 * workbooks (quiz results, the roster template). Numbers stay number cells.
 */
const Y = 2012;
const STARTS = ['=HYPERLINK("http://x.cn","点我")', '+1+cmd', '-2+3+cmd', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

/** Every cell of a sheet that holds a value. */
async function cellsOf(bytes: Buffer, sheetName: string): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(sheetName);
  expect(sheet).toBeDefined();
  const cells: ExcelJS.Cell[] = [];
  sheet!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

/** The text is in the sheet as a text cell with an apostrophe in front, never as it was typed, never as a formula. */
function expectNeutralised(cells: ExcelJS.Cell[], typed: string): void {
  // exceljs writes a carriage return raw, and XML reads every line end back as \n: the apostrophe still leads.
  const read = typed.replace(/\r/g, '\n');
  const cell = cells.find((c) => c.value === `'${read}`);
  expect({ typed, found: cell?.value }).toEqual({ typed, found: `'${read}` });
  expect(cell!.type).toBe(ExcelJS.ValueType.String);
  expect(cell!.formula).toBeUndefined();
  expect(cells.some((c) => c.value === read)).toBe(false);
  expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
}

describe('Excel exports write formula-like text as text (OWASP formula injection)', () => {
  let t: TestApp;
  let w: World;
  let cadres: CadreRef[];
  let unitName: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t.db, t.http);
    // Names that start like a formula, each still unique: the start is what matters.
    cadres = await Promise.all(STARTS.map((start) => createCadre(t.db, w.townA, { name: `${start}${uniq('')}` })));
    await t.db.query(`UPDATE users SET position = $2 WHERE id = $1`, [cadres[0]!.id, '@职务']);
    await t.db.query(
      `INSERT INTO cadre_year_hours (user_id, year, total_hours, course_hours, quiz_hours, study_record_hours) VALUES ($1, $2, 12.5, 12.5, 0, 0)`,
      [cadres[1]!.id, Y],
    );
    unitName = `=HYPERLINK("http://x.cn","${uniq('镇')}")`;
    await createUnit(t.db, w.root, 'town', unitName);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('cadre hours (the streamed exports writer): names and positions get the apostrophe, hours stay numbers', async () => {
    const res = await getBytes(w.as.orgAdmin, `/api/exports/cadre-hours.xlsx?unitId=${w.townA.id}&year=${Y}`);
    expect(res.status).toBe(200);
    const cells = await cellsOf(res.body as Buffer, '干部学时');
    for (const cadre of cadres) expectNeutralised(cells, cadre.name);
    expectNeutralised(cells, '@职务');
    const row = cells.find((c) => c.value === `'${cadres[1]!.name}`)!.row;
    const hours = cells.filter((c) => c.row === row).map((c) => c.value);
    expect(hours).toContain(12.5);
    expect(cells.filter((c) => c.row === row && typeof c.value === 'number').length).toBeGreaterThan(5);
    // Ordinary text is untouched.
    expect(cells.some((c) => c.value === w.users.cadreA.name)).toBe(true);
  });

  it('completion by unit: a unit whose name starts with = gets the apostrophe', async () => {
    const res = await getBytes(w.as.orgAdmin, `/api/exports/completion-by-unit.xlsx?parentId=${w.root.id}&year=${Y}`);
    expect(res.status).toBe(200);
    expectNeutralised(await cellsOf(res.body as Buffer, '按单位'), unitName);
  });

  it('quiz results (an in-memory workbook): the cadres who have not sat it are listed with the apostrophe', async () => {
    const quiz = await publishedQuiz(w.as.orgAdmin, [await createQuestion(w.as.orgAdmin, { type: 'true_false' })]);
    const res = await getBytes(w.as.orgAdmin, `/api/quizzes/${quiz.id}/results.xlsx`);
    expect(res.status).toBe(200);
    const cells = await cellsOf(res.body as Buffer, '未参考人员');
    for (const cadre of cadres) expectNeutralised(cells, cadre.name);
    expectNeutralised(cells, '@职务');
  });

  it('the roster template lists units by name path: a city whose name starts with - gets the apostrophe', async () => {
    const city = await createRoot(t.db, `-${uniq('市')}+cmd`);
    const admin = await signIn(t.http, await createCadre(t.db, city, { roles: ['cadre', 'org_admin'], scopeUnit: city }));
    const res = await getBytes(admin, '/api/users/import/template');
    expect(res.status).toBe(200);
    expectNeutralised(await cellsOf(res.body as Buffer, '单位列表'), city.name);
  });
});
