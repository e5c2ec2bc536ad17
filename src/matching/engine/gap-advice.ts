/**
 * Gap advice: for each required skill a talent lacks or holds below the level asked, what it would take
 * and what it would bring. The level asked against the level held; the talent's own skills that are a
 * step towards it (taxonomy neighbours); and how many points the match would gain with the skill at the
 * required level, measured by re-scoring the pair, not estimated. Where to learn it (programmes, partner
 * universities) is looked up by the caller from `skillIndex`. Pure module (no framework imports).
 */
import type { MatchResult, SkillMatchEntry } from '../score/match-result';
import type { TalentProfile } from '../types';
import type { MatchingEngine } from './matching-engine';

export type GapKind = 'missing' | 'below_level' | 'related_only' | 'mentioned_only';

export interface SkillGap {
  /** The requirement as the enterprise wrote it. */
  skill: string;
  skillId: string | null;
  /** Index in the engine's feature space (-1 unresolved), for the caller's programme look-up. */
  skillIndex: number;
  kind: GapKind;
  requiredLevel: number;
  /** The talent's level of this very skill, when it has it below the level asked. */
  heldLevel: number | null;
  /** Skills the talent has that are close to it in the taxonomy, closest first (at most 3). */
  stepsFrom: { skill: string; level: number | null; similarity: number }[];
  /** Points (0–100 scale) the score would rise with the skill at the required level. */
  scoreGain: number;
}

/** Requirements not fully covered, as the explanation lists them (partial, then missing). */
function openRequirements(result: MatchResult): SkillMatchEntry[] {
  return [...result.skills.partial, ...result.skills.missing];
}

function kindOf(entry: SkillMatchEntry): GapKind {
  const evidence = entry.evidence;
  if (!evidence) return entry.coverage > 0 ? 'mentioned_only' : 'missing';
  if (evidence.kind === 'same') return 'below_level';
  if (evidence.kind === 'related') return 'related_only';
  return 'mentioned_only';
}

/**
 * The gaps of one pair. `result` is the engine's explanation of the pair (talent already in the engine);
 * each gap is re-scored with a copy of the profile that has the skill at the required level, under a
 * scratch id so the talent's own entry is left as it was.
 */
export function skillGaps(engine: MatchingEngine, talent: TalentProfile, result: MatchResult, maxGaps = 5): SkillGap[] {
  const space = engine.space;
  const held = (talent.skills ?? []).map((s) => ({ name: s.name, level: s.level ?? null, index: space.resolveSkill(s.name) }));
  const gaps: SkillGap[] = [];
  const scratchId = `${talent.id}#gap`;
  for (const entry of openRequirements(result).slice(0, maxGaps)) {
    const index = entry.skillId ? space.skillIndexOf(entry.skillId) : space.resolveSkill(entry.name);
    const kind = kindOf(entry);
    const same = index >= 0 ? held.find((h) => h.index === index) : undefined;
    const stepsFrom: SkillGap['stepsFrom'] = [];
    if (index >= 0) {
      for (const h of held) {
        if (h.index < 0 || h.index === index) continue;
        const similarity = space.skillSimilarity[index * space.skillCount + h.index];
        if (similarity > 0) stepsFrom.push({ skill: h.name, level: h.level, similarity: Math.round(similarity * 100) / 100 });
      }
      stepsFrom.sort((a, b) => b.similarity - a.similarity || a.skill.localeCompare(b.skill));
    }
    gaps.push({
      skill: entry.name,
      skillId: entry.skillId,
      skillIndex: index,
      kind,
      requiredLevel: entry.minLevel,
      heldLevel: kind === 'below_level' ? (same?.level ?? entry.evidence?.level ?? null) : null,
      stepsFrom: stepsFrom.slice(0, 3),
      scoreGain: gainWith(engine, talent, scratchId, result, entry, index),
    });
  }
  return gaps;
}

/** The pair's score with the requirement held at its level, minus the score now (never below 0). */
function gainWith(engine: MatchingEngine, talent: TalentProfile, scratchId: string, result: MatchResult, entry: SkillMatchEntry, index: number): number {
  // The skill replaces any lower-level holding of it (under this name or an alias of it).
  const space = engine.space;
  const others = (talent.skills ?? []).filter((s) => s.name !== entry.name && (index < 0 || space.resolveSkill(s.name) !== index));
  const improved: TalentProfile = { ...talent, id: scratchId, skills: [...others, { name: entry.name, level: Math.max(entry.minLevel, 1) }] };
  engine.upsertTalent(improved);
  try {
    const { score } = engine.scorePair(scratchId, result.positionId);
    return Math.max(0, Math.round((score - result.score) * 10) / 10);
  } finally {
    engine.removeTalent(scratchId);
  }
}
