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

export interface PairExplanation extends MatchResult {
  /** The stored row, when there is one (only eligible pairs above the store threshold are stored). */
  stored: { score: number; computedAt: Date; talentVersion: number; positionVersion: number } | null;
  /** True when the stored row was computed from older data than the explanation shown. */
  stale: boolean;
}

/** A stored record the engine cannot use (it is quarantined by the recompute pipeline too). */
function unmatchable(message: string, field: string, reason: string): AppException {
  return new AppException(ErrorCode.Unmatchable, `${message}: ${field} ${reason}`, { [field]: reason });
}

/** Explains any pair on demand with the engine of the current generation, eligible or not. */
@Injectable()
export class LiveMatchService {
  private readonly cache = new EngineCache();

  constructor(private readonly dataSource: DataSource) {}

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
    const engine = current.engine();
    const profile = talentProfile(talent);
    const problem = checkTalentProfile(profile);
    if (problem) throw unmatchable(`Talent ${talentId} cannot be matched`, problem.field, problem.reason);
    const rejected = current.rejected.find((r) => r.id === positionId);
    if (rejected) throw unmatchable(`Position ${positionId} cannot be matched`, rejected.problem.field ?? 'position', rejected.problem.reason);
    let result: MatchResult;
    try {
      engine.upsertTalent(profile);
      result = engine.explain(talentId, positionId);
    } catch (error) {
      throw unmatchable(`Talent ${talentId} cannot be matched`, 'talent', (error as Error).message);
    } finally {
      engine.removeTalent(talentId);
    }
    const stored = await this.dataSource.manager.findOne(Match, { where: { talentId, positionId } });
    return {
      ...result,
      stored: stored
        ? { score: stored.score, computedAt: stored.computedAt, talentVersion: stored.talentVersion, positionVersion: stored.positionVersion }
        : null,
      stale: stored ? stored.talentVersion < talent.version || stored.positionVersion < position.version || Number(stored.generation) < generation : false,
    };
  }
}
