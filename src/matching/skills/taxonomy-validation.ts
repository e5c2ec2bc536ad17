/** Text normalisation shared by the normaliser and the dictionary, and the taxonomy's integrity checks. */
import type { SkillCategory, SkillRecord } from './taxonomy-data';

const EDGE_PUNCTUATION = /^[\s,;:!?，。、；：！？"'“”‘’()（）[\]【】<>《》]+|[\s,;:!?，。、；：！？"'“”‘’()（）[\]【】<>《》]+$/gu;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * NFKC (which also turns full-width Latin, digits and spaces into half-width), lower case, single
 * spaces, and no punctuation at the edges. '.', '+' and '#' are never stripped: '.NET', 'C++', 'C#'.
 */
export function normaliseSkillText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').trim();
}

/** Lookup key: spelling variants that differ only by spaces, hyphens or middle dots collide on purpose. */
export function compactKey(normalised: string): string {
  return normalised.replace(/[\s\-_·・]+/g, '');
}

export function isLatin(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** Throws on the first problem, naming the skill, so a bad edit fails at start-up and in tests. */
export function validateTaxonomy(records: readonly SkillRecord[], categories: readonly SkillCategory[]): void {
  const ids = new Map<string, number>();
  records.forEach((r, i) => {
    if (!ID_PATTERN.test(r.id)) throw new Error(`skill taxonomy: id '${r.id}' is not kebab-case ASCII`);
    if (ids.has(r.id)) throw new Error(`skill taxonomy: duplicate id '${r.id}'`);
    if (!r.zh?.trim() || !r.en?.trim()) throw new Error(`skill taxonomy: ${r.id} needs both zh and en names`);
    if (!categories.includes(r.category)) throw new Error(`skill taxonomy: ${r.id} has unknown category '${r.category}'`);
    ids.set(r.id, i);
  });
  for (const r of records) {
    if (r.broader !== null && !ids.has(r.broader)) {
      throw new Error(`skill taxonomy: ${r.id} names unknown broader skill '${r.broader}'`);
    }
  }
  // 0 unvisited, 1 on the current path, 2 known to reach a root.
  const state = new Uint8Array(records.length);
  for (let start = 0; start < records.length; start++) {
    const path: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      const broader: string | null = records[i].broader;
      i = broader === null ? undefined : ids.get(broader);
    }
    if (i !== undefined && state[i] === 1) {
      const cycle = path.slice(path.indexOf(i)).map((k) => records[k].id);
      throw new Error(`skill taxonomy: broader links form a cycle: ${[...cycle, records[i].id].join(' → ')}`);
    }
    for (const k of path) state[k] = 2;
  }
}
