import { DEGREE_LABELS, DEGREES } from '../../domain/vocabulary';
import type { PositionProfile, TalentProfile } from '../types';
import { ENGINE_VERSION, EngineParams } from './engine-params';
import { ROLE_GROUPS, ROLE_LABELS, roleFactor, roleGroupOf } from '../title/role-compatibility';
import { FeatureSpace } from './feature-space';
import { currentTitle, payRange, rawLevelFit, talentYears, yearsShortfall } from './level-fit';
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

const yuan = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * Level and pay in words, when the profiles say enough to judge them: above or below the post (strongly or
 * somewhat), or fitting; an expectation above the band's top.
 */
function levelAndPayReasons(params: EngineParams, talent: TalentProfile, t: TalentFeatures, position: PositionProfile, p: PositionFeatures): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  if (t.levelConfidence * p.levelConfidence >= 0.3) {
    const raw = rawLevelFit(params, t.level, p.level);
    const shortfall = yearsShortfall(params, t.totalYears, p.minYears, t.levelConfidence);
    const fit = raw * shortfall;
    const current = currentTitle(talent);
    const years = talentYears(talent);
    const hasHistory = (talent.work ?? []).length > 0;
    const who = {
      zh: [current ? `现任${current.title}` : '', hasHistory ? `${years} 年` : '无工作经历'].filter(Boolean).join('，'),
      en: [current ? `currently ${current.seniority.en}${current.seniority.en === current.title ? '' : ` (${current.title})`}` : '', hasHistory ? `${years} years` : 'no work history']
        .filter(Boolean)
        .join(', '),
    };
    // Years short of the minimum make a candidate junior to the post whatever the title says.
    const above = t.level > p.level && raw < 1;
    if (shortfall < 1) {
      who.zh += `，岗位要求 ${p.minYears} 年`;
      who.en += `, the post asks for ${p.minYears}`;
    }
    if (fit < 0.6) {
      zh.push(`资历明显${above ? '高' : '低'}于岗位：${who.zh}`);
      en.push(`Clearly ${above ? 'senior' : 'junior'} to the post: ${who.en}`);
    } else if (fit < 0.9) {
      zh.push(`资历略${above ? '高' : '低'}于岗位：${who.zh}`);
      en.push(`Somewhat ${above ? 'senior' : 'junior'} to the post: ${who.en}`);
    } else {
      zh.push(`资历与岗位相当：${who.zh}`);
      en.push(`Seniority fits the post: ${who.en}`);
    }
  }
  const expect = payRange(talent.expectedSalaryMin, talent.expectedSalaryMax);
  const band = payRange(position.salaryMin, position.salaryMax);
  if (expect && band) {
    if (expect[0] > band[1]) {
      zh.push(`期望薪资高于岗位上限：期望 ${yuan(expect[0])} 元/月起，岗位最高 ${yuan(band[1])} 元/月`);
      en.push(`Expects more than the post pays: from ${yuan(expect[0])} yuan a month, the post pays up to ${yuan(band[1])}`);
    } else {
      zh.push(`期望薪资在岗位范围内（${yuan(band[0])}–${yuan(band[1])} 元/月）`);
      en.push(`Expected pay within the post's band (${yuan(band[0])}–${yuan(band[1])} yuan a month)`);
    }
  }
  return { zh, en };
}

/** When the current job is another kind of work than the post (the relevance then counts for less). */
function roleReason(talent: TalentProfile, position: PositionProfile): { zh: string; en: string } | null {
  const current = (talent.work ?? []).find((w) => w.title?.trim())?.title;
  const mine = roleGroupOf(current, talent.lang);
  const theirs = roleGroupOf(position.title, position.lang);
  if (roleFactor(mine, theirs) >= 1) return null;
  const a = ROLE_LABELS[ROLE_GROUPS[mine]];
  const b = ROLE_LABELS[ROLE_GROUPS[theirs]];
  return {
    zh: `现任岗位职能不同：现任${current}（${a.zh}），本岗位为${b.zh}`,
    en: `Current job is another kind of work: ${current} (${a.en}), the post is ${b.en}`,
  };
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
  const weightSum = COMPONENTS.reduce((sum, name) => sum + params.weights[name], 0);
  // Points each component adds to the score (0–100): they sum to the score, so a list can show why.
  const contributions = Object.fromEntries(
    COMPONENTS.map((name, i) => [name, Math.round((10_000 * params.weights[name] * scorer.components[i]) / weightSum) / 100]),
  ) as MatchResult['contributions'];

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
  const role = roleReason(talent, position);
  if (role) {
    zh.push(role.zh);
    en.push(role.en);
  }
  const level = levelAndPayReasons(params, talent, talentFeatures, position, positionFeatures);
  zh.push(...level.zh);
  en.push(...level.en);
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
    contributions,
    skills: { matched, partial, missing, preferredMatched },
    reasons: { zh, en },
    engineVersion: ENGINE_VERSION,
  };
}
