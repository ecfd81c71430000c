import ExcelJS from 'exceljs';
import type { SheetStats } from '../../common/xlsx/sheet-reader';
import { MalformedRoster, MAX_ROSTER_ROWS, parseRoster, ROSTER_COLUMNS } from './roster-sheet';

/** The template's header and `count` rows below it, each with only a username (enough to count as a row). */
async function roster(count: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('干部名册');
  ws.addRow([...ROSTER_COLUMNS]);
  for (let i = 0; i < count; i++) ws.addRow([`user${i}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseRoster', () => {
  it('refuses a sheet of cap + 1000 rows having read the header and cap + 1 rows, with the cap’s answer', async () => {
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    const error = await parseRoster(await roster(MAX_ROSTER_ROWS + 1000), stats).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedRoster);
    expect(error).toMatchObject({ field: 'file', message: `一次最多导入 ${MAX_ROSTER_ROWS} 行` });
    expect(stats.rows).toBe(MAX_ROSTER_ROWS + 2);
  });

  it('reads a sheet of exactly the cap to its end', async () => {
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    const { total } = await parseRoster(await roster(MAX_ROSTER_ROWS), stats);
    expect(total).toBe(MAX_ROSTER_ROWS);
    expect(stats.rows).toBe(MAX_ROSTER_ROWS + 1);
  });
});
