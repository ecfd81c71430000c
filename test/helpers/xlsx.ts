import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/** The parts of an .xlsx (or any zip) by name, as text. */
export async function xlsxParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async('string'));
  return parts;
}

/**
 * Zips parts with node's own zlib (JSZip deflates in JavaScript, seconds for the tens of megabytes of a zip-bomb test).
 * Honest sizes and CRCs, so any reader, exceljs included, takes the file for what it is; unless `declared` names parts
 * whose central directory entry states another unpacked size (the local header keeps the true one), as a hostile file does.
 */
export function zipParts(parts: Map<string, string>, declared: ReadonlyMap<string, number> = new Map()): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(declared.get(name) ?? data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An .xlsx with its first sheet's rows extended: `extra` (SpreadsheetML, or anything else) goes in before `</sheetData>`. */
export async function withSheetTail(file: Buffer, extra: string): Promise<Buffer> {
  const parts = await xlsxParts(file);
  const sheet = parts.get('xl/worksheets/sheet1.xml')!;
  parts.set('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', `${extra}</sheetData>`));
  return zipParts(parts);
}

/**
 * An .xlsx whose shared strings part carries `bytes` of whitespace: harmless to parse, but that much to unpack. With
 * `declaredSize`, the zip's central directory understates the part's unpacked size as that many bytes.
 */
export async function withPaddedSharedStrings(file: Buffer, bytes: number, declaredSize?: number): Promise<Buffer> {
  const parts = await xlsxParts(file);
  const strings = parts.get('xl/sharedStrings.xml')!;
  parts.set('xl/sharedStrings.xml', strings.replace('</sst>', `${' '.repeat(bytes)}</sst>`));
  return zipParts(parts, declaredSize === undefined ? new Map() : new Map([['xl/sharedStrings.xml', declaredSize]]));
}

/** An .xlsx with `count` more (empty) parts that nothing refers to. */
export async function withExtraParts(file: Buffer, count: number): Promise<Buffer> {
  const parts = await xlsxParts(file);
  for (let i = 0; i < count; i++) parts.set(`xl/media/extra${i}.txt`, '');
  return zipParts(parts);
}

/** `count` rows from row `first` on, each with one inline string in column A. */
export function inlineRows(first: number, count: number, text: (row: number) => string): string {
  let xml = '';
  for (let r = first; r < first + count; r++) xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text(r)}</t></is></c></row>`;
  return xml;
}
