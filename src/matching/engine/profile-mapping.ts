import type { RankablePosition, RankableTalent } from '../index/fused-ranker';
import type { PositionProfile, TalentProfile } from '../types';

/**
 * What the text relevance ranker reads of a position: title, duties and the preferred skills (the tools of
 * the trade, matched as words against the talent's skill names). Required skills are left to the skills
 * component, so that asking for one more skill the talent has can only raise the score.
 */
export function rankablePosition(position: PositionProfile): RankablePosition {
  return { title: position.title, description: position.description, skills: position.preferredSkills, lang: position.lang };
}

/**
 * What the ranker reads of a talent: the headline (or, without one, the latest job title), a summary that
 * also carries the work history, and the skill names.
 */
export function rankableTalent(talent: TalentProfile): RankableTalent {
  const work = talent.work ?? [];
  const headline = talent.headline?.trim() || work.find((w) => w.title)?.title || '';
  const history = work.map((w) => [w.title, w.description].filter(Boolean).join(' ')).join(' ; ');
  const education = (talent.education ?? []).map((e) => e.major).filter(Boolean).join(' ');
  return {
    headline,
    summary: [talent.summary ?? '', history, education].filter(Boolean).join(' ; '),
    skills: (talent.skills ?? []).map((s) => s.name),
    lang: talent.lang,
  };
}
