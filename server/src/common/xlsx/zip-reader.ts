import { createInflateRaw } from 'node:zlib';

/** One file of a zip, as the central directory at the end of the archive describes it. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** The size the archive declares for the unpacked bytes: checked against what inflating really gives. */
  size: number;
  headerOffset: number;
}

/** Not a zip we can read: no directory, a truncated or inconsistent one, encryption, an unknown compression. */
export class ZipUnreadable extends Error {}

const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SATURATED = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const SLICE = 64 * 1024;

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipUnreadable('a zip64 size out of range');
  return Number(value);
}

/**
 * The entries of a zip held in memory, read from its central directory only: nothing is inflated, so what each part
 * declares to unpack to is known (and can be refused) before a byte of it is inflated. ZIP64 fields are understood.
 */
export function zipEntries(zip: Buffer): Map<string, ZipEntry> {
  // The end record is the last 22 bytes, followed by a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipUnreadable('no end of central directory');
  let count = zip.readUInt16LE(end + 10);
  let size = zip.readUInt32LE(end + 12);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || size === SATURATED || offset === SATURATED) {
    const locator = end - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipUnreadable('no zip64 locator');
    const record = safeNumber(zip.readBigUInt64LE(locator + 8));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_END) throw new ZipUnreadable('no zip64 end record');
    count = safeNumber(zip.readBigUInt64LE(record + 32));
    size = safeNumber(zip.readBigUInt64LE(record + 40));
    offset = safeNumber(zip.readBigUInt64LE(record + 48));
  }
  const limit = offset + size;
  if (limit > zip.length) throw new ZipUnreadable('central directory outside the file');

  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > limit || zip.readUInt32LE(p) !== CENTRAL) throw new ZipUnreadable('bad central directory entry');
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > limit) throw new ZipUnreadable('central directory entry overruns');
    const entry: ZipEntry = {
      // Part names of an .xlsx are ASCII, so the legacy code page versus UTF-8 question does not arise.
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      headerOffset: zip.readUInt32LE(p + 42),
    };
    if (entry.size === SATURATED || entry.compressedSize === SATURATED || entry.headerOffset === SATURATED) {
      readZip64Extra(zip.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    }
    entries.set(entry.name, entry);
    p = next;
  }
  return entries;
}

/** The zip64 extra field holds, in this order, the 64-bit values of exactly those fields that are saturated. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const take = (): number => {
        if (r + 8 > q + 4 + length || r + 8 > extra.length) throw new ZipUnreadable('short zip64 extra field');
        const value = safeNumber(extra.readBigUInt64LE(r));
        r += 8;
        return value;
      };
      if (entry.size === SATURATED) entry.size = take();
      if (entry.compressedSize === SATURATED) entry.compressedSize = take();
      if (entry.headerOffset === SATURATED) entry.headerOffset = take();
      return;
    }
    q += 4 + length;
  }
  throw new ZipUnreadable('zip64 sizes without their extra field');
}

/**
 * An entry's bytes, inflated as they are asked for: zlib works only as far ahead as the reader pulls, and stopping the
 * iteration destroys the inflater. More bytes than the entry declares is refused at once, so the declared size (which
 * the caller can check before starting) bounds what inflating can ever cost.
 */
export async function* entryChunks(zip: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.flags & 0x1) throw new ZipUnreadable('encrypted entry');
  const header = entry.headerOffset;
  if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL) throw new ZipUnreadable('bad local header');
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipUnreadable('entry data outside the file');

  if (entry.method === STORED) {
    if (data.length !== entry.size) throw new ZipUnreadable('stored entry of the wrong size');
    for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
    return;
  }
  if (entry.method !== DEFLATED) throw new ZipUnreadable(`compression method ${entry.method}`);
  const inflater = createInflateRaw();
  inflater.end(data);
  let unpacked = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      unpacked += chunk.length;
      if (unpacked > entry.size) throw new ZipUnreadable('entry inflates past its declared size');
      yield chunk;
    }
  } catch (e) {
    throw e instanceof ZipUnreadable ? e : new ZipUnreadable('corrupt deflate data');
  } finally {
    inflater.destroy();
  }
  if (unpacked !== entry.size) throw new ZipUnreadable('entry inflates short of its declared size');
}
