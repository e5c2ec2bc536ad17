import * as iconv from 'iconv-lite';
import { Transform, TransformCallback } from 'node:stream';
import { ImportFileError } from './import-types';

export type DetectedEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030';

/** Bytes after the first non-ASCII byte that decide the encoding; GBK text is never valid UTF-8 for long. */
const SAMPLE_BYTES = 16 * 1024;

interface Decoder {
  write(chunk: Buffer): string;
  end(): string;
}

function utf8Decoder(): Decoder {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

function gb18030Decoder(): Decoder {
  const decoder = iconv.getDecoder('gb18030');
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}

function isValidUtf8(sample: Buffer): boolean {
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes in, text out, for CSV files from Excel and WPS on Chinese Windows: a BOM means UTF-8; otherwise
 * text that is valid UTF-8 is UTF-8; anything else is GB18030 (a superset of GBK and GB2312). ASCII reads
 * the same in all three, so ASCII passes through while the choice waits for the first non-ASCII bytes;
 * memory stays flat whatever the file size.
 */
export class DecodeStream extends Transform {
  private decoder: Decoder | null = null;
  private pending: Buffer = Buffer.alloc(0);
  private first = true;
  private bytes = 0;

  constructor(private readonly onDetected: (encoding: DetectedEncoding) => void = () => undefined) {
    super({ decodeStrings: true, readableObjectMode: false, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.bytes += chunk.length;
      this.consume(chunk, false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.consume(Buffer.alloc(0), true);
      if (this.decoder) this.pushText(this.decoder.end());
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private consume(chunk: Buffer, ending: boolean): void {
    if (this.decoder) {
      this.pushText(this.decode(chunk));
      return;
    }
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    if (this.first) {
      if (this.pending.length < 3 && !ending) return;
      this.first = false;
      if (this.pending[0] === 0xef && this.pending[1] === 0xbb && this.pending[2] === 0xbf) {
        const rest = this.pending.subarray(3);
        this.choose(utf8Decoder(), 'utf-8-bom');
        this.pushText(this.decode(rest));
        return;
      }
    }
    const firstHigh = this.pending.findIndex((byte) => byte >= 0x80);
    if (firstHigh < 0) {
      this.pushText(this.pending.toString('latin1'));
      this.pending = Buffer.alloc(0);
      if (ending) this.onDetected('utf-8');
      return;
    }
    if (this.pending.length - firstHigh < SAMPLE_BYTES && !ending) return;
    const held = this.pending;
    const utf8 = isValidUtf8(held.subarray(firstHigh));
    this.choose(utf8 ? utf8Decoder() : gb18030Decoder(), utf8 ? 'utf-8' : 'gb18030');
    this.pushText(this.decode(held));
  }

  private choose(decoder: Decoder, encoding: DetectedEncoding): void {
    this.decoder = decoder;
    this.pending = Buffer.alloc(0);
    this.onDetected(encoding);
  }

  private decode(chunk: Buffer): string {
    try {
      return this.decoder!.write(chunk);
    } catch {
      throw new ImportFileError(`the file is not valid UTF-8 near byte ${this.bytes}: save it as UTF-8 or GBK throughout`);
    }
  }

  private pushText(text: string): void {
    if (text) this.push(text);
  }
}
