/**
 * What sets each candidate apart from the others on the same list. Pair explanations are written one pair
 * at a time, so five strong candidates for one opening read alike ("必备技能 2/3 … 专业对口"); an HR reader
 * needs, first, why #1 is not #5. Each candidate's evidence (a matched required skill at its level, the
 * current post and years, the major and school, the component it leads the list on) is weighed by how
 * few others on the list share it, and each candidate leads with its rarest, strongest piece of evidence,
 * no two candidates with the same lead. Pure module (no framework imports).
 */

export interface CandidateEvidence {
  id: string;
  /** Required skills the candidate covers, with the level held when known. */
  matchedSkills: { name: string; level: number | null }[];
  currentTitle: string | null;
  currentEmployer: string | null;
  years: number;
  major: string | null;
  school: string | null;
  degreeLabel: { zh: string; en: string } | null;
  /** Score components, 0–1 (see pair-scorer's COMPONENTS). */
  components: Record<string, number>;
}

export interface LeadReason {
  kind: 'skill' | 'post' | 'education' | 'component' | 'score';
  zh: string;
  en: string;
}

interface Fact {
  /** Facts with one key are the same evidence, whoever holds it. */
  key: string;
  /** 0–1: how much the fact says about fit, before rarity. */
  strength: number;
  reason: LeadReason;
}

const COMPONENT_WORDS: Record<string, { zh: string; en: string }> = {
  relevance: { zh: '经历与岗位描述的相关度', en: 'relevance of experience to the posting' },
  skills: { zh: '必备技能覆盖', en: 'coverage of the required skills' },
  major: { zh: '专业对口程度', en: 'fit of the major' },
  degree: { zh: '学历匹配', en: 'degree fit' },
  experience: { zh: '资历匹配', en: 'level fit (seniority against the post)' },
  location: { zh: '地点便利', en: 'location' },
  tier: { zh: '人才层次匹配', en: 'talent tier fit' },
  level: { zh: '资历与岗位相当', en: 'seniority fit with the post' },
  salary: { zh: '期望薪资与岗位相符', en: 'salary expectation fit' },
};

function factsOf(c: CandidateEvidence, leaders: Map<string, string>, topLevel: Map<string, number>): Fact[] {
  const facts: Fact[] = [];
  for (const skill of c.matchedSkills) {
    const level = skill.level ?? 0;
    // Holding a skill that others on the list hold at a higher level is no distinction.
    const outdone = level < (topLevel.get(skill.name) ?? 0);
    facts.push({
      key: `skill:${skill.name}`,
      strength: (0.55 + 0.08 * level) * (outdone ? 0.4 : 1),
      reason: {
        kind: 'skill',
        zh: level > 0 ? `具备必备技能「${skill.name}」（${level} 级）` : `具备必备技能「${skill.name}」`,
        en: level > 0 ? `Holds the required skill ${skill.name} at level ${level}` : `Holds the required skill ${skill.name}`,
      },
    });
  }
  if (c.currentTitle) {
    const at = c.currentEmployer ? `（${c.currentEmployer}）` : '';
    facts.push({
      key: `post:${c.currentTitle}`,
      // A current post says as much as its text relevance to the opening: a sales director's title is no lead for an engineer's post.
      strength: 0.35 + 0.45 * (c.components.relevance ?? 0),
      reason: {
        kind: 'post',
        zh: `现任${c.currentTitle}${at}，工作 ${c.years} 年`,
        en: `Currently ${c.currentTitle}${c.currentEmployer ? ` at ${c.currentEmployer}` : ''}, ${c.years} years of work`,
      },
    });
  }
  if (c.major) {
    const school = c.school ? `${c.school} ` : '';
    const degree = c.degreeLabel ? `，${c.degreeLabel.zh}` : '';
    facts.push({
      key: `education:${c.major}:${c.school ?? ''}`,
      // Likewise a major leads only as far as it fits the post.
      strength: 0.25 + 0.45 * (c.components.major ?? 0),
      reason: {
        kind: 'education',
        zh: `${school}${c.major}专业${degree}`,
        en: `${c.major}${c.school ? ` at ${c.school}` : ''}${c.degreeLabel ? `, ${c.degreeLabel.en}` : ''}`,
      },
    });
  }
  for (const [component, leader] of leaders) {
    if (leader !== c.id) continue;
    const words = COMPONENT_WORDS[component] ?? { zh: component, en: component };
    facts.push({
      key: `component:${component}`,
      strength: 0.5 + 0.4 * (c.components[component] ?? 0),
      reason: { kind: 'component', zh: `本名单中${words.zh}最高`, en: `Highest ${words.en} on this list` },
    });
  }
  return facts;
}

/** For each component, the one candidate strictly ahead of all others on it (none on a tie). */
function componentLeaders(list: readonly CandidateEvidence[]): Map<string, string> {
  const leaders = new Map<string, string>();
  if (list.length < 2) return leaders;
  const names = new Set(list.flatMap((c) => Object.keys(c.components)));
  for (const name of names) {
    let best = -1;
    let second = -1;
    let leader = '';
    for (const c of list) {
      const v = c.components[name] ?? 0;
      if (v > best) {
        second = best;
        best = v;
        leader = c.id;
      } else if (v > second) second = v;
    }
    if (best - second >= 0.05) leaders.set(name, leader);
  }
  return leaders;
}

/**
 * The lead reason of each candidate (same order as `list`, which is the ranking): rarer evidence first
 * (held by fewer candidates on the list), then stronger; a lead already given to a candidate above is
 * not given again. A candidate with nothing of its own leads with its rank's score words.
 */
export function leadReasons(list: readonly CandidateEvidence[]): LeadReason[] {
  const leaders = componentLeaders(list);
  const topLevel = new Map<string, number>();
  for (const c of list) for (const skill of c.matchedSkills) topLevel.set(skill.name, Math.max(topLevel.get(skill.name) ?? 0, skill.level ?? 0));
  const facts = list.map((c) => factsOf(c, leaders, topLevel));
  const holders = new Map<string, number>();
  for (const own of facts) for (const key of new Set(own.map((f) => f.key))) holders.set(key, (holders.get(key) ?? 0) + 1);
  const given = new Set<string>();
  return list.map((_, i) => {
    const ranked = facts[i]
      .map((fact) => ({ fact, weight: fact.strength / holders.get(fact.key)! }))
      .sort((a, b) => b.weight - a.weight || a.fact.key.localeCompare(b.fact.key));
    const pick = ranked.find(({ fact }) => !given.has(fact.reason.zh));
    if (pick) {
      given.add(pick.fact.reason.zh);
      return pick.fact.reason;
    }
    return { kind: 'score', zh: `综合匹配度第 ${i + 1}`, en: `Overall match rank ${i + 1}` };
  });
}
