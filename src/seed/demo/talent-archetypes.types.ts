import type { Degree, Industry, Tier } from '../../domain/vocabulary';

/**
 * A kind of professional the zone registers: what they studied, which titles they hold as they progress,
 * which skills they have and where they work. Talents are drawn from archetypes so that education, work
 * history and skills stay coherent.
 */
export interface TalentArchetype {
  id: string;
  /** Field of work as it reads in a summary ("稀土湿法冶金"). */
  field: string;
  /** Relative frequency of the archetype within each tier; absent = never. */
  tiers: Partial<Record<Tier, number>>;
  /** Zone industries whose enterprises employ this kind of talent. */
  industries: readonly Industry[];
  /** Majors by degree level (zh); a degree level without majors is never drawn. */
  majors: Partial<Record<Degree, readonly string[]>>;
  /** Titles for juniors (<3 years), mid-career (<8 years) and seniors. */
  titles: readonly [junior: readonly string[], mid: readonly string[], senior: readonly string[]];
  core: readonly string[];
  extra: readonly string[];
  /** One-sentence descriptions of work done, each ending in '。'. */
  duties: readonly string[];
  /** Strengths for the summary, without final punctuation. */
  focus: readonly string[];
  /** Endings of invented employer names outside the zone, prefixed with a city and a brand word. */
  externalSuffix: readonly string[];
  /** Researchers work at universities and institutes rather than firms. */
  academic?: boolean;
}
