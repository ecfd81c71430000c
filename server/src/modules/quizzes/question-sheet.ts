import ExcelJS from 'exceljs';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from '@cadre/shared';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { readFirstSheet, SheetRowLimit, SheetUnreadable, type SheetCell, type SheetStats } from '../../common/xlsx/sheet-reader';
import type { ImportProblemDto } from './dto/question.dto';
import type { QuestionOption } from './question.entity';
import { questionProblems, storedOptions } from './question-rules';

/** The import template's columns, in order. */
export const SHEET_COLUMNS = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '标签', '难度'] as const;
const OPTION_COLUMNS = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F'] as const;
const TYPE_BY_LABEL = new Map<string, QuestionType>(QUESTION_TYPES.flatMap((t) => [[QUESTION_TYPE_LABELS[t], t], [QUESTION_TYPE_LABELS[t].replace('题', ''), t], [t, t]]));
const TRUE_WORDS = new Set(['正确', '对', '是', 'T', 'TRUE', '√', 'Y']);
const FALSE_WORDS = new Set(['错误', '错', '否', 'F', 'FALSE', '×', 'N']);
export const MAX_IMPORT_ROWS = 2000;
/** 2,000 questions with every field at its longest unpack to about 45 MB; real banks are a fraction of that. */
const MAX_IMPORT_UNPACKED_BYTES = 64 * 1024 * 1024;

export interface ParsedQuestion {
  row: number;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  answer: string[];
  explanation: string;
  tags: string[];
  difficulty: number;
}

/** The downloadable template: headers, two example rows and a notes sheet. */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('试题');
  sheet.addRow([...SHEET_COLUMNS]);
  sheet.addRow(['单选', '党的二十大于（　　）召开。', '2021年7月', '2022年10月', '2023年3月', '2022年3月', '', '', 'B', '中国共产党第二十次全国代表大会于2022年10月召开。', '党的二十大精神', 1]);
  sheet.addRow(['判断', '中央八项规定于2012年12月出台。', '', '', '', '', '', '', '正确', '', '中央八项规定', 1]);
  sheet.addRow(['多选', '新发展理念包括（　　）。', '创新', '协调', '绿色', '封闭', '', '', 'ABC', '新发展理念是创新、协调、绿色、开放、共享。', '党的创新理论', 2]);
  sheet.addRow(['填空', '行政执法三项制度是行政执法公示制度、执法全过程记录制度和重大执法决定（　　）制度。', '', '', '', '', '', '', '法制审核', '', '行政执法', 3]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = i === 1 || i === 9 ? 40 : 12));
  const notes = wb.addWorksheet('填写说明');
  [
    ['题型', '单选、多选、判断、填空（也可写单选题等）'],
    ['选项', '单选至少2个、多选至少3个选项，从选项A起连续填写；判断题和填空题不填选项'],
    ['答案', '单选写一个字母，如 B；多选写多个字母，如 ABD；判断写“正确”或“错误”；填空写可接受的答案，多个用 | 分隔'],
    ['标签', '多个标签用逗号分隔，最多5个'],
    ['难度', '1到5的整数，1最易'],
    ['规则', '任何一行有错误时整个文件不导入，请按提示修改后重新上传；每次最多2000题'],
  ].forEach((r) => notes.addRow(r));
  notes.columns.forEach((c, i) => (c.width = i === 0 ? 10 : 80));
  return await safeWorkbookBuffer(wb);
}

function cellText(value: SheetCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

const fileProblem = (message: string) => ({ rows: [], problems: [{ row: 0, column: '文件', message }] });
const missingColumns = (missing: readonly string[]) => ({ rows: [], problems: [{ row: 1, column: missing.join('、'), message: '缺少列，请使用下载的模板' }] });

/**
 * Reads and checks every row; problems name the row and the column. The sheet is streamed: a file over the row limit
 * is refused after its first MAX_IMPORT_ROWS + 1 rows with values, and one that unpacks past the byte limit answers
 * 413 files/too_large, rather than either being parsed whole first.
 */
export async function parseWorkbook(buffer: Buffer, stats?: SheetStats): Promise<{ rows: ParsedQuestion[]; problems: ImportProblemDto[] }> {
  const rows: ParsedQuestion[] = [];
  const problems: ImportProblemDto[] = [];
  const seen = new Map<string, number>();
  let header: string[] | null = null;
  try {
    for await (const { number: r, cells } of readFirstSheet(buffer, { maxRows: MAX_IMPORT_ROWS, maxUnpackedBytes: MAX_IMPORT_UNPACKED_BYTES }, stats)) {
      if (header === null) {
        // The header is row 1; a sheet whose first row with values comes later has none.
        const names = r === 1 ? Array.from(cells, cellText) : [];
        const missing = SHEET_COLUMNS.filter((c) => !names.includes(c));
        if (missing.length) return missingColumns(missing);
        header = names;
        continue;
      }
      const columns = header;
      const get = (name: string) => cellText(cells[columns.indexOf(name)]);
      if (SHEET_COLUMNS.every((c) => get(c) === '')) continue;
      checkRow(r, get, rows, problems, seen);
    }
  } catch (e) {
    if (e instanceof SheetUnreadable) return fileProblem(e.message);
    if (e instanceof SheetRowLimit) return fileProblem(`一次最多导入 ${MAX_IMPORT_ROWS} 题`);
    throw e;
  }
  if (header === null) return missingColumns(SHEET_COLUMNS);
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 0, column: '文件', message: '没有可导入的试题' });
  return { rows, problems };
}

/** Checks one row with values: what is wrong goes to `problems`, the question (once its type is known) to `rows`. */
function checkRow(r: number, get: (name: string) => string, rows: ParsedQuestion[], problems: ImportProblemDto[], seen: Map<string, number>): void {
  const problem = (column: string, message: string) => problems.push({ row: r, column, message });
  const type = TYPE_BY_LABEL.get(get('题型'));
  if (!type) {
    problem('题型', '应为单选、多选、判断或填空');
    return;
  }
  const stem = get('题干');
  if (!stem) problem('题干', '不能为空');
  else if (stem.length > 2000) problem('题干', '不能超过2000字');
  const options: QuestionOption[] = [];
  let gap = false;
  OPTION_COLUMNS.forEach((c, i) => {
    const text = get(c);
    if (!text) {
      gap = true;
      return;
    }
    if (gap && (type === 'single' || type === 'multiple')) problem(c, '选项应从选项A起连续填写');
    if (text.length > 500) problem(c, '不能超过500字');
    options.push({ id: String.fromCharCode(65 + i), text });
  });
  if ((type === 'true_false' || type === 'fill') && options.length) problem('选项A', `${QUESTION_TYPE_LABELS[type]}不填选项`);
  const rawAnswer = get('答案');
  let answer: string[] = [];
  if (!rawAnswer) problem('答案', '不能为空');
  else if (type === 'single' || type === 'multiple') {
    answer = [...new Set(rawAnswer.toUpperCase().replace(/[\s,，、]/g, '').split(''))];
    if (answer.some((a) => !/^[A-F]$/.test(a))) problem('答案', '应为选项字母，如 B 或 ABD');
  } else if (type === 'true_false') {
    const word = rawAnswer.toUpperCase();
    if (TRUE_WORDS.has(word)) answer = ['T'];
    else if (FALSE_WORDS.has(word)) answer = ['F'];
    else problem('答案', '应为“正确”或“错误”');
  } else {
    answer = rawAnswer
      .split(/[|｜;；]/)
      .map((a) => a.trim())
      .filter(Boolean);
    if (answer.some((a) => a.length > 200)) problem('答案', '每个答案不能超过200字');
  }
  const difficultyText = get('难度') || '3';
  const difficulty = Number(difficultyText);
  if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > 5) problem('难度', '应为1到5的整数');
  const tags = get('标签')
    .split(/[,，、;；]/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (tags.length > 5 || tags.some((t) => t.length > 50)) problem('标签', '最多5个标签，每个不超过50字');
  const explanation = get('解析');
  if (explanation.length > 2000) problem('解析', '不能超过2000字');
  if (stem && answer.length && (type !== 'single' && type !== 'multiple' ? true : options.length > 0)) {
    const consistency = questionProblems({ type, stem, options: storedOptions(type, options), answer });
    for (const c of consistency) problem(c.field === 'options' ? '选项A' : '答案', translate(c.message));
  }
  const key = `${type}|${stem}`;
  if (stem && seen.has(key)) problem('题干', `与第 ${seen.get(key)} 行重复`);
  seen.set(key, r);
  rows.push({ row: r, type, stem, options: storedOptions(type, options), answer, explanation, tags, difficulty: Number.isInteger(difficulty) ? difficulty : 3 });
}

function translate(message: string): string {
  if (message.startsWith('needs at least')) return `选项不足（${message.replace(/\D/g, '')}个以上）`;
  if (message.startsWith('answer names no option')) return '答案中有不存在的选项';
  if (message.startsWith('a single-choice')) return '单选题只能有一个答案';
  if (message.startsWith('a multiple-choice')) return '多选题至少有两个答案';
  if (message.startsWith('at least one option must be wrong')) return '多选题不能所有选项都正确';
  if (message.startsWith('option ids repeat')) return '选项重复';
  return message;
}
