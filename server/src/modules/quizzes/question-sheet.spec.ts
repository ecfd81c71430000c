import ExcelJS from 'exceljs';
import type { SheetStats } from '../../common/xlsx/sheet-reader';
import { MAX_IMPORT_ROWS, parseWorkbook, SHEET_COLUMNS } from './question-sheet';

/** The template's header and `count` true/false questions below it. */
async function bank(count: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('试题');
  ws.addRow([...SHEET_COLUMNS]);
  for (let i = 0; i < count; i++) ws.addRow(['判断', `第${i}题`, '', '', '', '', '', '', '正确']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseWorkbook', () => {
  it('refuses a sheet of cap + 1000 rows having read the header and cap + 1 rows, with the cap’s problem alone', async () => {
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    expect(await parseWorkbook(await bank(MAX_IMPORT_ROWS + 1000), stats)).toEqual({
      rows: [],
      problems: [{ row: 0, column: '文件', message: `一次最多导入 ${MAX_IMPORT_ROWS} 题` }],
    });
    expect(stats.rows).toBe(MAX_IMPORT_ROWS + 2);
  });

  it('reads a sheet of exactly the cap to its end', async () => {
    const { rows, problems } = await parseWorkbook(await bank(MAX_IMPORT_ROWS));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});
