import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import type { MatchResult } from '../matching/score/match-result';
import { Position } from '../positions/position.entity';
import { checkTalentProfile } from '../matching/engine/profile-check';
import { EngineCache } from '../recompute/engine-snapshot';
import { talentProfile } from '../recompute/profile-mappers';
import { Talent } from '../talents/talent.entity';
import { Match } from './match.entity';
import { skillGaps, type SkillGap } from '../matching/engine/gap-advice';
import { SkillTeachingIndex, type TeachingUniversity } from './skill-teaching';

export interface PairExplanation extends MatchResult {
  /** Each open requirement: the level asked and held, steps from related skills, the score gain, where it is taught. */
  gaps: GapAdvice[];
  /** The stored row, when there is one (only eligible pairs above the store threshold are stored). */
  stored: { score: number; computedAt: Date; talentVersion: number; positionVersion: number } | null;
  /** True when the stored row was computed from older data than the explanation shown. */
  stale: boolean;
}

export interface NoRecommendationReason {
  code: 'no_open_positions' | 'no_eligible_position';
  openPositions: number;
  /** Each eligibility rule that blocks the talent, with how many open positions it blocks. */
  rules: { code: string; zh: string; en: string; positions: number }[];
  message: { zh: string; en: string };
}

/** Each eligibility rule in general words (a pair's own reason carries that pair's numbers). */
const RULE_WORDS: Record<string, { zh: string; en: string }> = {
  degree_below_minimum: { zh: '学历低于岗位最低要求', en: 'degree below the minimum asked for' },
  experience_far_below: { zh: '工作年限远低于岗位要求', en: 'far fewer years of experience than asked for' },
  will_not_relocate: { zh: '岗位不在您所在城市，且您未选择愿意迁移', en: 'the post is elsewhere and you do not wish to relocate' },
};

const NO_OPEN_POSITIONS: NoRecommendationReason = {
  code: 'no_open_positions',
  openPositions: 0,
  rules: [],
  message: { zh: '目前没有在招岗位。', en: 'There are no open positions at the moment.' },
};

/** A stored record the engine cannot use (it is quarantined by the recompute pipeline too). */
function unmatchable(message: string, field: string, reason: string): AppException {
  return new AppException(ErrorCode.Unmatchable, `${message}: ${field} ${reason}`, { [field]: reason });
}

/** A skill gap with where it is taught. */
export type GapAdvice = Omit<SkillGap, 'skillIndex'> & { learnAt: TeachingUniversity[] };

/** Universities listed per gap: enough to choose from, few enough to read. */
const MAX_UNIVERSITIES_PER_GAP = 3;

function withTeaching({ skillIndex, ...gap }: SkillGap, teaching: Map<number, TeachingUniversity[]>): GapAdvice {
  return { ...gap, learnAt: (teaching.get(skillIndex) ?? []).slice(0, MAX_UNIVERSITIES_PER_GAP) };
}

/** Explains any pair on demand with the engine of the current generation, eligible or not. */
@Injectable()
export class LiveMatchService {
  private readonly teaching = new SkillTeachingIndex();

  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: EngineCache,
  ) {}

  async explain(talentId: string, positionId: string): Promise<PairExplanation> {
    const talent = await this.dataSource.manager.findOne(Talent, { where: { id: talentId } });
    if (!talent) throw AppException.notFound('Talent', talentId);
    const position = await this.dataSource.manager.findOne(Position, { where: { id: positionId } });
    if (!position) throw AppException.notFound('Position', positionId);
    if (position.status !== 'open') {
      throw new AppException(ErrorCode.Conflict, `Position ${positionId} is ${position.status}; only open positions are matched`, {
        positionId: `position is ${position.status}`,
      });
    }
    const current = await this.cache.load(this.dataSource);
    const { generation } = current;
    const engine = current.engine;
    const profile = talentProfile(talent);
    const problem = checkTalentProfile(profile);
    if (problem) throw unmatchable(`Talent ${talentId} cannot be matched`, problem.field, problem.reason);
    const rejected = current.rejected.find((r) => r.id === positionId);
    if (rejected) throw unmatchable(`Position ${positionId} cannot be matched`, rejected.problem.field ?? 'position', rejected.problem.reason);
    const teaching = await this.teaching.load(this.dataSource, engine.space);
    let result: MatchResult;
    let gaps: GapAdvice[];
    try {
      ({ result, gaps } = engine.withTalent(profile, () => {
        const explained = engine.explain(talentId, positionId);
        return { result: explained, gaps: skillGaps(engine, profile, explained).map((gap) => withTeaching(gap, teaching)) };
      }));
    } catch (error) {
      throw unmatchable(`Talent ${talentId} cannot be matched`, 'talent', (error as Error).message);
    }
    const stored = await this.dataSource.manager.findOne(Match, { where: { talentId, positionId } });
    return {
      ...result,
      gaps,
      stored: stored
        ? { score: stored.score, computedAt: stored.computedAt, talentVersion: stored.talentVersion, positionVersion: stored.positionVersion }
        : null,
      stale: stored ? stored.talentVersion < talent.version || stored.positionVersion < position.version || Number(stored.generation) < generation : false,
    };
  }

  /**
   * Why a talent has no eligible open position, counted over every open position of the current
   * generation: how many each eligibility rule blocks (a degree below the minimum, far fewer years, a
   * location the talent will not move to), in zh and en. Null when some position is eligible after all
   * (the stored row is then merely pending) or the profile cannot be scored (it is quarantined).
   */
  async whyNoEligiblePosition(talentId: string): Promise<NoRecommendationReason | null> {
    const talent = await this.dataSource.manager.findOne(Talent, { where: { id: talentId } });
    if (!talent) return null;
    const profile = talentProfile(talent);
    if (checkTalentProfile(profile)) return null;
    const { engine } = await this.cache.load(this.dataSource);
    if (engine.positionCount === 0) return NO_OPEN_POSITIONS;
    const blocked = new Map<string, { zh: string; en: string; positions: number }>();
    const anyEligible = engine.withTalent(profile, () => {
      const all = engine.rankPositionsForTalent(talentId, { limit: engine.positionCount, includeIneligible: true });
      if (all.some((hit) => hit.eligible)) return true;
      for (const hit of all) {
        for (const reason of engine.explain(talentId, hit.id).ineligibleReasons) {
          const entry = blocked.get(reason.code) ?? { ...(RULE_WORDS[reason.code] ?? reason), positions: 0 };
          entry.positions++;
          blocked.set(reason.code, entry);
        }
      }
      return false;
    });
    if (anyEligible) return null;
    const rules = [...blocked.entries()].sort((a, b) => b[1].positions - a[1].positions).map(([code, r]) => ({ code, ...r }));
    const counted = (lang: 'zh' | 'en') =>
      rules.map((r) => (lang === 'zh' ? `${r.positions} 个岗位：${r.zh}` : `${r.positions} positions: ${r.en}`)).join(lang === 'zh' ? '；' : '; ');
    return {
      code: 'no_eligible_position',
      openPositions: engine.positionCount,
      rules,
      message: {
        zh: `目前 ${engine.positionCount} 个在招岗位中没有您符合基本条件的岗位（${counted('zh')}）。补充学历、工作经历或愿意迁移的城市后会重新匹配。`,
        en: `None of the ${engine.positionCount} open positions is one you meet the basic conditions for (${counted('en')}). Adding degrees, work history or relocation preferences brings a new match.`,
      },
    };
  }

  /**
   * Gap advice for a talent against these positions (see gap-advice.ts), each gap with the programmes
   * that teach the skill. Positions the engine does not hold (closed, quarantined) get no entry.
   */
  async gaps(talentId: string, positionIds: string[], maxGaps = 3): Promise<Map<string, GapAdvice[]>> {
    const out = new Map<string, GapAdvice[]>();
    if (positionIds.length === 0) return out;
    const talent = await this.dataSource.manager.findOne(Talent, { where: { id: talentId } });
    if (!talent) return out;
    const profile = talentProfile(talent);
    if (checkTalentProfile(profile)) return out;
    const { engine } = await this.cache.load(this.dataSource);
    const teaching = await this.teaching.load(this.dataSource, engine.space);
    engine.withTalent(profile, () => {
      for (const positionId of positionIds) {
        if (!engine.hasPosition(positionId)) continue;
        const gaps = skillGaps(engine, profile, engine.explain(talentId, positionId), maxGaps);
        out.set(
          positionId,
          gaps.map((gap) => withTeaching(gap, teaching)),
        );
      }
    });
    return out;
  }
}
