/**
 * Hostile import files, generated on the spot (nothing large is stored in the repository): a zip-bomb XLSX
 * whose xl/sharedStrings.xml inflates to gigabytes from a few MB, and a CSV of millions of invalid rows.
 * The zip container is written by hand over node's zlib: a block of repetitive XML is deflated once with a
 * full flush (byte-aligned, no back references out of it), so the same compressed bytes can be repeated
 * any number of times and still form one valid deflate stream.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  /** The deflate stream as pieces written in order (a piece may be written many times). */
  pieces: { data: Buffer; times: number }[];
  size: number;
  crc: number;
}

function smallEntry(name: string, text: string): Entry {
  const data = Buffer.from(text, 'utf8');
  return { name, pieces: [{ data: deflateRawSync(data), times: 1 }], size: data.length, crc: crc32(data) };
}

const FULL_FLUSH = { level: 9, finishFlush: constants.Z_FULL_FLUSH };

/** prefix + block × times + suffix, deflated without ever holding the inflated text. */
function repeatedEntry(name: string, prefix: string, block: Buffer, times: number, suffix: string): Entry {
  const head = Buffer.from(prefix, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  return {
    name,
    pieces: [
      { data: deflateRawSync(head, FULL_FLUSH), times: 1 },
      { data: deflateRawSync(block, FULL_FLUSH), times },
      { data: deflateRawSync(tail), times: 1 },
    ],
    size: head.length + block.length * times + tail.length,
    crc,
  };
}

const compressedSize = (entry: Entry) => entry.pieces.reduce((sum, p) => sum + p.data.length * p.times, 0);

export interface ZipOptions {
  /**
   * `honest`: the true sizes (zip64 fields past 4 GB); `lying`: the directory and local headers claim a
   * small size, so only counting what inflating really yields catches the bomb.
   */
  sizes: 'honest' | 'lying';
  /** `many-strings` (default): millions of short shared strings; `one-string`: one string of gigabytes. */
  content?: 'many-strings' | 'one-string';
  /** Put the sheet before the shared strings (as Excel does): exceljs then spools the sheet to a temp file. */
  sheetFirst?: boolean;
}

function writeZip(path: string, entries: Entry[], options: ZipOptions): number {
  const fd = openSync(path, 'w');
  let offset = 0;
  const write = (buffer: Buffer) => {
    writeSync(fd, buffer);
    offset += buffer.length;
  };
  const central: Buffer[] = [];
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const csize = compressedSize(entry);
      const claimed = options.sizes === 'lying' && entry.size > 1_000_000 ? 65_536 : entry.size;
      const zip64 = claimed > 0xfffffffe || csize > 0xfffffffe;
      const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
      if (zip64) {
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(16, 2);
        extra.writeBigUInt64LE(BigInt(claimed), 4);
        extra.writeBigUInt64LE(BigInt(csize), 12);
      }
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(zip64 ? 45 : 20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt32LE(entry.crc >>> 0, 14);
      local.writeUInt32LE(zip64 ? 0xffffffff : csize, 18);
      local.writeUInt32LE(zip64 ? 0xffffffff : claimed, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(extra.length, 28);
      const localOffset = offset;
      write(local);
      write(name);
      write(extra);
      for (const piece of entry.pieces) for (let i = 0; i < piece.times; i++) write(piece.data);
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(zip64 ? 45 : 20, 4);
      record.writeUInt16LE(zip64 ? 45 : 20, 6);
      record.writeUInt16LE(0x0800, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt32LE(entry.crc >>> 0, 16);
      record.writeUInt32LE(zip64 ? 0xffffffff : csize, 20);
      record.writeUInt32LE(zip64 ? 0xffffffff : claimed, 24);
      record.writeUInt16LE(name.length, 28);
      record.writeUInt16LE(extra.length, 30);
      record.writeUInt32LE(localOffset, 42);
      central.push(record, name, extra);
    }
    const cdOffset = offset;
    for (const part of central) write(part);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(offset - cdOffset, 12);
    end.writeUInt32LE(cdOffset, 16);
    write(end);
    return offset;
  } finally {
    closeSync(fd);
  }
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HostileFile {
  path: string;
  bytes: number;
  /** What the file inflates or expands to. */
  inflatedBytes: number;
}

/**
 * A workbook of one sheet (a talent header row) whose shared strings are `<si><t>稀土</t></si>` repeated
 * until the compressed part reaches `compressedMb` (~410:1, so 12 MB inflate to ~5 GB).
 */
export function writeZipBombXlsx(path: string, compressedMb: number, options: ZipOptions): HostileFile {
  const one = options.content === 'one-string';
  const unit = one ? 'A' : '<si><t>稀土</t></si>';
  const block = Buffer.from(unit.repeat(Math.floor((4 << 20) / Buffer.byteLength(unit))), 'utf8');
  const blockCompressed = deflateRawSync(block, FULL_FLUSH).length;
  const times = Math.max(1, Math.round((compressedMb * 1024 * 1024) / blockCompressed));
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}">${one ? '<si><t>' : ''}`;
  const strings = repeatedEntry('xl/sharedStrings.xml', head, block, times, `${one ? '</t></si>' : ''}</sst>`);
  const entries = [
    smallEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    smallEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    smallEntry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="talents" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    smallEntry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    strings,
    smallEntry(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>编号/key</t></is></c><c r="B1" t="inlineStr"><is><t>姓名/name</t></is></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData></worksheet>',
    ),
  ];
  if (options.sheetFirst) entries.splice(4, 2, entries[5], entries[4]);
  const bytes = writeZip(path, entries, options);
  return { path, bytes, inflatedBytes: entries.reduce((sum, e) => sum + e.size, 0) };
}

/** A valid talent header, then `x` rows (every one invalid) up to about `megabytes`. */
export function writeInvalidRowsCsv(path: string, megabytes: number): HostileFile & { rows: number } {
  const header = '编号/key,姓名/name,职位头衔/headline,人才类别/tier,现居城市/currentCity,技能/skills,教育经历/education,愿意迁居/willingToRelocate\r\n';
  const line = 'x\r\n';
  const block = Buffer.from(line.repeat((1 << 20) / 4), 'utf8');
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    bytes += writeSync(fd, Buffer.from(header, 'utf8'));
    const blocks = Math.floor((megabytes * 1024 * 1024 - bytes) / block.length);
    for (let i = 0; i < blocks; i++) bytes += writeSync(fd, block);
    const rows = (blocks * block.length) / Buffer.byteLength(line);
    return { path, bytes, inflatedBytes: bytes, rows };
  } finally {
    closeSync(fd);
  }
}

/** For comparison, a valid file: `rows` talents of the import template (what a large real import looks like). */
export function writeValidTalentsCsv(path: string, rows: number): HostileFile & { rows: number } {
  const header = '编号/key,姓名/name,职位头衔/headline,人才类别/tier,现居城市/currentCity,技能/skills,教育经历/education,愿意迁居/willingToRelocate';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(`bench-${i},人才${i}号,稀土冶炼工程师,专业型紧缺人才,包头,溶剂萃取:${(i % 5) + 1}:3; ICP-OES:2,内蒙古科技大学|冶金工程|本科|2018,是`);
  }
  const data = Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, data);
  } finally {
    closeSync(fd);
  }
  return { path, bytes: data.length, inflatedBytes: data.length, rows };
}
