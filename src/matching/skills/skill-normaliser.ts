/**
 * Skill normalisation: free text → taxonomy id, and hierarchy-based similarity between ids.
 * Pure TypeScript apart from jieba (offline, native) and natural's Jaro-Winkler.
 */
import type { Jieba } from '@node-rs/jieba';
import { JaroWinklerDistance } from 'natural/lib/natural/distance';
import { buildDomainUserDictionary, createDomainJieba, getDomainJieba } from './domain-dictionary';
import { SKILL_CATEGORIES, SKILL_TAXONOMY, type SkillRecord } from './taxonomy-data';
import { compactKey, isLatin, normaliseSkillText, validateTaxonomy } from './taxonomy-validation';

export { compactKey, normaliseSkillText } from './taxonomy-validation';

/** Scores of `similarity()` by position in the hierarchy. */
export const SKILL_SIMILARITY = Object.freeze({
  same: 1,
  /** One is the direct broader skill of the other (PLC编程 ↔ 西门子PLC). */
  parentChild: 0.7,
  /** Share a parent (西门子PLC ↔ 三菱PLC). */
  sibling: 0.6,
  /** One is the broader skill two levels up (工业自动化 ↔ 西门子PLC). */
  grandparent: 0.5,
  /** One is a sibling of the other's parent (DCS ↔ 西门子PLC). */
  uncle: 0.4,
  /** Share a grandparent but not a parent (WinCC ↔ 西门子PLC). */
  cousin: 0.3,
  unrelated: 0,
});

/** Thresholds and confidences of `resolve()`; one place so that evaluation can tune them. */
export const SKILL_RESOLVE_PARAMS = Object.freeze({
  confidence: { exact: 1, alias: 0.95, segmentedMin: 0.7, segmentedMax: 0.9 },
  /** Confidence of a fuzzy hit is its Jaro-Winkler score times this factor, so never above 0.85. */
  fuzzyConfidenceFactor: 0.85,
  /** A fuzzy hit on one token of a longer text is less certain than on the whole text. */
  fuzzyTokenFactor: 0.9,
  /** Latin text: Jaro-Winkler ≥ 0.92 accepts 'Solidwork' → SolidWorks, rejects 'Solid Edge'. */
  latinThreshold: 0.92,
  latinMinLength: 4,
  /**
   * Chinese text: one wrong character in a short term is often a different concept (冷轧 / 热轧),
   * so fuzzy matching needs ≥ 4 characters, the same first two characters and a higher score;
   * in practice this accepts only added or dropped suffix characters (稀土萃取法 → 稀土萃取).
   */
  hanThreshold: 0.93,
  hanMinLength: 4,
  hanSharedPrefix: 2,
  /** Candidates whose length differs more than this (or 20 % of the text) are not compared. */
  maxLengthDelta: 2,
  /** Surface forms shorter than this are matched only as the whole text, never inside a sentence. */
  segmentMinKeyLength: 2,
  /** Keys that are ordinary words in running text; they resolve only as the whole input. */
  wholeTextOnlyKeys: ['go', 'spring', 'node', 'office', 'lean', 'web', 'sales', 'tax', 'legal', 'audit'],
  cacheLimit: 50_000,
});

export type ResolveVia = 'exact' | 'alias' | 'segmented' | 'fuzzy';

export interface SkillResolution {
  id: string;
  /** In [0, 1]; see SKILL_RESOLVE_PARAMS for how each path scores. */
  confidence: number;
  via: ResolveVia;
}

export interface SkillMention extends SkillResolution {
  /** The matched text, after normalisation. */
  surface: string;
}

export interface SkillTaxonomyOptions {
  /** A jieba with the domain dictionary; built from these records when absent. */
  jieba?: Jieba;
}

interface KeyEntry {
  skill: number;
  isName: boolean;
}

interface Span {
  start: number;
  end: number;
  entry: KeyEntry;
  key: string;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export class SkillTaxonomy {
  private readonly records: readonly SkillRecord[];
  private readonly indexById = new Map<string, number>();
  /** parent[i] is the index of skill i's broader skill, or -1 for a root. */
  private readonly parent: Int32Array;
  private readonly grandparent: Int32Array;
  private readonly keys = new Map<string, KeyEntry>();
  /** Every prefix of every key (the keys included): a window that is no key's prefix ends the search. */
  private readonly keyPrefixes = new Set<string>();
  private readonly latinKeys: string[] = [];
  private readonly hanKeys: string[] = [];
  private readonly maxKeyLength: number;
  private readonly wholeTextOnly: ReadonlySet<string>;
  private readonly cache = new Map<string, SkillResolution | null>();
  private jiebaInstance: Jieba | undefined;

  constructor(records: readonly SkillRecord[] = SKILL_TAXONOMY, options: SkillTaxonomyOptions = {}) {
    validateTaxonomy(records, SKILL_CATEGORIES);
    this.records = records;
    this.jiebaInstance = options.jieba;
    records.forEach((r, i) => this.indexById.set(r.id, i));
    const n = records.length;
    this.parent = new Int32Array(n).fill(-1);
    this.grandparent = new Int32Array(n).fill(-1);
    records.forEach((r, i) => {
      if (r.broader) this.parent[i] = this.indexById.get(r.broader)!;
    });
    for (let i = 0; i < n; i++) this.grandparent[i] = this.parent[i] < 0 ? -1 : this.parent[this.parent[i]];

    let maxKey = 0;
    records.forEach((r, i) => {
      const surfaces: Array<[string, boolean]> = [[r.zh, true], [r.en, true], ...r.aliases.map((a): [string, boolean] => [a, false])];
      for (const [surface, isName] of surfaces) {
        const key = compactKey(normaliseSkillText(surface));
        const existing = this.keys.get(key);
        if (existing) {
          if (existing.skill !== i) {
            throw new Error(`skill taxonomy: '${surface}' of ${r.id} is already a name or alias of ${records[existing.skill].id}`);
          }
          if (isName) existing.isName = true;
          continue;
        }
        this.keys.set(key, { skill: i, isName });
        for (let end = 1; end <= key.length; end++) this.keyPrefixes.add(key.slice(0, end));
        (isLatin(key) ? this.latinKeys : this.hanKeys).push(key);
        maxKey = Math.max(maxKey, key.length);
      }
    });
    this.maxKeyLength = maxKey;
    this.wholeTextOnly = new Set(SKILL_RESOLVE_PARAMS.wholeTextOnlyKeys);
  }

  get size(): number {
    return this.records.length;
  }

  get(id: string): SkillRecord | undefined {
    const i = this.indexById.get(id);
    return i === undefined ? undefined : this.records[i];
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  /** Broader skills of `id`, nearest first; empty for a root or an unknown id. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    let i = this.indexById.get(id) ?? -1;
    if (i < 0) return out;
    for (i = this.parent[i]; i >= 0; i = this.parent[i]) out.push(this.records[i].id);
    return out;
  }

  /** Hierarchy similarity of two skill ids; 0 when either is unknown. See SKILL_SIMILARITY. */
  similarity(a: string, b: string): number {
    const ia = this.indexById.get(a);
    const ib = this.indexById.get(b);
    if (ia === undefined || ib === undefined) return SKILL_SIMILARITY.unrelated;
    if (ia === ib) return SKILL_SIMILARITY.same;
    const { parent: p, grandparent: g } = this;
    if (p[ia] === ib || p[ib] === ia) return SKILL_SIMILARITY.parentChild;
    if (p[ia] >= 0 && p[ia] === p[ib]) return SKILL_SIMILARITY.sibling;
    if (g[ia] === ib || g[ib] === ia) return SKILL_SIMILARITY.grandparent;
    if ((g[ia] >= 0 && g[ia] === p[ib]) || (g[ib] >= 0 && g[ib] === p[ia])) return SKILL_SIMILARITY.uncle;
    if (g[ia] >= 0 && g[ia] === g[ib]) return SKILL_SIMILARITY.cousin;
    return SKILL_SIMILARITY.unrelated;
  }

  /** Resolves one skill phrase: exact name or alias, then a term inside it, then a near spelling. */
  resolve(text: string): SkillResolution | null {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const result = this.resolveUncached(text);
    if (this.cache.size >= SKILL_RESOLVE_PARAMS.cacheLimit) this.cache.clear();
    this.cache.set(text, result);
    return result;
  }

  /** Every skill mentioned in a longer text (descriptions, summaries), in order of first mention. */
  resolveAll(text: string): SkillMention[] {
    const s = normaliseSkillText(text);
    if (!s) return [];
    const total = compactKey(s).length;
    const seen = new Map<number, SkillMention>();
    for (const span of this.greedySpans(s)) {
      const mention = this.mentionOf(span, s, total);
      const prev = seen.get(span.entry.skill);
      if (!prev || prev.confidence < mention.confidence) seen.set(span.entry.skill, mention);
    }
    return [...seen.values()];
  }

  private get jieba(): Jieba {
    this.jiebaInstance ??=
      this.records === SKILL_TAXONOMY ? getDomainJieba() : createDomainJieba(buildDomainUserDictionary(this.records));
    return this.jiebaInstance;
  }

  private resolveUncached(text: string): SkillResolution | null {
    const { confidence } = SKILL_RESOLVE_PARAMS;
    const s = normaliseSkillText(text);
    if (!s) return null;
    const whole = compactKey(s);
    const entry = this.keys.get(whole);
    if (entry) {
      return Object.freeze({
        id: this.records[entry.skill].id,
        confidence: entry.isName ? confidence.exact : confidence.alias,
        via: entry.isName ? 'exact' : 'alias',
      });
    }
    const spans = this.allSpans(s);
    if (spans.length > 0) {
      // The longest term wins; on a tie the earlier one, as the head of a Chinese phrase comes first.
      let best = spans[0];
      for (const sp of spans) if (sp.key.length > best.key.length) best = sp;
      const coverage = best.key.length / whole.length;
      return Object.freeze({
        id: this.records[best.entry.skill].id,
        confidence: round3(confidence.segmentedMin + (confidence.segmentedMax - confidence.segmentedMin) * coverage),
        via: 'segmented',
      });
    }
    return this.fuzzy(whole, 1) ?? this.fuzzyTokens(s);
  }

  private mentionOf(span: Span, s: string, total: number): SkillMention {
    const { confidence } = SKILL_RESOLVE_PARAMS;
    const coverage = span.key.length / total;
    const id = this.records[span.entry.skill].id;
    const surface = s.slice(span.start, span.end).trim();
    if (coverage === 1) {
      return span.entry.isName
        ? { id, confidence: confidence.exact, via: 'exact', surface }
        : { id, confidence: confidence.alias, via: 'alias', surface };
    }
    const c = round3(confidence.segmentedMin + (confidence.segmentedMax - confidence.segmentedMin) * Math.max(coverage, 0.5));
    return { id, confidence: c, via: 'segmented', surface };
  }

  /** Word boundaries of the text: jieba's cut, refined by its search-mode sub-words of long tokens. */
  private boundaries(s: string): number[] {
    const bounds = new Set<number>([0, s.length]);
    let offset = 0;
    for (const token of this.jieba.cut(s, false)) {
      const at = s.indexOf(token, offset);
      if (at < 0) continue;
      bounds.add(at);
      bounds.add(at + token.length);
      if (token.length >= 3 && !isLatin(token)) {
        for (const sub of this.jieba.cutForSearch(token, false)) {
          const k = sub.length < token.length ? token.indexOf(sub) : -1;
          if (k >= 0) {
            bounds.add(at + k);
            bounds.add(at + k + sub.length);
          }
        }
      }
      offset = at + token.length;
    }
    // jieba keeps 'solidworks2020' whole; a product name followed by a version is still the product.
    for (const m of s.matchAll(/[a-z](?=\d)|\d(?=[a-z])/g)) bounds.add(m.index! + 1);
    return [...bounds].sort((x, y) => x - y);
  }

  /** The longest known term starting at each boundary. */
  private allSpans(s: string): Span[] {
    const b = this.boundaries(s);
    const c = compacted(s);
    const spans: Span[] = [];
    for (let i = 0; i < b.length - 1; i++) {
      const span = this.longestAt(s, c, b, i);
      if (span) spans.push(span);
    }
    return spans;
  }

  /** Left-to-right longest match: a term consumed by a longer one is not reported again. */
  private greedySpans(s: string): Span[] {
    const b = this.boundaries(s);
    const c = compacted(s);
    const spans: Span[] = [];
    let i = 0;
    while (i < b.length - 1) {
      const span = this.longestAt(s, c, b, i);
      if (!span) {
        i++;
        continue;
      }
      spans.push(span);
      while (i < b.length - 1 && b[i] < span.end) i++;
    }
    return spans;
  }

  /**
   * The longest key that starts at boundary i and ends at a later boundary. Windows grow boundary by
   * boundary and stop at the first that is no key's prefix (a longer window would extend it), so a
   * boundary costs a few slices instead of one per later boundary. Of boundaries at the same compacted
   * offset (spaces between them) the last wins, as the widest raw span of that key.
   */
  private longestAt(s: string, c: Compacted, b: number[], i: number): Span | null {
    const { segmentMinKeyLength } = SKILL_RESOLVE_PARAMS;
    if (s[b[i]] === ' ') return null;
    // Raw slices may carry spaces that compaction removes, hence the factor of two.
    const maxRaw = this.maxKeyLength * 2;
    const from = c.at[b[i]];
    let best: Span | null = null;
    let lastLength = 0;
    let lastKey = '';
    for (let j = i + 1; j < b.length && b[j] - b[i] <= maxRaw; j++) {
      const length = c.at[b[j]] - from;
      if (length === 0) continue;
      if (length !== lastLength) {
        if (length > this.maxKeyLength) break;
        lastKey = c.text.slice(from, from + length);
        lastLength = length;
        if (!this.keyPrefixes.has(lastKey)) break;
      }
      if (length < segmentMinKeyLength || this.wholeTextOnly.has(lastKey)) continue;
      const entry = this.keys.get(lastKey);
      if (entry) best = { start: b[i], end: b[j], entry, key: lastKey };
    }
    return best;
  }

  private fuzzy(key: string, factor: number): SkillResolution | null {
    const p = SKILL_RESOLVE_PARAMS;
    const latin = isLatin(key);
    const len = [...key].length;
    if (len < (latin ? p.latinMinLength : p.hanMinLength)) return null;
    const threshold = latin ? p.latinThreshold : p.hanThreshold;
    const delta = Math.max(p.maxLengthDelta, Math.floor(len * 0.2));
    const prefix = key.slice(0, p.hanSharedPrefix);
    let bestKey: string | null = null;
    let bestScore: number = threshold;
    for (const candidate of latin ? this.latinKeys : this.hanKeys) {
      if (Math.abs(candidate.length - key.length) > delta) continue;
      if (!latin && !candidate.startsWith(prefix)) continue;
      if (this.wholeTextOnly.has(candidate)) continue;
      const score = JaroWinklerDistance(key, candidate);
      if (score > bestScore || (score === bestScore && bestKey === null)) {
        bestScore = score;
        bestKey = candidate;
      }
    }
    if (bestKey === null) return null;
    const entry = this.keys.get(bestKey)!;
    return Object.freeze({
      id: this.records[entry.skill].id,
      confidence: round3(bestScore * p.fuzzyConfidenceFactor * factor),
      via: 'fuzzy',
    });
  }

  /** A misspelt product name inside a phrase ('熟悉Solidwork') is still worth finding. */
  private fuzzyTokens(s: string): SkillResolution | null {
    let best: SkillResolution | null = null;
    for (const token of this.jieba.cut(s, false)) {
      const key = compactKey(token);
      if (!isLatin(key) || key.length < SKILL_RESOLVE_PARAMS.latinMinLength + 1) continue;
      const hit = this.fuzzy(key, SKILL_RESOLVE_PARAMS.fuzzyTokenFactor);
      if (hit && (!best || hit.confidence > best.confidence)) best = hit;
    }
    return best;
  }
}

let defaultTaxonomy: SkillTaxonomy | undefined;

/** The shipped taxonomy, built once per process (validation and jieba loading take a moment). */
export function getSkillTaxonomy(): SkillTaxonomy {
  defaultTaxonomy ??= new SkillTaxonomy();
  return defaultTaxonomy;
}

/** A text compacted as compactKey does, with the compacted offset of every raw offset. */
interface Compacted {
  text: string;
  /** at[k]: characters kept before raw offset k (length + 1 entries). */
  at: Uint32Array;
}

/**
 * compactKey drops every character of its class, so compacting a slice equals slicing the compacted
 * text between the slice's compacted offsets: one pass per text instead of a regex per window.
 */
function compacted(s: string): Compacted {
  const at = new Uint32Array(s.length + 1);
  let text = '';
  for (let k = 0; k < s.length; k++) {
    at[k] = text.length;
    const ch = s[k];
    if (!COMPACTED_OUT.test(ch)) text += ch;
  }
  at[s.length] = text.length;
  return { text, at };
}

const COMPACTED_OUT = /[\s\-_·・]/;

