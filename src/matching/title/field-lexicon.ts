import { latinTokens, splitRuns, TITLE_STOP_WORDS } from '../text/analyser';
import { normalise } from '../text/normalise';
import { FIELD_FAMILY_LINES } from './field-families.data';

/** A field family found in a text: `fine` is e.g. "fin.lending", `sector` its prefix "fin". */
export interface FamilyHit {
  fine: string;
  sector: string;
}

const EN_OPTS = { latin: 'stem', stopWords: TITLE_STOP_WORDS } as const;

/**
 * Looks up occupational field families in titles and free text: Chinese terms by substring, English terms
 * by sequences of Porter stems (so "nurses", "nursing" and "nurse" all hit).
 */
export class FieldLexicon {
  private readonly zh = new Map<string, string[]>();
  private readonly en = new Map<string, string[]>();
  private zhMaxLength = 1;
  private enMaxWords = 1;
  readonly families: readonly string[];

  constructor(lines: string = FIELD_FAMILY_LINES) {
    const families: string[] = [];
    for (const line of lines.split('\n')) {
      if (!line.trim()) continue;
      const [family, zh, en] = line.split('|').map((s) => s.trim());
      families.push(family);
      for (const raw of zh.split(',')) {
        const term = normalise(raw);
        if (!term) continue;
        add(this.zh, term, family);
        this.zhMaxLength = Math.max(this.zhMaxLength, Array.from(term).length);
      }
      for (const raw of en.split(',')) {
        const stems = latinTokens(normalise(raw), EN_OPTS);
        if (stems.length === 0) continue;
        add(this.en, stems.join(' '), family);
        this.enMaxWords = Math.max(this.enMaxWords, stems.length);
      }
    }
    this.families = families;
  }

  /** Families of one Chinese run (normalised): every lexicon term found as a substring counts once per occurrence. */
  familiesOfHan(text: string, out: string[] = []): string[] {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
      let key = '';
      for (let len = 1; len <= this.zhMaxLength && i + len <= chars.length; len++) {
        key += chars[i + len - 1];
        const fams = this.zh.get(key);
        if (fams) for (const f of fams) out.push(f);
      }
    }
    return out;
  }

  /** Families of English stems (already analysed with stemming and stop-word removal). */
  familiesOfStems(stems: readonly string[], out: string[] = []): string[] {
    for (let i = 0; i < stems.length; i++) {
      let key = '';
      for (let len = 1; len <= this.enMaxWords && i + len <= stems.length; len++) {
        key = len === 1 ? stems[i] : `${key} ${stems[i + len - 1]}`;
        const fams = this.en.get(key);
        if (fams) for (const f of fams) out.push(f);
      }
    }
    return out;
  }

  /** Families of any normalised text, Chinese and English parts alike (repeats = strength). */
  familiesOf(text: string): string[] {
    const out: string[] = [];
    let latin: string[] = [];
    for (const run of splitRuns(text)) {
      if (run.han) {
        this.familiesOfStems(latin, out);
        latin = [];
        this.familiesOfHan(run.text, out);
      } else {
        for (const t of latinTokens(run.text, EN_OPTS)) latin.push(t);
      }
    }
    this.familiesOfStems(latin, out);
    return out;
  }
}

function add(map: Map<string, string[]>, key: string, family: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [family]);
  else if (!list.includes(family)) list.push(family);
}

export function sectorOf(family: string): string {
  const dot = family.indexOf('.');
  return dot < 0 ? family : family.slice(0, dot);
}

let shared: FieldLexicon | undefined;
export function sharedFieldLexicon(): FieldLexicon {
  return (shared ??= new FieldLexicon());
}
