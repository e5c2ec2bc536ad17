import type { ComponentName } from './pair-scorer';

export type SkillEvidenceKind = 'same' | 'related' | 'text';

export interface SkillMatchEntry {
  /** The requirement as the enterprise wrote it. */
  name: string;
  /** Taxonomy id it resolved to, or null. */
  skillId: string | null;
  weight: number;
  minLevel: number;
  /** 0–1 after hierarchy similarity and the level discount. */
  coverage: number;
  /** What on the talent's side earned the coverage. */
  evidence: { kind: SkillEvidenceKind; skill: string; skillEn: string; level: number } | null;
}

export interface IneligibleReason {
  code: 'degree_below_minimum' | 'experience_far_below' | 'will_not_relocate';
  zh: string;
  en: string;
}

export interface MatchResult {
  talentId: string;
  positionId: string;
  /** 0–100, two decimals. */
  score: number;
  eligible: boolean;
  ineligibleReasons: IneligibleReason[];
  /** Each component 0–1. */
  components: Record<ComponentName, number>;
  /** Points each component adds to `score` (weight × component on 0–100): they sum to the score, ± rounding. */
  contributions: Record<ComponentName, number>;
  skills: {
    matched: SkillMatchEntry[];
    partial: SkillMatchEntry[];
    missing: SkillMatchEntry[];
    preferredMatched: string[];
  };
  reasons: { zh: string[]; en: string[] };
  engineVersion: string;
}

/** A ranked hit: enough to list; the full MatchResult comes from `explain`. */
export interface RankedHit {
  index: number;
  score: number;
}
