/**
 * How one spreadsheet cell becomes a DTO value and back. Parsing only converts shapes (text → number,
 * label → code, "a; b" → list); the DTO's class-validator rules then judge the value, so a bad cell gets
 * the API's own message. A cell that cannot be converted is passed on as text for the same reason.
 */

export type CellValue = string | number;

export interface Codec {
  parse(text: string): unknown;
  format(value: unknown): CellValue;
}

/** Spreadsheet apps run a cell starting with these as a formula (CSV injection); a leading ' disarms it. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(value: CellValue | null | undefined): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of escapeFormula, so an exported file imports back unchanged. */
export function unescapeFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export const text: Codec = {
  parse: (s) => s,
  format: (v) => (v == null ? '' : String(v)),
};

export const integer: Codec = {
  parse: (s) => (INTEGER.test(s) ? Number(s) : DECIMAL.test(s) && Number.isInteger(Number(s)) ? Number(s) : s),
  format: (v) => (typeof v === 'number' ? v : ''),
};

export const decimal: Codec = {
  parse: (s) => (DECIMAL.test(s) ? Number(s) : s),
  format: (v) => (typeof v === 'number' ? v : ''),
};

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '愿意', '√']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '不愿意', '×']);

export const bool: Codec = {
  parse: (s) => (TRUE.has(s.toLowerCase()) ? true : FALSE.has(s.toLowerCase()) ? false : s),
  format: (v) => (v === true ? '是' : v === false ? '否' : ''),
};

/** A closed vocabulary: the code, its Chinese or its English label; written back as the Chinese label. */
export function oneOf(codes: readonly string[], labels: Record<string, { zh: string; en?: string }> = {}): Codec {
  const byText = new Map<string, string>();
  for (const code of codes) {
    byText.set(code.toLowerCase(), code);
    if (labels[code]) {
      byText.set(labels[code].zh.toLowerCase(), code);
      if (labels[code].en) byText.set(labels[code].en!.toLowerCase(), code);
    }
  }
  return {
    parse: (s) => byText.get(s.toLowerCase()) ?? s,
    format: (v) => (typeof v === 'string' ? (labels[v]?.zh ?? v) : ''),
  };
}

/** Items separated by ";" (NFKC turns "；" into ";") or line breaks. */
export function splitItems(s: string, separators = /[;\n]/): string[] {
  return s.split(separators).map((item) => item.trim()).filter((item) => item.length > 0);
}

export function list(item: Codec = text): Codec {
  return {
    parse: (s) => splitItems(s).map((part) => item.parse(part)),
    format: (v) => (Array.isArray(v) ? v.map((x) => item.format(x)).join('; ') : ''),
  };
}

interface FieldOf {
  name: string;
  codec: Codec;
}

/**
 * A list of small records in one cell, e.g. skills "溶剂萃取:4:5; ICP-OES:3" (name:level:years) or
 * education "内蒙古科技大学|冶金工程|本科|2018", one per line. The last field takes any extra separators,
 * so free text (a work description) may contain the separator.
 */
export function records(fields: FieldOf[], fieldSep: string, itemSep: RegExp, joinItems: string): Codec {
  return {
    parse: (s) =>
      splitItems(s, itemSep).map((item) => {
        const parts = item.split(fieldSep);
        const tail = parts.slice(fields.length - 1).join(fieldSep);
        const values = [...parts.slice(0, fields.length - 1), tail];
        const out: Record<string, unknown> = {};
        fields.forEach((field, i) => {
          const raw = values[i]?.trim();
          if (raw) out[field.name] = field.codec.parse(raw);
        });
        return out;
      }),
    format: (v) => {
      if (!Array.isArray(v)) return '';
      return v
        .map((item: Record<string, unknown>) => {
          const parts = fields.map((f) => (item[f.name] == null ? '' : String(f.codec.format(item[f.name]))));
          while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
          return parts.join(fieldSep);
        })
        .join(joinItems);
    },
  };
}
