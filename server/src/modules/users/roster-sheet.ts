import ExcelJS from 'exceljs';
import {
  ASSIGNABLE_CADRE_GROUPS,
  CADRE_GROUP_LABELS,
  EDUCATION_LABELS,
  EDUCATIONS,
  ETHNICITIES,
  GENDER_LABELS,
  GENDERS,
  isValidResidentId,
  POLITICAL_STATUS_LABELS,
  POLITICAL_STATUSES,
  RANK_LABELS,
  RANKS,
  type AssignableCadreGroup,
  type Education,
  type Gender,
  type PoliticalStatus,
  type Rank,
} from '@cadre/shared';
import { isRealDate } from '../../common/validation/fields';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { readFirstSheet, SheetRowLimit, SheetUnreadable, type SheetCell, type SheetRow, type SheetStats } from '../../common/xlsx/sheet-reader';
import type { RosterProblemDto } from './dto/roster-import.dto';
import { ID_NUMBER, PHONE, USERNAME } from './dto/user.dto';

/** The roster template's columns, in order; the first four are required in every row. */
export const ROSTER_COLUMNS = ['用户名', '姓名', '性别', '单位', '出生日期', '民族', '政治面貌', '学历', '职级', '职务', '手机号码', '身份证号', '任现职时间', '重点群体'] as const;
type Column = (typeof ROSTER_COLUMNS)[number];
const TEXT_COLUMNS: readonly Column[] = ['用户名', '手机号码', '身份证号'];
export const MAX_ROSTER_ROWS = 20_000;
/** A full 20,000-row roster unpacks to about 13 MB (sheet and shared strings): five times that is no roster. */
const MAX_ROSTER_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * A row as read; `valid` when it passed its own checks. Rows with problems are kept, so the unit and the clashes with
 * stored cadres are reported for them too (one upload shows every problem). The unit is still a reference (a name path
 * or an id) for the service to resolve.
 */
export interface RosterRow {
  row: number;
  valid: boolean;
  username: string;
  name: string;
  gender: Gender;
  unitRef: string;
  birthDate: string | null;
  ethnicity: string;
  politicalStatus: PoliticalStatus | null;
  education: Education | null;
  rank: Rank;
  position: string | null;
  phone: string | null;
  idNumber: string | null;
  appointmentDate: string | null;
  keyGroups: AssignableCadreGroup[];
}

/** A file the import cannot read at all: not a workbook, not the template's columns, too many rows. */
export class MalformedRoster extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Accepts the Chinese label or the API's code: 中共党员 or cpc_member. */
function lookup<T extends string>(values: readonly T[], labels: Record<T, string>): Map<string, T> {
  return new Map(values.flatMap((v) => [[labels[v], v] as const, [v, v] as const]));
}
const GENDER_BY = lookup(GENDERS, GENDER_LABELS);
const POLITICAL_BY = lookup(POLITICAL_STATUSES, POLITICAL_STATUS_LABELS);
const EDUCATION_BY = lookup(EDUCATIONS, EDUCATION_LABELS);
const RANK_BY = lookup(RANKS, RANK_LABELS);
const GROUP_BY = lookup(ASSIGNABLE_CADRE_GROUPS, CADRE_GROUP_LABELS as Record<AssignableCadreGroup, string>);
const ETHNICITY_SET = new Set<string>(ETHNICITIES);

/** The downloadable template: the header, one example row, notes, and the units the caller may import into. */
export async function rosterTemplate(units: { path: string; id: string }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('干部名册');
  sheet.addRow([...ROSTER_COLUMNS]);
  const example = units[Math.min(1, units.length - 1)]?.path ?? '示范市/龙门镇/东庄村';
  sheet.addRow(['zhangsan01', '张三', '男', example, '1985-06-01', '汉族', '中共党员', '大学本科', '四级主任科员', '党支部书记', '13800001234', '', '2026-01-15', '执法领域中层干部']);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const name = ROSTER_COLUMNS[i]!;
    c.width = name === '单位' ? 36 : name === '重点群体' ? 28 : name === '身份证号' ? 22 : 14;
    // Long numbers typed into a General cell turn into 1.1E+17; text cells keep every digit.
    if (TEXT_COLUMNS.includes(name)) c.numFmt = '@';
  });
  const notes = wb.addWorksheet('填写说明');
  [
    ['必填', '用户名、姓名、性别、单位为必填，其余可不填'],
    ['用户名', '3到50位小写字母、数字或 _ . -，以字母开头；登录用，不能与已有账号重复'],
    ['性别', '男 或 女'],
    ['单位', '从市级写到所在单位的完整名称路径，用 / 分隔，如 示范市/龙门镇/东庄村；也可填“单位列表”中的单位编号'],
    ['日期', '出生日期、任现职时间写作 1985-06-01（也可用 Excel 日期格式）'],
    ['民族', '56个民族的全称，如 汉族；不填为汉族'],
    ['政治面貌', Object.values(POLITICAL_STATUS_LABELS).join('、')],
    ['学历', Object.values(EDUCATION_LABELS).join('、')],
    ['职级', `${Object.values(RANK_LABELS).join('、')}；不填为“其他”`],
    ['身份证号', '18位居民身份证号码，请设为文本格式；不能与已登记的干部重复'],
    ['任现职时间', '任领导职务的日期；12个月内任职的自动归入“新任职领导干部”，该群体不必在“重点群体”中填写'],
    ['重点群体', `${ASSIGNABLE_CADRE_GROUPS.map((g) => CADRE_GROUP_LABELS[g]).join('、')}，多个用逗号分隔`],
    ['密码', '导入的干部暂无登录密码，请在“干部管理”中点击“发放初始密码”为整个单位批量发放，或在干部详情中“重置密码”逐个发放'],
    ['规则', `任何一行有错误时整个文件不导入，请按提示修改后重新上传；每次最多${MAX_ROSTER_ROWS}行`],
  ].forEach((r) => notes.addRow(r));
  notes.columns.forEach((c, i) => (c.width = i === 0 ? 12 : 90));
  const list = wb.addWorksheet('单位列表');
  list.addRow(['单位（完整名称路径）', '单位编号']);
  list.getRow(1).font = { bold: true };
  for (const u of units) list.addRow([u.path, u.id]);
  list.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 40));
  return await safeWorkbookBuffer(wb);
}

function cellText(value: SheetCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Dates as text in a few common spellings (1985-06-01, 1985/6/1, 1985.06.01, 1985年6月1日); Excel dates arrive ISO. */
function normaliseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/**
 * The first sheet's rows, streamed. A file over the row limit is refused after its first MAX_ROSTER_ROWS + 1 rows with
 * values rather than parsed whole first; one that unpacks past the byte limit answers 413 files/too_large.
 */
async function* sheetRows(buffer: Buffer, stats?: SheetStats): AsyncGenerator<SheetRow> {
  try {
    yield* readFirstSheet(buffer, { maxRows: MAX_ROSTER_ROWS, maxUnpackedBytes: MAX_ROSTER_UNPACKED_BYTES }, stats);
  } catch (e) {
    if (e instanceof SheetUnreadable) throw new MalformedRoster('file', e.message);
    if (e instanceof SheetRowLimit) throw new MalformedRoster('file', `一次最多导入 ${MAX_ROSTER_ROWS} 行`);
    throw e;
  }
}

/** Where each template column is (0-based), wherever the file has put it; a missing one refuses the file. */
function headerIndex(cells: readonly SheetCell[]): Map<Column, number> {
  const header = Array.from(cells, cellText);
  const missing = ROSTER_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new MalformedRoster(`row 1 ${missing.join('、')}`, `缺少列：${missing.join('、')}，请使用下载的模板`);
  return new Map(ROSTER_COLUMNS.map((c) => [c, header.indexOf(c)]));
}

/**
 * Reads the roster and checks each row by itself (formats, enumerations, duplicates within the file). Problems name the
 * spreadsheet row and the column header; what needs the database (units, clashes with stored cadres) is the caller's.
 */
export async function parseRoster(buffer: Buffer, stats?: SheetStats): Promise<{ rows: RosterRow[]; problems: RosterProblemDto[]; total: number }> {
  const rows: RosterRow[] = [];
  const problems: RosterProblemDto[] = [];
  const seenUsername = new Map<string, number>();
  const seenId = new Map<string, number>();
  let index: Map<Column, number> | null = null;
  let total = 0;
  for await (const { number: r, cells: values } of sheetRows(buffer, stats)) {
    // The header is row 1; a sheet whose first row with values comes later has none.
    index ??= headerIndex(r === 1 ? values : []);
    if (r === 1) continue;
    const columns = index;
    const cells = new Map<Column, string>(ROSTER_COLUMNS.map((c) => [c, cellText(values[columns.get(c)!])]));
    const get = (c: Column) => cells.get(c)!;
    if (ROSTER_COLUMNS.every((c) => get(c) === '')) continue;
    total += 1;
    const before = problems.length;
    const problem = (column: Column, message: string) => problems.push({ row: r, column, message });
    const required = (c: Column) => {
      if (get(c) === '') problem(c, '不能为空');
      return get(c);
    };

    const username = required('用户名').toLowerCase();
    if (username && !USERNAME.test(username)) problem('用户名', '应为3到50位小写字母、数字或 _ . -，以字母开头');
    else if (username && seenUsername.has(username)) problem('用户名', `与第 ${seenUsername.get(username)} 行重复`);
    if (username && !seenUsername.has(username)) seenUsername.set(username, r);

    const name = required('姓名');
    if (name.length > 50) problem('姓名', '不能超过50字');
    const genderText = required('性别');
    const gender = GENDER_BY.get(genderText);
    if (genderText && !gender) problem('性别', '应为“男”或“女”');
    const unitRef = required('单位');

    const date = (c: Column) => {
      const text = get(c);
      if (!text) return null;
      const iso = normaliseDate(text);
      if (!iso) problem(c, '日期不正确，应写作 1985-06-01');
      return iso;
    };
    const birthDate = date('出生日期');
    const appointmentDate = date('任现职时间');

    const ethnicity = get('民族') || '汉族';
    if (!ETHNICITY_SET.has(ethnicity)) problem('民族', '应为56个民族的全称，如 汉族');
    const choice = <T extends string>(c: Column, by: Map<string, T>, hint: string) => {
      const text = get(c);
      if (!text) return null;
      const value = by.get(text);
      if (!value) problem(c, `应为以下之一：${hint}`);
      return value ?? null;
    };
    const politicalStatus = choice('政治面貌', POLITICAL_BY, Object.values(POLITICAL_STATUS_LABELS).join('、'));
    const education = choice('学历', EDUCATION_BY, Object.values(EDUCATION_LABELS).join('、'));
    const rank = choice('职级', RANK_BY, Object.values(RANK_LABELS).join('、')) ?? 'other';
    const position = get('职务') || null;
    if (position && position.length > 100) problem('职务', '不能超过100字');

    const phone = get('手机号码') || null;
    if (phone && (phone.length > 20 || !PHONE.test(phone))) problem('手机号码', '应为11位手机号码或带区号的固定电话');

    let idNumber = get('身份证号').toUpperCase() || null;
    if (idNumber) {
      if (/E\+/i.test(idNumber)) problem('身份证号', '被 Excel 转成了科学计数法，请把该列设为文本格式后重新填写');
      else if (!ID_NUMBER.test(idNumber)) problem('身份证号', '应为18位居民身份证号码');
      else if (!isValidResidentId(idNumber)) problem('身份证号', '身份证号码校验不通过');
      else if (seenId.has(idNumber)) problem('身份证号', `与第 ${seenId.get(idNumber)} 行重复`);
      else seenId.set(idNumber, r);
      // Only a well-formed number is looked up among stored cadres.
      if (!ID_NUMBER.test(idNumber) || !isValidResidentId(idNumber)) idNumber = null;
    }

    const keyGroups: AssignableCadreGroup[] = [];
    for (const text of get('重点群体').split(/[,，、;；\s]+/).filter(Boolean)) {
      const group = GROUP_BY.get(text);
      if (group) {
        if (!keyGroups.includes(group)) keyGroups.push(group);
      } else if (text === CADRE_GROUP_LABELS.new_leader || text === 'new_leader') {
        problem('重点群体', '“新任职领导干部”由任现职时间自动确定，请填写任现职时间');
      } else {
        problem('重点群体', `“${text}”不是可设置的重点群体，应为：${ASSIGNABLE_CADRE_GROUPS.map((g) => CADRE_GROUP_LABELS[g]).join('、')}`);
      }
    }

    rows.push({
      valid: problems.length === before,
      row: r,
      username,
      name,
      gender: gender ?? 'male',
      unitRef,
      birthDate,
      ethnicity,
      politicalStatus,
      education,
      rank,
      position,
      phone,
      idNumber,
      appointmentDate,
      keyGroups: keyGroups.sort(),
    });
  }
  if (!index) headerIndex([]);
  if (total === 0) throw new MalformedRoster('file', '没有可导入的干部');
  return { rows, problems, total };
}
