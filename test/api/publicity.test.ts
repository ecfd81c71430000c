import ExcelJS from 'exceljs';
import type { ChannelDto, ColumnDto, ColumnListDto, ContestDto, ContestListDto, EpisodeDto, EpisodeListDto, ItemDto, ItemImportResultDto, ItemPageDto, PublicityFiguresDto } from '../../server/src/modules/publicity/dto/publicity.dto';
import { createCadre, uniq } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor } from '../helpers/courses';
import { getBytes } from '../helpers/quizzes';
import { detailFields, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

/**
 * Publicity (宣传引导) on rows written here for 2016 (a year no demo data or other test uses): channels and columns,
 * items one by one and by the all-or-nothing Excel import, contests ranked by the platform, the figures by unit and
 * period against a hand count, and the progress report's 宣传引导 section with links that list exactly what they count.
 */
const FROM = '2016-03-01';
const TO = '2016-06-30';
const HEADER = ['发稿日期', '渠道', '专栏', '标题', '链接', '报送单位'];

interface Figure {
  key: string;
  value: number | null;
  link: string | null;
}
interface Section {
  key: string;
  text: string;
  figures: Figure[];
  table?: { rows: { cells: (string | number | null)[]; link: string | null }[] };
}

async function sheet(rows: (string | null)[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('发稿登记');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function importItems(agent: Agent, buffer: Buffer, mode: 'preview' | 'commit') {
  return agent.post(`/api/publicity/items/import?mode=${mode}`).attach('file', buffer, { filename: 'items.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

describe('publicity (宣传引导): channels, items, import, contests, figures and the report section', () => {
  let t: TestApp;
  let w: World;
  let tv: ChannelDto;
  let wechat: ChannelDto;
  let tvColumn: ColumnDto;
  let wechatColumn: ColumnDto;
  let villageAPath: string;
  let townBPath: string;

  const itemBody = (overrides: Record<string, unknown> = {}) => ({ publishedOn: '2016-04-01', channelId: tv.id, columnId: tvColumn.id, title: uniq('稿件'), unitId: w.villageA.id, ...overrides });
  const count = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as [{ n: number }])[0].n;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    villageAPath = `${w.root.name}/${w.townA.name}/${w.villageA.name}`;
    townBPath = `${w.root.name}/${w.townB.name}`;
    tv = expectOk<ChannelDto>(await w.as.orgAdmin.post('/api/publicity/channels', { kind: 'tv', name: uniq('广播电视台') }), 201);
    wechat = expectOk<ChannelDto>(await w.as.orgAdmin.post('/api/publicity/channels', { kind: 'wechat', name: uniq('党建') }), 201);
    tvColumn = expectOk<ColumnDto>(await w.as.orgAdmin.post('/api/publicity/columns', { channelId: tv.id, name: '干部作风能力提升年', startsOn: '2016-01-01', endsOn: '2016-12-31' }), 201);
    wechatColumn = expectOk<ColumnDto>(await w.as.orgAdmin.post('/api/publicity/columns', { channelId: wechat.id, name: '奋进新征程 建功新时代', startsOn: '2016-05-01', endsOn: null }), 201);
    // A column that closed before the period: not open in it.
    expectOk(await w.as.orgAdmin.post('/api/publicity/columns', { channelId: wechat.id, name: '旧专栏', startsOn: '2015-01-01', endsOn: '2016-02-28' }), 201);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('channels and columns', () => {
    test('the org admin manages them, audited; a unit admin sees the city\'s channels but may not change them (403)', async () => {
      expect(await auditRowsFor(t.db, tv.id, 'publicity_channel.created')).toEqual([expect.objectContaining({ actor_id: w.users.orgAdmin.id, unit_path: w.root.path })]);
      expect(await auditRowsFor(t.db, tvColumn.id, 'publicity_column.created')).toHaveLength(1);
      const seen = expectOk<{ items: ChannelDto[] }>(await w.as.unitAdminA.get('/api/publicity/channels'), 200).items;
      expect(seen.map((c) => c.id).sort()).toEqual([tv.id, wechat.id].sort());
      expect(seen.every((c) => !c.canEdit)).toBe(true);
      expectError(await w.as.unitAdminA.post('/api/publicity/channels', { kind: 'tv', name: 'x' }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.post('/api/publicity/columns', { channelId: tv.id, name: 'x', startsOn: '2016-01-01' }), 403, 'common/forbidden');
      expectError(await w.as.cadreA.get('/api/publicity/channels'), 403, 'common/forbidden');
      expectError(await w.as.orgAdmin.post('/api/publicity/channels', { kind: 'tv', name: tv.name }), 409, 'publicity/duplicate_name');
      expectError(await w.as.orgAdmin.post('/api/publicity/columns', { channelId: tv.id, name: uniq('c'), startsOn: '2016-05-01', endsOn: '2016-04-01' }), 422, 'publicity/invalid_period');
      const bad = await w.as.orgAdmin.post('/api/publicity/channels', { kind: 'radio', name: '' });
      expectError(bad, 400, 'common/validation_failed');
      expect(detailFields(bad).sort()).toEqual(['kind', 'name']);
    });

    test('another city\'s org admin does not see the channels and gets 404 changing one', async () => {
      const { createRoot } = await import('../factories');
      const other = await createRoot(t.db);
      const otherAdmin = await signIn(t.http, await createCadre(t.db, other, { roles: ['cadre', 'org_admin'], scopeUnit: other }));
      expect(expectOk<{ items: ChannelDto[] }>(await otherAdmin.get('/api/publicity/channels'), 200).items).toEqual([]);
      expectError(await otherAdmin.patch(`/api/publicity/channels/${tv.id}`, { name: 'x' }), 404, 'common/not_found');
      expectError(await otherAdmin.patch(`/api/publicity/columns/${tvColumn.id}`, { endsOn: '2016-12-30' }), 404, 'common/not_found');
    });
  });

  describe('items', () => {
    test('a unit admin records an item of a unit in scope; audited; another town\'s admin gets 404 for it', async () => {
      const item = expectOk<ItemDto>(await w.as.unitAdminA.post('/api/publicity/items', itemBody({ link: 'https://news.example.com/1' })), 201);
      expect(item).toMatchObject({ unitId: w.villageA.id, channelId: tv.id, columnId: tvColumn.id, columnName: '干部作风能力提升年', link: 'https://news.example.com/1' });
      expect(await auditRowsFor(t.db, item.id, 'publicity_item.created')).toEqual([expect.objectContaining({ actor_id: w.users.unitAdminA.id, unit_path: w.villageA.path })]);
      expectError(await w.as.unitAdminB.get(`/api/publicity/items/${item.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.delete(`/api/publicity/items/${item.id}`), 404, 'common/not_found');
      const listB = expectOk<ItemPageDto>(await w.as.unitAdminB.get('/api/publicity/items?pageSize=100'), 200);
      expect(listB.items.map((i) => i.id)).not.toContain(item.id);
      expectError(await w.as.unitAdminB.get(`/api/publicity/items?unitId=${w.townA.id}`), 404, 'common/not_found');
      expect(expectOk<ItemDto>(await w.as.orgAdmin.get(`/api/publicity/items/${item.id}`), 200).id).toBe(item.id);
      // Deleted by its unit's admin, audited: it no longer counts.
      expect((await w.as.unitAdminA.delete(`/api/publicity/items/${item.id}`)).status).toBe(204);
      expect(await auditRowsFor(t.db, item.id, 'publicity_item.deleted')).toHaveLength(1);
    });

    test('a unit outside scope is 404 with the field; a column of another channel or closed on the day is 422; malformed is 400', async () => {
      const res = await w.as.unitAdminA.post('/api/publicity/items', itemBody({ unitId: w.villageB.id }));
      expectError(res, 404, 'common/not_found');
      expect(detailFields(res)).toEqual(['unitId']);
      expectError(await w.as.unitAdminA.post('/api/publicity/items', itemBody({ channelId: tv.id, columnId: wechatColumn.id })), 422, 'publicity/column_not_on_channel');
      expectError(await w.as.unitAdminA.post('/api/publicity/items', itemBody({ channelId: wechat.id, columnId: wechatColumn.id, publishedOn: '2016-04-30' })), 422, 'publicity/outside_column_period');
      const bad = await w.as.unitAdminA.post('/api/publicity/items', itemBody({ publishedOn: '2016-02-30', link: 'javascript:alert(1)', title: '' }));
      expectError(bad, 400, 'common/validation_failed');
      expect(detailFields(bad).sort()).toEqual(['link', 'publishedOn', 'title']);
      expectError(await w.as.cadreA.post('/api/publicity/items', itemBody()), 403, 'common/forbidden');
    });
  });

  describe('the Excel import (all or nothing)', () => {
    test('the template downloads with the channels and units to name', async () => {
      const res = await getBytes(w.as.unitAdminA, '/api/publicity/items/import/template');
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ArrayBuffer);
      expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
      const channels = wb.getWorksheet('渠道和专栏')!.getColumn(1).values.slice(2);
      expect(channels).toEqual(expect.arrayContaining([tv.name, wechat.name]));
      const units = wb.getWorksheet('单位列表')!.getColumn(1).values.slice(2);
      expect(units).toEqual(expect.arrayContaining([villageAPath]));
      expect(units).not.toContain(townBPath);
    });

    test('one bad row refuses the whole file with problems by row and column; the corrected file imports every row', async () => {
      const before = await count('SELECT count(*)::int AS n FROM publicity_items');
      const rows = [
        ['2016-04-02', tv.name, '干部作风能力提升年', uniq('导入一'), 'https://a.example.com/1', villageAPath],
        ['2016-04-03', tv.name, '没有的专栏', uniq('导入二'), '', villageAPath],
        ['2016-13-01', wechat.name, '', uniq('导入三'), 'ftp://x', townBPath],
      ];
      const preview = expectOk<ItemImportResultDto>(await importItems(w.as.unitAdminA, await sheet(rows), 'preview'), 200);
      expect(preview).toMatchObject({ rows: 3, valid: 1, imported: 0 });
      const commit = await importItems(w.as.unitAdminA, await sheet(rows), 'commit');
      expectError(commit, 422, 'publicity/import_invalid');
      expect(detailFields(commit)).toEqual(['row 3 专栏', 'row 4 发稿日期', 'row 4 链接', 'row 4 报送单位']);
      expect(await count('SELECT count(*)::int AS n FROM publicity_items')).toBe(before);
      expectError(await importItems(w.as.unitAdminA, await sheet([['2016-04-02', tv.name]], ['发稿日期', '渠道']), 'commit'), 400, 'publicity/import_malformed');

      const fixed = [rows[0]!, ['2016-04-03', tv.name, '', rows[1]![3]!, '', `${w.root.name}/${w.townA.name}`], ['2016-05-10', wechat.name, '奋进新征程 建功新时代', rows[2]![3]!, '', w.villageA.id]];
      const done = expectOk<ItemImportResultDto>(await importItems(w.as.unitAdminA, await sheet(fixed), 'commit'), 200);
      expect(done).toEqual({ rows: 3, valid: 3, imported: 3, problems: [] });
      expect(await count('SELECT count(*)::int AS n FROM publicity_items')).toBe(before + 3);
      const [audit] = (await t.db.query(`SELECT details FROM audit_logs WHERE action = 'publicity_items.imported' AND actor_id = $1`, [w.users.unitAdminA.id])) as { details: { count: number } }[];
      expect(audit!.details.count).toBe(3);
    });
  });

  describe('contests', () => {
    test('ranking drops the highest and lowest score, breaks ties by the median then the highest score, and awards the configured prizes', async () => {
      const body = {
        kind: 'speech',
        title: uniq('“小城逆袭·崛起有我”主题演讲赛'),
        heldOn: '2016-05-20',
        firstPrizes: 1,
        secondPrizes: 1,
        thirdPrizes: 1,
        rounds: ['决赛'],
        judges: ['评委一', '评委二', '评委三', '评委四', '评委五'],
        entrants: [
          { name: '甲', unitId: w.townA.id, topic: '崛起有我' },
          { name: '乙', unitId: w.villageA.id },
          { name: '丙', unitId: w.townB.id },
          { name: '丁', unitId: w.dept.id },
        ],
      };
      expectError(await w.as.unitAdminA.post('/api/publicity/contests', body), 403, 'common/forbidden');
      const contest = expectOk<ContestDto>(await w.as.orgAdmin.post('/api/publicity/contests', body), 201);
      const [round] = contest.rounds;
      const judge = (i: number) => contest.judgeList[i]!.id;
      const entrant = (name: string) => contest.entrantList.find((e) => e.name === name)!.id;
      const scores = (name: string, values: number[]) => values.map((hundredths, i) => ({ entrantId: entrant(name), judgeId: judge(i), hundredths }));
      // 甲: drop 9900 and 7000 → (8000 + 8000 + 8750) / 3 = 8250, median 8000.
      // 乙: drop 9000 and 7000 → (7750 + 8500 + 8500) / 3 = 8250, median 8500: ahead of 甲 on the median.
      // 丙: all 9000 but one 1000 and one 10000 → 9000: first. 丁: only four judges so far → unranked.
      const all = [...scores('甲', [7000, 8000, 8000, 8750, 9900]), ...scores('乙', [7000, 7750, 8500, 8500, 9000]), ...scores('丙', [1000, 9000, 9000, 9000, 10000]), ...scores('丁', [9500, 9500, 9500, 9500])];
      const path = `/api/publicity/contests/${contest.id}/rounds/${round!.id}/scores`;
      expectError(await w.as.unitAdminA.put(path, { scores: all }), 403, 'common/forbidden');
      const foreign = await w.as.orgAdmin.put(path, { scores: [{ entrantId: entrant('甲'), judgeId: entrant('乙'), hundredths: 9000 }] });
      expectError(foreign, 422, 'publicity/not_in_contest');
      expect(detailFields(foreign)).toEqual(['scores.0.judgeId']);
      expectError(await w.as.orgAdmin.put(path, { scores: [{ entrantId: entrant('甲'), judgeId: judge(0), hundredths: 10001 }] }), 400, 'common/validation_failed');
      const ranked = expectOk<ContestDto>(await w.as.orgAdmin.put(path, { scores: all }), 200);
      expect(ranked.rankings[0]!.rows.map((r) => [r.name, r.final, r.median, r.rank, r.prize])).toEqual([
        ['丙', 9000, 9000, 1, 'first'],
        ['乙', 8250, 8500, 2, 'second'],
        ['甲', 8250, 8000, 3, 'third'],
        ['丁', null, null, null, null],
      ]);
      expect(ranked.rule).toContain('去掉一个最高分和一个最低分');
      expect(await auditRowsFor(t.db, contest.id, 'publicity_contest.scores_entered')).toHaveLength(1);
      // A contest of this city is visible to a town's admin; another city's admin gets 404.
      expect(expectOk<ContestDto>(await w.as.unitAdminA.get(`/api/publicity/contests/${contest.id}`), 200).canEdit).toBe(false);
    });

    test('episodes are recorded by the org admin on a channel they manage', async () => {
      expectOk<EpisodeDto>(await w.as.orgAdmin.post('/api/publicity/episodes', { channelId: tv.id, airedOn: '2016-04-15', topic: '小城逆袭访谈', guests: ['镇党委书记'] }), 201);
      expectOk<EpisodeDto>(await w.as.orgAdmin.post('/api/publicity/episodes', { channelId: tv.id, airedOn: '2016-07-15', topic: '期外访谈', guests: [] }), 201);
      expectError(await w.as.unitAdminA.post('/api/publicity/episodes', { channelId: tv.id, airedOn: '2016-04-15', topic: 'x', guests: [] }), 403, 'common/forbidden');
    });
  });

  describe('figures and the report', () => {
    beforeAll(async () => {
      // Town B: one item before the period, none in it. Town A: the three imported (village A twice, town A once)
      // plus one by the org admin for town A on the last day; an item after the period.
      await w.as.unitAdminB.post('/api/publicity/items', itemBody({ unitId: w.villageB.id, publishedOn: '2016-02-27', columnId: undefined }));
      expectOk(await w.as.orgAdmin.post('/api/publicity/items', itemBody({ unitId: w.townA.id, publishedOn: TO, channelId: wechat.id, columnId: undefined })), 201);
      expectOk(await w.as.orgAdmin.post('/api/publicity/items', itemBody({ unitId: w.townA.id, publishedOn: '2016-07-01', columnId: undefined })), 201);
    });

    test('the figures equal a hand count, and the units that published nothing are listed', async () => {
      const f = expectOk<PublicityFiguresDto>(await w.as.orgAdmin.get(`/api/publicity/figures?from=${FROM}&to=${TO}`), 200);
      expect(f.items).toBe(4);
      expect(f.itemsByChannel.map((c) => [c.key, c.count]).sort()).toEqual([[tv.id, 2], [wechat.id, 2]].sort());
      expect(f.itemsByColumn.map((c) => [c.key, c.count]).sort()).toEqual([[tvColumn.id, 1], [wechatColumn.id, 1]].sort());
      expect(f.columns.map((c) => c.key).sort()).toEqual([tvColumn.id, wechatColumn.id].sort());
      expect(f.byUnit.find((u) => u.unitId === w.townA.id)!.items).toBe(4);
      expect(f.silentUnits.map((u) => u.unitId).sort()).toEqual([w.townB.id, w.dept.id].sort());
      expect(f).toMatchObject({ episodes: 1, contests: 1, contestEntrants: 4, itemsOwn: 0 });
      // Drill-down: town A's villages; town A's admin sees town A, not town B.
      const a = expectOk<PublicityFiguresDto>(await w.as.unitAdminA.get(`/api/publicity/figures?unitId=${w.townA.id}&from=${FROM}&to=${TO}`), 200);
      expect(a).toMatchObject({ items: 4, itemsOwn: 2 });
      expect(a.byUnit).toEqual([expect.objectContaining({ unitId: w.villageA.id, items: 2 })]);
      expect(a.silentUnits).toEqual([]);
      expectError(await w.as.unitAdminA.get(`/api/publicity/figures?unitId=${w.townB.id}&from=${FROM}&to=${TO}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.get(`/api/publicity/figures?from=${FROM}&to=${TO}`), 403, 'common/forbidden');
    });

    test('the report\'s 宣传引导 section counts the same, follows supervision, and each link lists exactly what it counts', async () => {
      const report = expectOk<{ sections: Section[] }>(await w.as.orgAdmin.get(`/api/reports/progress?from=${FROM}&to=${TO}`), 200);
      const keys = report.sections.map((s) => s.key);
      expect(keys.indexOf('publicity')).toBe(keys.indexOf('supervision') + 1);
      const s = report.sections.find((x) => x.key === 'publicity')!;
      const value = (key: string) => s.figures.find((f) => f.key === key)!;
      expect(s.figures.map((f) => [f.key, f.value])).toEqual([
        ['columns', 2],
        ['items', 4],
        ['episodes', 1],
        ['contests', 1],
        ['silentUnits', 2],
      ]);
      expect(s.text).toContain('2个专栏');
      expect(s.text).toContain('累计发稿4篇（条）');
      expect(s.text).toContain('专题访谈节目1期');
      const api = (link: string) => `/api${link}`;
      const items = expectOk<ItemPageDto>(await w.as.orgAdmin.get(`${api(value('items').link!)}&pageSize=100`), 200);
      expect(items.total).toBe(4);
      expect(items.items.every((i) => i.publishedOn >= FROM && i.publishedOn <= TO)).toBe(true);
      expect(expectOk<ColumnListDto>(await w.as.orgAdmin.get(api(value('columns').link!)), 200).items.map((c) => c.id).sort()).toEqual([tvColumn.id, wechatColumn.id].sort());
      expect(expectOk<EpisodeListDto>(await w.as.orgAdmin.get(api(value('episodes').link!.replace('/programmes', '/episodes'))), 200).items.map((e) => e.topic)).toEqual(['小城逆袭访谈']);
      expect(expectOk<ContestListDto>(await w.as.orgAdmin.get(api(value('contests').link!)), 200).items).toHaveLength(1);
      // The table's rows open each unit's items: the one with items lists exactly those.
      const townRow = s.table!.rows.find((r) => r.cells[0] === w.townA.name)!;
      expect(townRow.cells[1]).toBe(4);
      expect(expectOk<ItemPageDto>(await w.as.orgAdmin.get(`${api(townRow.link!)}&pageSize=100`), 200).total).toBe(4);
    });

    test('a period without any publicity says so and prints no figures', async () => {
      const report = expectOk<{ sections: Section[] }>(await w.as.orgAdmin.get('/api/reports/progress?from=2014-01-01&to=2014-06-30'), 200);
      const s = report.sections.find((x) => x.key === 'publicity')!;
      expect(s.text).toContain('尚无宣传引导记录');
      expect(s.figures).toEqual([]);
    });
  });
});
