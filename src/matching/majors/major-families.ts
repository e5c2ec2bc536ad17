/**
 * Major normalisation and similarity. Free-text majors ("材料科学与工程（稀土方向）专业", "Metallurgy")
 * are resolved to catalogue majors; similarity then follows the discipline classes.
 */
import { MAJOR_FAMILIES, MAJORS, RELATED_FAMILIES, type MajorFamily, type MajorRecord } from './major-data';

export { MAJOR_FAMILIES, MAJORS, RELATED_FAMILIES, type MajorFamily, type MajorLevel, type MajorRecord } from './major-data';

/** Scores returned by majorSimilarity, from the same major down to related discipline classes. */
export const MAJOR_SIMILARITY = Object.freeze({
  same: 1,
  /** A vocational major and the undergraduate major it feeds (冶金技术 ~ 冶金工程). */
  closeTo: 0.85,
  sameFamily: 0.7,
  relatedFamily: 0.4,
  unrelated: 0,
});

/**
 * Shortest key the containment fallback may use. Latin keys need more letters because short
 * abbreviations ('ai', 'ie', 'cs') occur inside ordinary words.
 */
const MIN_CONTAINED_KEY = { han: 2, latin: 4 } as const;
const LATIN_ONLY = /^[\x00-\x7f]+$/;

export type ResolvedMajor =
  | { kind: 'major'; major: MajorRecord; family: string }
  | { kind: 'family'; family: string };

const familyByCode = new Map<string, MajorFamily>(MAJOR_FAMILIES.map((f) => [f.code, f]));
const majorKeys = new Map<string, MajorRecord>();
const familyKeys = new Map<string, string>();
const majorByZh = new Map<string, MajorRecord>();
const related = new Set<string>();

function addKey(key: string, major: MajorRecord): void {
  const k = normaliseMajorText(key);
  const existing = majorKeys.get(k);
  if (existing && existing !== major) {
    throw new Error(`major key '${key}' is claimed by both ${existing.zh} and ${major.zh}`);
  }
  majorKeys.set(k, major);
}

for (const m of MAJORS) {
  if (!familyByCode.has(m.family)) throw new Error(`major ${m.zh} names unknown family ${m.family}`);
  majorByZh.set(m.zh, m);
  for (const key of [m.zh, m.en, ...m.aliases]) addKey(key, m);
  if (m.code) addKey(m.code, m);
}
for (const m of MAJORS) {
  for (const c of m.closeTo) if (!majorByZh.has(c)) throw new Error(`major ${m.zh} is closeTo unknown major ${c}`);
}
for (const f of MAJOR_FAMILIES) {
  familyKeys.set(normaliseMajorText(f.zh), f.code);
  familyKeys.set(normaliseMajorText(f.en), f.code);
  familyKeys.set(f.code, f.code);
}
for (const [a, b] of RELATED_FAMILIES) {
  related.add(`${a}:${b}`);
  related.add(`${b}:${a}`);
}
const keysByLength = [...majorKeys.keys()].sort((a, b) => b.length - a.length);

/**
 * NFKC, lower case, no spaces or punctuation that people vary, and without the suffixes that add
 * nothing to the identity of a major (专业, 方向, 类 are kept apart: 类 marks a family).
 */
export function normaliseMajorText(text: string): string {
  let s = text.normalize('NFKC').trim().toLowerCase();
  s = s.replace(/[\s·・_\-'’"“”]+/g, '');
  s = s.replace(/(专业|方向|本科|专科|高职)+$/u, '');
  return s;
}

function withoutBrackets(s: string): string {
  return s.replace(/[([{【（][^)\]}】）]*[)\]}】）]/gu, '');
}

function lookup(s: string): ResolvedMajor | null {
  const major = majorKeys.get(s);
  if (major) return { kind: 'major', major, family: major.family };
  const family = familyKeys.get(s);
  if (family) return { kind: 'family', family };
  return null;
}

/** Resolves free text to a catalogue major, or to a discipline class when the text names one. */
export function resolveMajor(text: string): ResolvedMajor | null {
  const full = normaliseMajorText(text);
  if (!full) return null;
  const bare = normaliseMajorText(withoutBrackets(full));
  const direct = lookup(full) ?? (bare ? lookup(bare) : null);
  if (direct) return direct;
  const target = bare || full;
  // The longest catalogue name inside the text wins: '稀土冶金工程' → 冶金工程, not 冶金.
  for (const key of keysByLength) {
    const min = LATIN_ONLY.test(key) ? MIN_CONTAINED_KEY.latin : MIN_CONTAINED_KEY.han;
    if (key.length >= min && target.includes(key)) {
      const major = majorKeys.get(key)!;
      return { kind: 'major', major, family: major.family };
    }
  }
  // A truncated name ('机械设计制造') is contained in exactly the major it abbreviates.
  if (target.length >= (LATIN_ONLY.test(target) ? 6 : 3)) {
    for (const key of keysByLength) {
      if (key.includes(target)) {
        const major = majorKeys.get(key)!;
        return { kind: 'major', major, family: major.family };
      }
    }
  }
  return null;
}

function familiesRelated(a: string, b: string): boolean {
  return related.has(`${a}:${b}`);
}

/** Similarity in [0, 1] of two free-text majors; see MAJOR_SIMILARITY for the scale. */
export function majorSimilarity(a: string, b: string): number {
  const na = normaliseMajorText(a);
  if (na.length > 0 && na === normaliseMajorText(b)) return MAJOR_SIMILARITY.same;
  const ra = resolveMajor(a);
  const rb = resolveMajor(b);
  if (!ra || !rb) return MAJOR_SIMILARITY.unrelated;
  if (ra.kind === 'major' && rb.kind === 'major') {
    if (ra.major === rb.major) return MAJOR_SIMILARITY.same;
    if (ra.major.closeTo.includes(rb.major.zh) || rb.major.closeTo.includes(ra.major.zh)) {
      return MAJOR_SIMILARITY.closeTo;
    }
  }
  if (ra.family === rb.family) return MAJOR_SIMILARITY.sameFamily;
  if (familiesRelated(ra.family, rb.family)) return MAJOR_SIMILARITY.relatedFamily;
  return MAJOR_SIMILARITY.unrelated;
}

export function majorFamily(code: string): MajorFamily | undefined {
  return familyByCode.get(code);
}
