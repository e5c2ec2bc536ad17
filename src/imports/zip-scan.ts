import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { checkLimit, ImportLimits } from './import-limits';
import { ImportFileError } from './import-types';

/** One file in the zip as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** Offset of the local header; the data follows it. */
  offset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  declaredTotal: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record (22 bytes) plus the longest comment a zip may carry. */
const TAIL = 22 + 0xffff;
/** A workbook's directory is a few KB; this is read into memory on the API thread. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

const corrupt = (why: string) => new ImportFileError(`the file is not a readable XLSX workbook (${why})`);

async function readAt(handle: Awaited<ReturnType<typeof open>>, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw corrupt('truncated');
  return buffer;
}

/**
 * The zip's central directory, read from the end of the file (a few KB whatever the file holds): entry
 * count and the declared uncompressed total are refused here, before anything is inflated. Declared sizes
 * are what the file claims; `scanXlsx` counts what inflating it really produces.
 */
export async function readZipDirectory(path: string, limits: ImportLimits): Promise<ZipDirectory> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const tailStart = Math.max(0, size - TAIL);
    const tail = await readAt(handle, tailStart, size - tailStart);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw corrupt('no zip directory');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locatorAt = tailStart + at - 20;
      if (locatorAt < 0) throw corrupt('bad zip64 locator');
      const locator = await readAt(handle, locatorAt, 20);
      if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw corrupt('bad zip64 locator');
      const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
      if (record.readUInt32LE(0) !== ZIP64_EOCD) throw corrupt('bad zip64 directory');
      count = Number(record.readBigUInt64LE(32));
      cdSize = Number(record.readBigUInt64LE(40));
      cdOffset = Number(record.readBigUInt64LE(48));
    }
    checkLimit(limits, 'maxXlsxEntries', count, 'entries', 'the workbook has too many zip entries');
    // 46 bytes of fixed header plus name, extra field and comment (≤ 3 × 64 KB) per entry.
    if (cdOffset + cdSize > size || cdSize > count * (46 + 3 * 0xffff)) throw corrupt('bad zip directory');
    if (cdSize > MAX_DIRECTORY_BYTES) throw corrupt(`a zip directory of ${cdSize} bytes`);
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let declaredTotal = 0;
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt('bad zip directory entry');
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        declaredSize: cd.readUInt32LE(p + 24),
        offset: cd.readUInt32LE(p + 42),
      };
      readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
      entries.push(entry);
      declaredTotal += entry.declaredSize;
      checkLimit(limits, 'maxXlsxUncompressedBytes', declaredTotal, 'bytes declared uncompressed', 'the workbook inflates to too much data');
      p += 46 + nameLength + extraLength + commentLength;
    }
    await checkNoOverlap(handle, entries, cdOffset);
    return { entries, declaredTotal };
  } finally {
    await handle.close();
  }
}

/** Sizes and offsets of 0xFFFFFFFF live in the zip64 extra field, in this order. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        if (r + 8 > q + 4 + length) throw corrupt('bad zip64 field');
        const value = Number(extra.readBigUInt64LE(r));
        r += 8;
        return value;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    q += 4 + length;
  }
}

/**
 * Entries that share compressed bytes (the "overlapping files" zip bomb) would inflate the same data
 * many times over; each entry's data must end before the next one starts.
 */
async function checkNoOverlap(handle: Awaited<ReturnType<typeof open>>, entries: ZipEntry[], cdOffset: number): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < sorted.length; i++) {
    const start = await dataStart(handle, sorted[i]);
    const end = start + sorted[i].compressedSize;
    const limit = i + 1 < sorted.length ? sorted[i + 1].offset : cdOffset;
    if (end > limit) throw corrupt('zip entries overlap');
  }
}

async function dataStart(handle: Awaited<ReturnType<typeof open>>, entry: ZipEntry): Promise<number> {
  const header = await readAt(handle, entry.offset, 30);
  if (header.readUInt32LE(0) !== LOCAL) throw corrupt('bad local header');
  return entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** Counts `<si>` / `<si …>` opening tags across chunks (a tag may be cut by a chunk boundary). */
export class TagCounter {
  count = 0;
  private carry = Buffer.alloc(0);

  constructor(private readonly tag: Buffer) {}

  write(chunk: Buffer): void {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const n = this.tag.length;
    for (let at = data.indexOf(this.tag); at >= 0 && at + n < data.length; at = data.indexOf(this.tag, at + n)) {
      const next = data[at + n];
      if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) this.count++;
    }
    this.carry = Buffer.from(data.subarray(Math.max(0, data.length - n)));
  }
}

/**
 * Inflates every entry once, discarding the output, and stops at the first limit: the bytes inflated so
 * far (never the declared sizes) against the uncompressed limit, and the shared strings counted so far.
 * Memory stays at zlib's window; work is bounded by the limit, not by what the file would inflate to.
 */
export async function scanXlsx(path: string, limits: ImportLimits, directory: ZipDirectory): Promise<void> {
  const handle = await open(path, 'r');
  const starts: number[] = [];
  try {
    for (const entry of directory.entries) starts.push(await dataStart(handle, entry));
  } finally {
    await handle.close();
  }
  let total = 0;
  for (const [i, entry] of directory.entries.entries()) {
    if (entry.compressedSize === 0) continue;
    if (entry.method !== 0 && entry.method !== 8) throw corrupt(`${entry.name} uses an unsupported compression method`);
    const raw = createReadStream(path, { start: starts[i], end: starts[i] + entry.compressedSize - 1 });
    const source = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
    const strings = entry.name === 'xl/sharedStrings.xml' ? new TagCounter(Buffer.from('<si')) : null;
    let inflated = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        total += chunk.length;
        checkLimit(limits, 'maxXlsxUncompressedBytes', total, 'bytes inflated', 'the workbook inflates to too much data');
        if (strings) {
          strings.write(chunk);
          checkLimit(limits, 'maxSharedStrings', strings.count, 'shared strings', 'the workbook has too many shared strings');
        }
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw corrupt(`${entry.name}: ${(error as Error).message}`);
    } finally {
      raw.destroy();
      source.destroy();
    }
    if (inflated !== entry.declaredSize) throw corrupt(`${entry.name} inflates to ${inflated} bytes, not the ${entry.declaredSize} it declares`);
  }
}
