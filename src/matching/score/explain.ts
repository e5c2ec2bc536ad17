import { DEGREE_LABELS, DEGREES } from '../../domain/vocabulary';
import type { PositionProfile, TalentProfile } from '../types';
import { ENGINE_VERSION, EngineParams } from './engine-params';
import { FeatureSpace } from './feature-space';
import { IneligibleReason, MatchResult, SkillMatchEntry } from './match-result';
import { Component, COMPONENTS, Ineligible, PairScorer } from './pair-scorer';
import { PositionFeatures, TalentFeatures } from './profile-features';

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function skillLabel(space: FeatureSpace, index: number): { zh: string; en: string } {
  const record = space.taxonomy.get(space.skillIds[index]);
  return record ? { zh: record.zh, en: record.en } : { zh: space.skillIds[index], en: space.skillIds[index] };
}

function requirementEntry(
  space: FeatureSpace,
  params: EngineParams,
  scorer: PairScorer,
  talent: TalentFeatures,
  position: PositionProfile,
  features: PositionFeatures,
  r: number,
): SkillMatchEntry {
  const skill = features.requiredSkills[r];
  const coverage = scorer.requirementCoverage(features, r);
  let evidence: SkillMatchEntry['evidence'] = null;
  if (coverage > 0) {
    // The talent skill that earns the coverage: the best similarity after the same level discount the
    // score applies, so the explanation names the skill the score actually used.
    const min = features.requiredMinLevels[r];
    const floor = params.belowLevelFloor;
    let best = -1;
    let bestValue = 0;
    for (let i = 0; i < talent.ownSkills.length && skill >= 0; i++) {
      const sim = space.skillSimilarity[skill * space.skillCount + talent.ownSkills[i]];
      const level = talent.ownLevels[i];
      const value = sim * (level >= min ? 1 : floor + ((1 - floor) * level) / min);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best >= 0) {
      const own = talent.ownSkills[best];
      const label = skillLabel(space, own);
      evidence = {
        kind: own === skill ? 'same' : 'related',
        skill: label.zh,
        skillEn: label.en,
        level: talent.ownLevels[best],
      };
    } else {
      evidence = { kind: 'text', skill: features.requiredNames[r], skillEn: features.requiredNames[r], level: 0 };
    }
  }
  const requirement = position.requiredSkills![r];
  return {
    name: requirement.name,
    skillId: skill >= 0 ? space.skillIds[skill] : null,
    weight: features.requiredWeights[r],
    minLevel: features.requiredMinLevels[r],
    coverage: round(coverage),
    evidence,
  };
}

function ineligibleReasons(bits: number, talent: TalentProfile, position: PositionProfile, features: TalentFeatures): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (bits & Ineligible.DegreeBelowMinimum) {
    const want = DEGREE_LABELS[position.minDegree!];
    const have = features.degreeRank >= 0 ? DEGREE_LABELS[DEGREES[features.degreeRank]] : null;
    reasons.push({
      code: 'degree_below_minimum',
      zh: `学历不符：要求${want.zh}及以上，${have ? `现为${have.zh}` : '未填写学历'}`,
      en: `Degree below the minimum: ${want.en} or higher required, ${have ? `has ${have.en}` : 'no degree given'}`,
    });
  }
  if (bits & Ineligible.ExperienceFarBelow) {
    reasons.push({
      code: 'experience_far_below',
      zh: `工作年限不足：要求${position.minYearsExperience}年，现有${features.totalYears}年`,
      en: `Far too little experience: ${position.minYearsExperience} years required, has ${features.totalYears}`,
    });
  }
  if (bits & Ineligible.WillNotRelocate) {
    reasons.push({
      code: 'will_not_relocate',
      zh: `工作地点为${position.location}，人才现居${talent.currentCity}且不愿迁居`,
      en: `The post is in ${position.location}; the talent lives in ${talent.currentCity} and will not relocate`,
    });
  }
  return reasons;
}

/** Why a requirement is only partly covered: a lower level of the same skill, a related skill, or only a mention. */
function partialWhy(entry: SkillMatchEntry): { zh: string; en: string } {
  const e = entry.evidence;
  if (!e || e.kind === 'text') return { zh: '经历中提及', en: 'mentioned in experience' };
  if (e.kind === 'same') return { zh: `现有${e.level}级，要求${entry.minLevel}级`, en: `level ${e.level}, needs ${entry.minLevel}` };
  return { zh: `相近技能：${e.skill}`, en: `related skill: ${e.skillEn}` };
}

/** The full, explained result for one pair: the same numbers as the fast path, plus the why. */
export function explainPair(
  space: FeatureSpace,
  scorer: PairScorer,
  params: EngineParams,
  talent: TalentProfile,
  talentFeatures: TalentFeatures,
  position: PositionProfile,
  positionFeatures: PositionFeatures,
  relevance: number,
): MatchResult {
  scorer.load(talentFeatures);
  const score = scorer.score(positionFeatures, relevance);
  const bits = scorer.ineligible;
  const components = Object.fromEntries(COMPONENTS.map((name, i) => [name, round(scorer.components[i])])) as MatchResult['components'];

  const entries = (position.requiredSkills ?? []).map((_, r) =>
    requirementEntry(space, params, scorer, talentFeatures, position, positionFeatures, r),
  );
  const matched = entries.filter((e) => e.coverage >= params.matchedThreshold);
  const partial = entries.filter((e) => e.coverage > 0 && e.coverage < params.matchedThreshold);
  const missing = entries.filter((e) => e.coverage === 0);
  const preferredMatched = (position.preferredSkills ?? []).filter((_, i) => scorer.preferredCoverage(positionFeatures, i) > 0);

  const zh: string[] = [];
  const en: string[] = [];
  if (entries.length > 0) {
    const names = matched.map((e) => e.name).join('、');
    zh.push(`必备技能 ${matched.length}/${entries.length} 项完全匹配${names ? `：${names}` : ''}`);
    en.push(`${matched.length} of ${entries.length} required skills fully matched${names ? `: ${matched.map((e) => e.name).join(', ')}` : ''}`);
  }
  if (partial.length > 0) {
    zh.push(`部分匹配：${partial.map((e) => `${e.name}（${partialWhy(e).zh}）`).join('、')}`);
    en.push(`Partly matched: ${partial.map((e) => `${e.name} (${partialWhy(e).en})`).join(', ')}`);
  }
  if (missing.length > 0) {
    zh.push(`欠缺：${missing.map((e) => e.name).join('、')}`);
    en.push(`Lacks: ${missing.map((e) => e.name).join(', ')}`);
  }
  if (components.relevance >= 0.5) {
    zh.push('岗位名称与经历高度相关');
    en.push('Title and experience closely related to the post');
  }
  if ((position.preferredMajors ?? []).length > 0 && scorer.components[Component.Major] >= 0.7) {
    zh.push('所学专业对口');
    en.push('Studied a matching major');
  }
  const reasons = ineligibleReasons(bits, talent, position, talentFeatures);
  for (const r of reasons) {
    zh.push(r.zh);
    en.push(r.en);
  }
  return {
    talentId: talent.id,
    positionId: position.id,
    score: Math.round(score * 100) / 100,
    eligible: bits === 0,
    ineligibleReasons: reasons,
    components,
    skills: { matched, partial, missing, preferredMatched },
    reasons: { zh, en },
    engineVersion: ENGINE_VERSION,
  };
}
