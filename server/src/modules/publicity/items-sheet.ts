import ExcelJS from 'exceljs';
import { isRealDate } from '../../common/validation/fields';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { readFirstSheet, SheetRowLimit, SheetUnreadable, type SheetCell } from '../../common/xlsx/sheet-reader';
import type { ItemImportProblemDto } from './dto/publicity.dto';

/** The items template's columns, in order; all but 专栏 and 链接 are required. */
export const ITEM_COLUMNS = ['发稿日期', '渠道', '专栏', '标题', '链接', '报送单位'] as const;
type Column = (typeof ITEM_COLUMNS)[number];
export const MAX_ITEM_ROWS = 5_000;
const MAX_ITEM_UNPACKED_BYTES = 32 * 1024 * 1024;
const LINK = /^https?:\/\/\S+$/;

/** A row as read; `valid` when it passed its own checks (the channel, column and unit are resolved by the service). */
export interface ItemRow {
  row: number;
  valid: boolean;
  publishedOn: string | null;
  channel: string;
  column: string;
  title: string;
  link: string | null;
  unitRef: string;
}

/** A file the import cannot read at all: not a workbook, not the template's columns, no rows, too many rows. */
export class MalformedItems extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The template: the header, one example row, notes, and the channels, columns and units the caller may name. */
export async function itemsTemplate(channels: { channel: string; column: string; opens: string }[], units: { path: string; id: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('发稿登记');
  sheet.addRow([...ITEM_COLUMNS]);
  const example = channels[0];
  sheet.addRow(['2026-03-05', example?.channel ?? '示范市广播电视台', example?.column ?? '', '我镇开展作风能力提升专题学习', 'https://example.com/news/1', units[0]?.path ?? '示范市/龙门镇']);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [14, 24, 30, 48, 36, 36][i]));
  const notes = wb.addWorksheet('填写说明');
  [
    ['必填', '发稿日期、渠道、标题、报送单位为必填；专栏、链接可不填'],
    ['发稿日期', '写作 2026-03-05（也可用 Excel 日期格式），不能晚于今天'],
    ['渠道', '填“渠道和专栏”表中的渠道名称，如 示范市广播电视台'],
    ['专栏', '该渠道已开设的专栏名称；发稿日期须在专栏开设期间'],
    ['链接', '以 http:// 或 https:// 开头的网址'],
    ['报送单位', '从市级写到单位的完整名称路径，用 / 分隔，如 示范市/龙门镇；也可填“单位列表”中的单位编号'],
    ['规则', `任何一行有错误时整个文件不导入，请按提示修改后重新上传；每次最多${MAX_ITEM_ROWS}行`],
  ].forEach((r) => notes.addRow(r));
  notes.columns.forEach((c, i) => (c.width = i === 0 ? 12 : 90));
  const list = wb.addWorksheet('渠道和专栏');
  list.addRow(['渠道', '专栏', '开设日期']);
  list.getRow(1).font = { bold: true };
  for (const c of channels) list.addRow([c.channel, c.column, c.opens]);
  list.columns.forEach((c, i) => (c.width = [30, 40, 14][i]));
  const unitSheet = wb.addWorksheet('单位列表');
  unitSheet.addRow(['单位（完整名称路径）', '单位编号']);
  unitSheet.getRow(1).font = { bold: true };
  for (const u of units) unitSheet.addRow([u.path, u.id]);
  unitSheet.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 40));
  return await safeWorkbookBuffer(wb);
}

function cellText(value: SheetCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function normaliseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** Reads the sheet and checks each row by itself; problems name the spreadsheet row and the column header. */
export async function parseItems(buffer: Buffer, today: string): Promise<{ rows: ItemRow[]; problems: ItemImportProblemDto[]; total: number }> {
  const rows: ItemRow[] = [];
  const problems: ItemImportProblemDto[] = [];
  let index: Map<Column, number> | null = null;
  let total = 0;
  try {
    for await (const { number: r, cells: values } of readFirstSheet(buffer, { maxRows: MAX_ITEM_ROWS, maxUnpackedBytes: MAX_ITEM_UNPACKED_BYTES })) {
      if (!index) {
        const header = r === 1 ? Array.from(values, cellText) : [];
        const missing = ITEM_COLUMNS.filter((c) => !header.includes(c));
        if (missing.length) throw new MalformedItems(`row 1 ${missing.join('、')}`, `缺少列：${missing.join('、')}，请使用下载的模板`);
        index = new Map(ITEM_COLUMNS.map((c) => [c, header.indexOf(c)]));
        continue;
      }
      const columns = index;
      const get = (c: Column) => cellText(values[columns.get(c)!]);
      if (ITEM_COLUMNS.every((c) => get(c) === '')) continue;
      total += 1;
      const before = problems.length;
      const problem = (column: Column, message: string) => problems.push({ row: r, column, message });
      const required = (c: Column) => {
        if (get(c) === '') problem(c, '不能为空');
        return get(c);
      };
      const dateText = required('发稿日期');
      let publishedOn: string | null = null;
      if (dateText) {
        publishedOn = normaliseDate(dateText);
        if (!publishedOn) problem('发稿日期', '日期不正确，应写作 2026-03-05');
        else if (publishedOn > today) problem('发稿日期', '不能晚于今天');
      }
      const channel = required('渠道');
      const title = required('标题');
      if (title.length > 300) problem('标题', '不能超过300字');
      const link = get('链接') || null;
      if (link && (link.length > 1000 || !LINK.test(link))) problem('链接', '应为以 http:// 或 https:// 开头的网址');
      const unitRef = required('报送单位');
      rows.push({ row: r, valid: problems.length === before, publishedOn, channel, column: get('专栏'), title, link, unitRef });
    }
  } catch (e) {
    if (e instanceof SheetUnreadable) throw new MalformedItems('file', e.message);
    if (e instanceof SheetRowLimit) throw new MalformedItems('file', `一次最多导入 ${MAX_ITEM_ROWS} 行`);
    throw e;
  }
  if (!index) throw new MalformedItems('row 1', `缺少列：${ITEM_COLUMNS.join('、')}，请使用下载的模板`);
  if (total === 0) throw new MalformedItems('file', '没有可导入的发稿');
  return { rows, problems, total };
}
