/**
 * A statistics generation: the corpus statistics the engine scores with, frozen from one snapshot of
 * the open positions. Relevance (IDF, average field lengths, each talent's per-signal maxima) comes from
 * the snapshot's ranker; skill specificity from the snapshot's skill document frequencies. Positions
 * added, edited or closed afterwards are scored with these numbers, so a change to one position changes
 * that position's column of scores and nothing else. The statistics are refreshed (a new generation, a
 * full rebuild) when the positions have drifted far enough from the snapshot (see `drift`). Pure module.
 */
import type { FusedRanker } from '../index/fused-ranker';
import type { PositionFeatures } from '../score/profile-features';
import type { PositionProfile } from '../types';

/** A resolved skill (its id in the feature space) or an unresolved one (its normalised name). */
export type SkillKey = number | string;

export function skillKey(skill: number, name: string): SkillKey {
  return skill >= 0 ? skill : name;
}

/** Positions asking for each skill. Required and preferred lists share one count: a skill is common whichever list names it. */
export function skillDocumentFrequencies(features: readonly PositionFeatures[]): Map<SkillKey, number> {
  const df = new Map<SkillKey, number>();
  for (const p of features) {
    const seen = new Set<SkillKey>();
    for (let r = 0; r < p.requiredSkills.length; r++) seen.add(skillKey(p.requiredSkills[r], p.requiredNames[r]));
    for (let i = 0; i < p.preferredSkills.length; i++) seen.add(skillKey(p.preferredSkills[i], p.preferredNames[i]));
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return df;
}

export interface StatisticsDrift {
  /** Positions of the snapshot. */
  reference: number;
  added: number;
  removed: number;
  changed: number;
  /** (added + removed + changed) / max(1, reference). */
  share: number;
}

export class CorpusStatistics {
  private constructor(
    /** The ranker over the snapshot: the relevance statistics and maxima every later ranker uses. */
    readonly ranker: FusedRanker,
    /** Positions of the snapshot asking for (requiring or preferring) each skill. */
    readonly skillDf: ReadonlyMap<SkillKey, number>,
    readonly positionCount: number,
    /** Position id → fingerprint of its profile in the snapshot (for `drift`). */
    private readonly fingerprints: ReadonlyMap<string, string>,
  ) {}

  /** The statistics of a snapshot: its ranker, and its positions as compiled (before any weighting). */
  static of(ranker: FusedRanker, positions: readonly PositionProfile[], features: readonly PositionFeatures[]): CorpusStatistics {
    return new CorpusStatistics(ranker, skillDocumentFrequencies(features), positions.length, new Map(positions.map((p) => [p.id, fingerprint(p)])));
  }

  /** How far a set of open positions has moved from the snapshot. */
  drift(positions: readonly PositionProfile[]): StatisticsDrift {
    let added = 0;
    let changed = 0;
    let kept = 0;
    for (const p of positions) {
      const before = this.fingerprints.get(p.id);
      if (before === undefined) added++;
      else {
        kept++;
        if (before !== fingerprint(p)) changed++;
      }
    }
    const removed = this.fingerprints.size - kept;
    const reference = this.fingerprints.size;
    return { reference, added, removed, changed, share: (added + removed + changed) / Math.max(1, reference) };
  }
}

/**
 * What a position's scores depend on, as a string: two profiles with the same fingerprint score alike.
 * Keys sorted and absent values dropped, so a profile read back from storage (JSONB reorders keys)
 * compares equal to the one written.
 */
/**
 * Fingerprints of the profiles seen, by object: `drift` runs after every position job over every open
 * position, and profiles are never edited in place (a changed position is a new profile object), so each
 * is serialised once, not once per job (at 5,000 positions that is most of a job's bookkeeping).
 */
const fingerprintOf = new WeakMap<PositionProfile, string>();

function fingerprint(position: PositionProfile): string {
  let known = fingerprintOf.get(position);
  if (known === undefined) fingerprintOf.set(position, (known = serialise(position)));
  return known;
}

function serialise(position: PositionProfile): string {
  return JSON.stringify(position, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
