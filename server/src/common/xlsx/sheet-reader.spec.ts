import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppException } from '../errors/app-exception';
import { readFirstSheet, SheetRowLimit, SheetUnreadable, type SheetLimits, type SheetRow, type SheetStats } from './sheet-reader';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const LIMITS: SheetLimits = { maxRows: 1000, maxUnpackedBytes: 8 * 1024 * 1024 };

interface Parts {
  sheetData: string;
  /** Replaces the whole sheet part (for a prolog of its own). */
  sheet?: string;
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  /** Replaces the whole workbook part (for a workbook without sheets). */
  workbook?: string;
  /** Stores the shared strings uncompressed: quick to build when they are large (the declared size is what counts). */
  storeSharedStrings?: boolean;
}

/** A minimal .xlsx built by hand, so every kind of cell and every defect can be written exactly. */
async function xlsx(parts: Parts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    parts.workbook ??
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ''}<sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
       <Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
       <Relationship Id="rId2" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>
       <Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>
     </Relationships>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    parts.sheet ?? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${parts.sheetData}</sheetData></worksheet>`,
  );
  if (parts.sharedStrings !== undefined) {
    zip.file(
      'xl/sharedStrings.xml',
      `<sst xmlns="${MAIN}">${parts.sharedStrings}</sst>`,
      parts.storeSharedStrings ? { compression: 'STORE' } : {},
    );
  }
  if (parts.styles !== undefined) zip.file('xl/styles.xml', `<styleSheet xmlns="${MAIN}">${parts.styles}</styleSheet>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** `count` rows below a header, each with one inline string. */
const numberedRows = (count: number) =>
  Array.from({ length: count }, (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, `第${i + 1}行`)}</row>`).join('');

async function readAll(file: Buffer, limits = LIMITS, stats?: SheetStats): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readFirstSheet(file, limits, stats)) rows.push(row);
  return rows;
}

/** Sets the unpacked size the central directory declares for one entry (as a hostile file would). */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); p >= 0; p--) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    const length = out.readUInt16LE(p + 28);
    if (out.toString('utf8', p + 46, p + 46 + length) === name) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('readFirstSheet', () => {
  it('reads shared, inline and rich strings, numbers, truth values, dates, formula results, gaps and row numbers', async () => {
    const file = await xlsx({
      sharedStrings:
        '<si><t>用户名</t></si><si><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">三 </t></r><rPh><t>ZHANG</t></rPh></si>',
      styles:
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="10"/></cellXfs>',
      sheetData: [
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>a</t></r><r><t>&amp;b</t></r></is></c><c r="B2"><v>-12.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" s="1"><v>29162</v></c><c r="E2" s="2"><v>32875</v></c><c r="F2" s="3"><v>0.25</v></c></row>',
        '<row r="3"><c r="A3" t="str"><f>CONCAT("x","y")</f><v>xy</v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="inlineStr"><is><t></t></is></c></row>',
        '<row r="4"/>',
        '<row r="5"><c r="B5"><v>7</v></c></row>',
        '<row><c><v>8</v></c><c><v>9</v></c></row>',
      ].join(''),
    });
    const rows = await readAll(file);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 5, 6]);
    expect(rows[0]!.cells).toEqual(['用户名', undefined, '张三 ']);
    expect(rows[1]!.cells).toEqual(['a&b', -12.5, true, new Date(Date.UTC(1979, 10, 3)), new Date(Date.UTC(1990, 0, 2)), 0.25]);
    // The formula's cached result; an error cell and an empty string are no value, so row 3 ends at column B.
    expect(rows[2]!.cells).toEqual(['xy', 2]);
    expect(rows[3]!.cells).toEqual([undefined, 7]);
    expect(rows[4]!.cells).toEqual([8, 9]);
  });

  it('reads what exceljs writes, dates in the 1904 system included', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('干部名册');
    ws.addRow(['用户名', '出生日期']);
    ws.addRow(['zhang', new Date(Date.UTC(1985, 5, 1))]);
    const rows = await readAll(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { number: 1, cells: ['用户名', '出生日期'] },
      { number: 2, cells: ['zhang', new Date(Date.UTC(1985, 5, 1))] },
    ]);
  });

  it('stops at the first row past maxRows: a sheet of cap + 1000 rows is read to row cap + 1 and no further', async () => {
    const cap = 20_000;
    const file = await xlsx({ sheetData: `<row r="1">${inline('A1', '用户名')}</row>${numberedRows(cap + 1000)}` });
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    const handed: SheetRow[] = [];
    await expect(
      (async () => {
        for await (const row of readFirstSheet(file, { maxRows: cap, maxUnpackedBytes: 64 * 1024 * 1024 }, stats)) handed.push(row);
      })(),
    ).rejects.toBeInstanceOf(SheetRowLimit);
    // The header and the cap's rows were handed out; the header and cap + 1 data rows were parsed, nothing after.
    expect(handed).toHaveLength(cap + 1);
    expect(handed.at(-1)!.number).toBe(cap + 1);
    expect(stats.rows).toBe(cap + 2);
    const sheetBytes = (await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet1.xml')!.async('nodebuffer')).length;
    expect(stats.unpackedBytes).toBeLessThan(sheetBytes);
  });

  it('stops inflating when the caller stops iterating', async () => {
    const file = await xlsx({ sheetData: `<row r="1">${inline('A1', '用户名')}</row>${numberedRows(20_000)}` });
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    for await (const row of readFirstSheet(file, LIMITS, stats)) if (row.number === 3) break;
    expect(stats.rows).toBeLessThan(1000);
  });

  it('blank rows do not count towards maxRows; rows with values do', async () => {
    const blanks = Array.from({ length: 50 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t></t></is></c></row>`).join(
      '',
    );
    const file = await xlsx({ sheetData: `<row r="1">${inline('A1', 'h')}</row>${blanks}<row r="60">${inline('A60', 'x')}</row>` });
    expect((await readAll(file, { ...LIMITS, maxRows: 1 })).map((r) => r.number)).toEqual([1, 60]);
    await expect(
      readAll(await xlsx({ sheetData: `<row r="1">${inline('A1', 'h')}</row>${numberedRows(2)}` }), { ...LIMITS, maxRows: 1 }),
    ).rejects.toBeInstanceOf(SheetRowLimit);
  });

  it('refuses a part whose declared size is over the limit before inflating it: 413 files/too_large', async () => {
    const padding = ' '.repeat(17 * 1024 * 1024);
    const file = await xlsx({
      sharedStrings: `<si><t>用户名</t></si>${padding}`,
      storeSharedStrings: true,
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    });
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    const error = await readAll(file, { ...LIMITS, maxUnpackedBytes: 64 * 1024 * 1024 }, stats).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).getStatus()).toBe(413);
    expect((error as AppException).getResponse()).toMatchObject({ code: 'files/too_large' });
    // Only the relationship and workbook parts were inflated.
    expect(stats.unpackedBytes).toBeLessThan(4096);
  });

  it('refuses a sheet that unpacks past maxUnpackedBytes as it streams, having inflated no more than the limit', async () => {
    const limit = 1024 * 1024;
    const file = await xlsx({
      sheetData: `<row r="1">${inline('A1', 'h')}</row>${' '.repeat(4 * limit)}<row r="2">${inline('A2', 'x')}</row>`,
    });
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    const error = await readAll(file, { ...LIMITS, maxUnpackedBytes: limit }, stats).catch((e: unknown) => e);
    expect((error as AppException).getStatus()).toBe(413);
    expect(stats.unpackedBytes).toBeLessThanOrEqual(limit + 64 * 1024);
  });

  it('a part that inflates past the size its zip entry declares is not a readable file', async () => {
    const honest = await xlsx({ sheetData: `<row r="1">${inline('A1', 'h')}</row>${numberedRows(5000)}` });
    const lying = declareSize(honest, 'xl/worksheets/sheet1.xml', 1000);
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    await expect(readAll(lying, LIMITS, stats)).rejects.toThrow(new SheetUnreadable('不是有效的 Excel（.xlsx）文件'));
    expect(stats.unpackedBytes).toBeLessThan(2000 + 4096);
  });

  it('so does a part read whole: shared strings declared at 1 KB that inflate to 4 MB are refused, not inflated', async () => {
    // A reader that follows the local headers instead of the directory (exceljs's streaming one) inflates it all.
    const honest = await xlsx({
      sharedStrings: `<si><t>用户名</t></si>${' '.repeat(4 * 1024 * 1024)}`,
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    });
    const stats: SheetStats = { rows: 0, unpackedBytes: 0 };
    await expect(readAll(declareSize(honest, 'xl/sharedStrings.xml', 1024), LIMITS, stats)).rejects.toThrow(
      new SheetUnreadable('不是有效的 Excel（.xlsx）文件'),
    );
    expect(stats.unpackedBytes).toBeLessThan(1024 + 4096);
  });

  it('keeps a Chinese character whole where it is split between two inflated chunks', async () => {
    // Inflating gives 16 KB chunks; decoding each chunk apart (as exceljs's streaming reader does) turns a character cut
    // in two into U+FFFD. Thousands of rows of Chinese text put many chunk ends inside a character.
    const text = (i: number) => `示范市龙门镇东庄村第${i}号干部张三丰`;
    const count = 3000;
    const file = await xlsx({
      sharedStrings: Array.from({ length: count }, (_, i) => `<si><t>${text(i)}</t></si>`).join(''),
      sheetData: Array.from(
        { length: count },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c>${inline(`B${i + 1}`, text(i))}</row>`,
      ).join(''),
    });
    const rows = await readAll(file, { ...LIMITS, maxRows: count });
    expect(rows).toHaveLength(count);
    expect(rows.filter((r, i) => r.cells[0] !== text(i) || r.cells[1] !== text(i))).toEqual([]);
  });

  it('refuses a zip of more than 10,000 entries before reading its directory', async () => {
    const zip = await JSZip.loadAsync(await xlsx({ sheetData: `<row r="1">${inline('A1', 'h')}</row>` }));
    // Reading the directory entry by entry costs time: a roster never has this many parts.
    for (let i = 0; i < 10_000; i++) zip.file(`xl/media/pad${i}.txt`, '');
    const padded = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(readAll(padded)).rejects.toThrow(new SheetUnreadable('不是有效的 Excel（.xlsx）文件'));
  });

  it('rows before a defect are handed out, then the defect is an unreadable file', async () => {
    const file = await xlsx({ sheetData: `<row r="1">${inline('A1', 'h')}</row>${numberedRows(3)}<row r="9"><c r="A9"><v>1</v></row>` });
    const seen: number[] = [];
    const read = (async () => {
      for await (const row of readFirstSheet(file, LIMITS)) seen.push(row.number);
    })();
    await expect(read).rejects.toBeInstanceOf(SheetUnreadable);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('a file that is not a zip, a zip without a workbook, or a workbook without sheets is refused with a message', async () => {
    await expect(readAll(Buffer.from('用户名,姓名\nzhang,张\n'))).rejects.toThrow(new SheetUnreadable('不是有效的 Excel（.xlsx）文件'));
    const notBook = new JSZip();
    notBook.file('hello.txt', 'hi');
    await expect(readAll(await notBook.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(
      new SheetUnreadable('不是有效的 Excel（.xlsx）文件'),
    );
    await expect(readAll(await xlsx({ sheetData: '', workbook: `<workbook xmlns="${MAIN}"><sheets/></workbook>` }))).rejects.toThrow(
      new SheetUnreadable('文件中没有工作表'),
    );
  });

  it('does not expand entities a DTD declares (no entity bomb): such a sheet is unreadable', async () => {
    const sheet = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline('A1', '&b;')}</row></sheetData></worksheet>`;
    await expect(readAll(await xlsx({ sheetData: '', sheet }))).rejects.toBeInstanceOf(SheetUnreadable);
  });
});
