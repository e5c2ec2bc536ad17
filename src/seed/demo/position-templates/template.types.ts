import type { Degree, Industry, Tier } from '../../../domain/vocabulary';

/** [skill name as in the taxonomy (zh), typical minimum level 1–5]. */
export type ReqSkill = readonly [name: string, minLevel: number];

/**
 * A family of similar openings. The generator draws titles, 2–4 duties, the required and preferred skills,
 * majors and numbers from it, so positions built from one template still differ from each other.
 */
export interface PositionTemplate {
  id: string;
  /** Enterprise industries the template suits; 'manufacturing' templates suit every industrial firm. */
  industries: readonly (Industry | 'manufacturing')[];
  titles: readonly string[];
  /** Whole Chinese sentences, each ending in '。'. */
  duties: readonly string[];
  /** Always required, weighted 1.3–2.0. */
  core: readonly ReqSkill[];
  /** Drawn to make 3–6 required skills, weighted 0.5–1.2. */
  extra: readonly ReqSkill[];
  preferred: readonly string[];
  minDegree: readonly Degree[];
  majors: readonly string[];
  years: readonly [number, number];
  headcount: readonly [number, number];
  tier: Tier;
  /** Monthly salary band in yuan (Baotou, 2023). */
  salary: readonly [number, number];
  locations?: readonly string[];
  /** Relative frequency among the templates of the same industry. Defaults to 1. */
  weight?: number;
}
