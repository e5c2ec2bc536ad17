/**
 * Every tuning knob of the engine in one documented object (after MiniSearch's BM25Params). Changing a
 * default changes scores, so it must come with a new ENGINE_VERSION and a run of the evaluation.
 */
export const ENGINE_VERSION = 'match-1.2.0';

export interface ComponentWeights {
  /** Title and text relevance (fused BM25 over title, duties and summary; title structure). */
  relevance: number;
  /** Weighted coverage of required skills, following the taxonomy hierarchy, plus preferred skills. */
  skills: number;
  /** Major against preferred majors (major families). */
  major: number;
  /** Degree against the minimum degree (above the hard floor). */
  degree: number;
  /**
   * Level fit both ways (the key keeps its stored name): the candidate's seniority (current title, years,
   * degree, expected pay, tier) against the post's (title, years required, degree, pay band, tier sought).
   */
  experience: number;
  /** Same city, or willing to relocate. */
  location: number;
  /** Talent tier against the tier sought. */
  tier: number;
  /** Expected pay against the post's band (neutral when either is unknown). */
  salary: number;
}

export interface EngineParams {
  weights: ComponentWeights;
  /** How much a requirement's weight follows its rarity among the positions (0: not at all, 1: fully by IDF). */
  skillSpecificity: number;
  /**
   * Relevance at or above which skill coverage counts in full; below it, in proportion (0 disables the gate).
   * 0.35 (was 0.5): declared skills outweigh summary words sooner (HR suite: keyword-only candidates ranked
   * above people of the field); on sets without requirements the component is a monotone function of relevance.
   */
  skillsRelevanceGate: number;
  /** Share of the skills component given to preferred (vs required) skills; a position without requirements has none. */
  preferredSkillShare: number;
  /** A skill found only in free text (summary, work) counts as this level, at this fraction of its similarity. */
  textEvidenceLevel: number;
  textEvidenceFactor: number;
  /** A talent below a requirement's minimum level gets this floor plus the rest in proportion to the level. */
  belowLevelFloor: number;
  /** Coverage at or above which a requirement is "matched"; between this and 0 it is "partial". */
  matchedThreshold: number;
  /** Degrees below the minimum that still count as eligible (0: the minimum is a hard floor). */
  degreeTolerance: number;
  /** Share of the minimum years that a talent must reach to be eligible at all. */
  experienceHardShare: number;
  /** Location component for a talent elsewhere who is willing to relocate. */
  relocateScore: number;
  /** Location component for a talent elsewhere who is not (only for flexible, high-level posts). */
  remoteScore: number;
  /** Tier component when tiers differ but are adjacent (e.g. graduate ↔ shortage professional). */
  adjacentTierScore: number;
  /** Seniority gap (0–4 scale, title/seniority.ts) above the post that still fits fully, and the scale of the fall beyond it. */
  levelOverTolerance: number;
  levelOverScale: number;
  /** The same below the post. */
  levelUnderTolerance: number;
  levelUnderScale: number;
  /** Level fit of a talent with no years against a post's minimum (rising linearly to 1 at the minimum). */
  yearsShortfallFloor: number;
  /** Share by which expected pay may exceed the band's top for the pay fit to halve. */
  salaryOverScale: number;
  /** Neutral value for a component the position does not constrain. */
  neutral: number;
}

export const DEFAULT_ENGINE_PARAMS: EngineParams = Object.freeze({
  weights: Object.freeze({ relevance: 0.3, skills: 0.28, major: 0.09, degree: 0.05, experience: 0.14, location: 0.07, tier: 0.04, salary: 0.05 }),
  skillSpecificity: 0.8,
  skillsRelevanceGate: 0.35,
  preferredSkillShare: 0.15,
  textEvidenceLevel: 2,
  textEvidenceFactor: 0.8,
  belowLevelFloor: 0.5,
  matchedThreshold: 0.95,
  degreeTolerance: 0,
  experienceHardShare: 0.34,
  relocateScore: 0.8,
  remoteScore: 0.4,
  adjacentTierScore: 0.6,
  levelOverTolerance: 0.25,
  levelOverScale: 0.8,
  levelUnderTolerance: 0.3,
  levelUnderScale: 0.8,
  yearsShortfallFloor: 0.4,
  salaryOverScale: 0.25,
  neutral: 0.7,
}) as EngineParams;
