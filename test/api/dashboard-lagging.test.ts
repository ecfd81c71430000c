import { createCadre, createUnit, uniq, type CadreRef, type UnitRef } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { createPublishedCourse } from '../helpers/courses';
import { buildWorld, type World } from '../helpers/world';

/**
 * The order of the lagging list (推进迟缓, GET /api/dashboard/lagging) and of the progress report's table of it, on two
 * lagging towns whose completion rates as shown and whose headcount-normalised rates order them differently. Figures of
 * 2019, from required enrolments written here for five new towns of this file's city (its other units have none).
 */
const Y = 2019;

interface LagItem {
  unitId: string;
  rank: number;
  requiredCompletionRate: number;
  adjustedCompletionRate: number;
  gap: number;
  completionGap: number;
}

describe('dashboard: the lagging list in the order of the rate it shows', () => {
  let t: TestApp;
  let w: World;
  let small: UnitRef;
  let large: UnitRef;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    const courses = [await createPublishedCourse(w.as.orgAdmin, { title: uniq('必修课') }), await createPublishedCourse(w.as.orgAdmin, { title: uniq('必修课') })];
    /** Both courses assigned as required in the year to `cadre`, the first `done` of them completed. */
    const enrol = async (cadre: CadreRef, done: number) => {
      for (const [i, course] of courses.entries()) {
        await t.db.query(
          `INSERT INTO enrollments (user_id, course_id, source, required, status, created_at, completed_at, due_date)
           VALUES ($1, $2, 'assigned', true, $3, '${Y}-03-01T08:00:00Z', $4, NULL)`,
          [cadre.id, course.id, i < done ? 'completed' : 'in_progress', i < done ? `${Y}-05-01T08:00:00Z` : null],
        );
      }
    };
    // Three towns of one cadre each, both courses done: 2 of 2 = 100%.
    for (let i = 0; i < 3; i++) await enrol(await createCadre(t.db, await createUnit(t.db, w.root, 'town')), 2);
    // The small town: one cadre, neither course done: 0 of 2 = 0%.
    small = await createUnit(t.db, w.root, 'town');
    await enrol(await createCadre(t.db, small), 0);
    // The large town: four cadres, one course done by two of them: 2 of 8 = 25%.
    large = await createUnit(t.db, w.root, 'town');
    for (const done of [1, 1, 0, 0]) await enrol(await createCadre(t.db, large), done);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const lagging = async (query = '') => {
    const res = await w.as.orgAdmin.get(`/api/dashboard/lagging?parentId=${w.root.id}&year=${Y}${query}`);
    expect(res.status).toBe(200);
    return res.body as { sort: string; medianCompletionRate: number; items: LagItem[] };
  };

  // Rates of the towns with required courses: 1, 1, 1, 0 (small), 0.25 (large) → median 1; listed below 0.8 × 1.
  // Normalised (4 more enrolments at the median): small (0 + 4) / (2 + 4) = 0.667, large (2 + 4) / (8 + 4) = 0.5; the
  // full towns (2 + 4) / 6 = 1. So both lag; by the rate shown small (0%) is furthest behind, normalised large (50%) is.
  it('ranks by the completion rate shown, lowest first, with both rates and the gap of each', async () => {
    const body = await lagging();
    expect(body.sort).toBe('rate');
    expect(body.medianCompletionRate).toBe(1);
    expect(body.items.map((i) => [i.unitId, i.rank])).toEqual([
      [small.id, 1],
      [large.id, 2],
    ]);
    expect(body.items[0]).toMatchObject({ requiredCompletionRate: 0, adjustedCompletionRate: 0.667, completionGap: 1, gap: 0.333 });
    expect(body.items[1]).toMatchObject({ requiredCompletionRate: 0.25, adjustedCompletionRate: 0.5, completionGap: 0.75, gap: 0.5 });
  });

  it('ranks by the normalised rate when asked, and rejects an unknown order', async () => {
    const body = await lagging('&sort=adjusted');
    expect(body.sort).toBe('adjusted');
    expect(body.items.map((i) => [i.unitId, i.rank])).toEqual([
      [large.id, 1],
      [small.id, 2],
    ]);
    const bad = await w.as.orgAdmin.get(`/api/dashboard/lagging?parentId=${w.root.id}&year=${Y}&sort=gap`);
    expect(bad.status).toBe(400);
  });

  it('lists them in the same order in the progress report, each with both rates and its gap to the median', async () => {
    const res = await w.as.orgAdmin.get(`/api/reports/progress?from=${Y}-01-01&to=${Y}-12-31&unitId=${w.root.id}`);
    expect(res.status).toBe(200);
    const section = (res.body as { sections: { key: string; text: string; table: { columns: string[]; rows: { cells: unknown[] }[] } }[] }).sections.find((s) => s.key === 'lagging')!;
    expect(section.table.columns).toEqual(['排名', '单位', '人数', '必修完成率（%）', '按人数折算（%）', '低于中位数（百分点）']);
    expect(section.table.rows.map((r) => r.cells)).toEqual([
      [1, small.name, 1, 0, 66.7, 100],
      [2, large.name, 4, 25, 50, 75],
    ]);
    expect(section.text).toContain(`2个单位推进迟缓：${small.name}（0%）、${large.name}（25%）`);
  });
});
