import { HttpStatus } from '@nestjs/common';
import { FileError } from '@cadre/shared';
import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppException } from '../errors/app-exception';

/*
 * The zip is yauzl's: it reads the central directory (zip64 included), so every part's declared unpacked size is known
 * before a byte of it is inflated, and it checks that inflating gives exactly that many bytes (validateEntrySizes).
 *
 * The XML of the parts is read here, on saxes (exceljs's own parser), not by exceljs's streaming WorkbookReader, which
 * fails these imports in three ways that cannot be configured away (exceljs 4.4):
 * - it unzips with unzipper's forward-only parser, which follows the local headers and never reads the central
 *   directory or checks a size: a zip whose directory declares 1 KB of shared strings that inflate to 200 MB passes any
 *   check of the directory, and exceljs inflates and holds all of it (a 205 KB upload: 2.5 s of CPU, +230 MB);
 * - it decodes each inflated chunk to text on its own, so a Chinese character split between two 16 KB chunks becomes
 *   U+FFFD (exceljs issues 2063, 2084 and 2316, still open): a 3,000-row roster of Chinese names lost four cells;
 * - it hands sheets out in zip order under fixed part names (not the first tab), reads rows and cells without an `r`
 *   attribute as errors, and a sheet met before the shared strings is spooled whole to a temporary file first.
 */

/** A cell as the imports need it: text, a number, a truth value, a date (a number in a date format), or nothing. */
export type SheetCell = string | number | boolean | Date | null;

/** One row that has at least one value; `cells[0]` is column A, and columns without a value are holes. */
export interface SheetRow {
  /** The spreadsheet's own row number, as the person who filled it in sees it. */
  number: number;
  cells: SheetCell[];
}

export interface SheetLimits {
  /** Rows below row 1 that have a value. Reading stops at the first one past this: `SheetRowLimit`. */
  maxRows: number;
  /** Bytes unpacked from the zip in all (the parts read first and the sheet as it streams); past it, a 413. */
  maxUnpackedBytes: number;
}

/** What a read cost, for tests and logs: row elements parsed and bytes inflated. */
export interface SheetStats {
  rows: number;
  unpackedBytes: number;
}

/** The file is not an .xlsx this reader can read; the message is for the person who uploaded it. */
export class SheetUnreadable extends Error {}

/** The sheet has more rows than the limit; nothing after the first row past it was read. */
export class SheetRowLimit extends Error {}

const NOT_XLSX = '不是有效的 Excel（.xlsx）文件';
const NO_SHEET = '文件中没有工作表';
/**
 * Parts read whole before the sheet (the shared strings above all) are held in memory as parsed values: at most this
 * much of them. A full 20,000-row roster has about 2.5 MB of shared strings.
 */
const MAX_WHOLE_PART_BYTES = 16 * 1024 * 1024;
/**
 * A workbook in the templates' shape has a few dozen parts. yauzl reads the directory an entry at a time, about ten times
 * slower than a bare loop over the bytes (a second for 65,000 entries here), so a 10 MB upload of nothing but empty
 * entries would cost seconds of CPU before any other check: a zip declaring more entries than this is refused unread.
 */
const MAX_ZIP_ENTRIES = 10_000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Number formats ECMA-376 builds in for dates and times, including the East Asian ones (年月日). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

function tooLarge(limit: number): AppException {
  const mb = Math.round(limit / 1024 / 1024);
  return new AppException(HttpStatus.PAYLOAD_TOO_LARGE, FileError.TooLarge, `The spreadsheet unpacks to more than ${mb} MB`, [
    { field: 'file', message: `文件解压后超过 ${mb} MB` },
  ]);
}

/** `x:row` and `row` are the same element: some writers prefix the SpreadsheetML namespace. */
function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Counts every inflated byte against the one budget of the read. */
class Budget {
  constructor(
    private readonly limit: number,
    private readonly stats: SheetStats,
  ) {}

  /** Refuses, before inflating anything, a part whose declared size does not fit. */
  reserve(entry: Entry, cap = Infinity): void {
    if (entry.uncompressedSize > cap) throw tooLarge(cap);
    if (this.stats.unpackedBytes + entry.uncompressedSize > this.limit) throw tooLarge(this.limit);
  }

  spend(bytes: number): void {
    this.stats.unpackedBytes += bytes;
    if (this.stats.unpackedBytes > this.limit) throw tooLarge(this.limit);
  }
}

/** The zip as its central directory describes it: nothing is inflated yet. */
interface Zip {
  file: ZipFile;
  entries: Map<string, Entry>;
}

async function openZip(buffer: Buffer): Promise<Zip> {
  try {
    // validateEntrySizes is yauzl's default, spelled out because every bound below rests on it: an entry that inflates
    // past its declared size is an error at the first chunk over, so the declared size bounds what it can cost.
    const file = await yauzl.fromBufferPromise(buffer, { validateEntrySizes: true });
    // The count comes from the end record, read before any entry.
    if (file.entryCount > MAX_ZIP_ENTRIES) throw new SheetUnreadable(NOT_XLSX);
    const entries = new Map<string, Entry>();
    for await (const entry of file.eachEntry()) entries.set(entry.fileName, entry);
    return { file, entries };
  } catch {
    throw new SheetUnreadable(NOT_XLSX);
  }
}

/**
 * An entry's bytes, inflated by yauzl only as far as they are read (the streams apply back-pressure); stopping the
 * iteration destroys the stream and its inflater. Encryption, unknown compression and a size that does not match the
 * declared one are yauzl's errors, all an unreadable file here.
 */
async function* entryChunks(zip: Zip, entry: Entry): AsyncGenerator<Buffer> {
  try {
    // Leaving this loop early (the caller stopped) destroys the stream; only the stream's own errors reach the catch.
    for await (const chunk of await zip.file.openReadStreamPromise(entry)) yield chunk as Buffer;
  } catch {
    throw new SheetUnreadable(NOT_XLSX);
  }
}

interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(tag: SaxesTagPlain): void;
  text?(text: string): void;
}

type PlainParser = SaxesParser<{ xmlns: false; position: false }>;

function xmlParser(handlers: XmlHandlers, onError: () => void): PlainParser {
  // No namespaces and no positions: the parts are read by element name, and positions cost time on every character.
  // saxes does not expand entities declared in a DTD, so an entity bomb is an error, not a gigabyte of text.
  const parser: PlainParser = new SaxesParser({ xmlns: false, position: false });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.on('error', onError);
  return parser;
}

/** Reads one part whole (it must fit the whole-part cap as declared), streaming it through the parser. */
async function parsePart(zip: Zip, entry: Entry, budget: Budget, handlers: XmlHandlers): Promise<void> {
  budget.reserve(entry, MAX_WHOLE_PART_BYTES);
  let failed = false;
  const parser = xmlParser(handlers, () => (failed = true));
  // One decoder for the whole part, told where chunks end: a character split between two chunks stays whole.
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(zip, entry)) {
    budget.spend(chunk.length);
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failed) break;
  }
  if (!failed) parser.write(decoder.decode()).close();
  if (failed) throw new SheetUnreadable(NOT_XLSX);
}

/** A relationship part: Id → the target's path inside the zip, with its type. */
async function readRels(zip: Zip, source: string, budget: Budget): Promise<{ id: string; type: string; path: string }[]> {
  const dir = posix.dirname(source);
  const name = posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(source)}.rels`);
  const entry = zip.entries.get(name);
  if (!entry) return [];
  const rels: { id: string; type: string; path: string }[] = [];
  await parsePart(zip, entry, budget, {
    open(tag) {
      if (local(tag.name) !== 'Relationship' || tag.attributes.TargetMode === 'External') return;
      const target = tag.attributes.Target ?? '';
      const path = posix.normalize(target.startsWith('/') ? target.slice(1) : posix.join(dir, target));
      rels.push({ id: tag.attributes.Id ?? '', type: tag.attributes.Type ?? '', path });
    },
  });
  return rels;
}

/** The shared strings table: each `<si>` as plain text (rich-text runs joined, phonetic guides left out). */
async function readSharedStrings(zip: Zip, entry: Entry, budget: Budget): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, entry, budget, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current !== null && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(tag) {
      const name = local(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        strings.push(current);
        current = null;
      }
    },
  });
  return strings;
}

/** Which cell formats (`s`, an index into cellXfs) show a number as a date. */
async function readDateStyles(zip: Zip, entry: Entry | undefined, budget: Budget): Promise<boolean[]> {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await parsePart(zip, entry, budget, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(tag.attributes.numFmtId ?? 0));
    },
    close(tag) {
      if (local(tag.name) === 'cellXfs') inCellXfs = false;
    },
  });
  return formats.map((id) => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
    // As exceljs decides it: date and time letters outside quoted text and [colour]/[$-locale] sections.
    return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
  });
}

/** An Excel serial day number as a date (days since 1899-12-30, or since 1904-01-01 in the 1904 date system). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** Column letters to a 1-based number: A → 1, AA → 27; 0 when the reference has none. */
function columnOf(ref: string): number {
  let column = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

interface OpenCell {
  column: number;
  type: string;
  style: number;
  value: string | null;
  inline: string | null;
}

/**
 * The first worksheet of an .xlsx, row by row, streamed: the zip's central directory is read first, the workbook,
 * styles and shared strings next (each refused by its declared size before it is inflated), then the sheet is
 * inflated and parsed only as far as the caller iterates. After `maxRows` rows with values below row 1, the next one
 * ends the read with `SheetRowLimit`; past `maxUnpackedBytes` inflated in all, a 413 `files/too_large`. A file that
 * is not a readable .xlsx is `SheetUnreadable`; rows before a defect in the sheet are still handed out first.
 */
export async function* readFirstSheet(
  file: Buffer,
  limits: SheetLimits,
  stats: SheetStats = { rows: 0, unpackedBytes: 0 },
): AsyncGenerator<SheetRow> {
  const budget = new Budget(limits.maxUnpackedBytes, stats);
  const zip = await openZip(file);
  const { entries } = zip;
  const workbookPath = (await readRels(zip, '', budget)).find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  const workbook = entries.get(workbookPath);
  if (!workbook) throw new SheetUnreadable(NOT_XLSX);
  const book: { firstSheetId: string | null; date1904: boolean } = { firstSheetId: null, date1904: false };
  await parsePart(zip, workbook, budget, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'workbookPr') book.date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
      else if (name === 'sheet' && book.firstSheetId === null) {
        // r:id, whatever the relationships namespace is prefixed with.
        book.firstSheetId = Object.entries(tag.attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
      }
    },
  });
  const rels = await readRels(zip, workbookPath, budget);
  const sheetEntry = book.firstSheetId === null ? undefined : entries.get(rels.find((r) => r.id === book.firstSheetId)?.path ?? '');
  if (!sheetEntry) throw new SheetUnreadable(NO_SHEET);
  const dateStyles = await readDateStyles(zip, entries.get(rels.find((r) => r.type.endsWith('/styles'))?.path ?? ''), budget);
  const stringsEntry = entries.get(rels.find((r) => r.type.endsWith('/sharedStrings'))?.path ?? '');
  const shared = stringsEntry ? await readSharedStrings(zip, stringsEntry, budget) : [];

  const valueOf = (c: OpenCell): SheetCell => {
    const v = c.value;
    switch (c.type) {
      case 's':
        return v === null ? null : (shared[Number.parseInt(v, 10)] ?? null);
      case 'inlineStr':
        return c.inline ?? v;
      case 'str':
        return v;
      case 'b':
        return v === null ? null : Number.parseInt(v, 10) !== 0;
      case 'e':
        return null;
      case 'd': {
        const date = v === null ? null : new Date(v);
        return date && !Number.isNaN(date.getTime()) ? date : null;
      }
      default: {
        const n = v === null ? Number.NaN : Number.parseFloat(v);
        if (!Number.isFinite(n)) return null;
        return dateStyles[c.style] ? excelDate(n, book.date1904) : n;
      }
    }
  };

  // Rows complete in a chunk wait in `ready`; a defect or the row limit met in the same chunk waits in `stop` until
  // the rows before it are handed out, so where the parser's chunks happen to end changes nothing.
  const ready: SheetRow[] = [];
  let stop: Error | null = null;
  let finished = false;
  let inData = false;
  let row: SheetRow | null = null;
  let lastRow = 0;
  let lastColumn = 0;
  let cell: OpenCell | null = null;
  let capture: 'value' | 'inline' | null = null;
  let phonetic = 0;
  let dataRows = 0;
  const fail = (error: Error) => {
    stop ??= error;
    finished = true;
  };
  const parser = xmlParser(
    {
      open(tag) {
        if (finished) return;
        const a = tag.attributes;
        switch (local(tag.name)) {
          case 'sheetData':
            inData = true;
            break;
          case 'row': {
            if (!inData) break;
            const number = a.r === undefined ? lastRow + 1 : Number(a.r);
            if (!Number.isInteger(number) || number < 1 || number > MAX_ROW) return fail(new SheetUnreadable(NOT_XLSX));
            stats.rows += 1;
            row = { number, cells: [] };
            lastRow = number;
            lastColumn = 0;
            break;
          }
          case 'c': {
            if (!row) break;
            const column = a.r === undefined ? lastColumn + 1 : columnOf(a.r) || lastColumn + 1;
            if (column > MAX_COLUMN) return fail(new SheetUnreadable(NOT_XLSX));
            cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0), value: null, inline: null };
            lastColumn = column;
            break;
          }
          case 'v':
            if (cell) {
              cell.value = '';
              capture = 'value';
            }
            break;
          case 'is':
            if (cell) cell.inline = '';
            break;
          case 'rPh':
            if (cell) phonetic++;
            break;
          case 't':
            if (cell?.inline !== null && cell?.inline !== undefined && phonetic === 0) capture = 'inline';
            break;
        }
      },
      text(text) {
        if (!cell || finished) return;
        if (capture === 'value') cell.value += text;
        else if (capture === 'inline') cell.inline += text;
      },
      close(tag) {
        if (finished) return;
        switch (local(tag.name)) {
          case 'v':
          case 't':
            capture = null;
            break;
          case 'rPh':
            if (cell) phonetic--;
            break;
          case 'c':
            if (row && cell) {
              const value = valueOf(cell);
              if (value !== null && value !== '') row.cells[cell.column - 1] = value;
            }
            cell = null;
            break;
          case 'row':
            if (row && row.cells.length > 0) {
              if (row.number > 1 && ++dataRows > limits.maxRows) return fail(new SheetRowLimit(`more than ${limits.maxRows} rows`));
              ready.push(row);
            }
            row = null;
            break;
          case 'sheetData':
            inData = false;
            finished = true;
            break;
        }
      },
    },
    () => fail(new SheetUnreadable(NOT_XLSX)),
  );

  const decoder = new TextDecoder('utf-8');
  const chunks = entryChunks(zip, sheetEntry);
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done) parser.write(decoder.decode()).close();
      else {
        budget.spend(next.value.length);
        parser.write(decoder.decode(next.value, { stream: true }));
      }
      while (ready.length > 0) yield ready.shift()!;
      if (stop) throw stop;
      if (finished || next.done) return;
    }
  } finally {
    // Stops the inflater when the caller has what it needs, the limit is met or the sheet's data has ended.
    await chunks.return(undefined);
  }
}
