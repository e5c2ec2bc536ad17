import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DataSource } from 'typeorm';
import { PositionAccessService } from '../access/position-access.service';
import type { Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { CandidateDecision } from './candidate-decision.entity';
import { CandidateDecisionDto } from './candidate-decision.dto';

/** Shortlist and reject marks an enterprise puts on the candidates of its own openings. */
@Injectable()
export class CandidateDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: PositionAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async decide(principal: Principal, positionId: string, talentId: string, input: CandidateDecisionDto) {
    await this.positions.assertManaged(principal, positionId);
    // A candidate is a stored eligible match at or above the store threshold (what the candidate list shows).
    const [candidate] = await this.dataSource.query(
      'SELECT 1 FROM match WHERE position_id = $1 AND talent_id = $2 AND eligible AND score >= $3',
      [positionId, talentId, this.config.matchStoreMinScore],
    );
    if (!candidate) throw AppException.notFound('Candidate', talentId);
    if (input.decision === 'none') {
      await this.dataSource.manager.delete(CandidateDecision, { positionId, talentId });
      return { positionId, talentId, decision: 'none' as const, decidedAt: null };
    }
    const row = { positionId, talentId, decision: input.decision, decidedBy: principal.userId, decidedAt: new Date() };
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(CandidateDecision, row, ['positionId', 'talentId']);
      // The shortlist is the pipeline's first view: a shortlisted candidate enters it at 推荐 (source matched).
      if (input.decision === 'shortlisted') {
        const history = [{ from: null, to: 'recommended', byUserId: principal.userId, byRole: principal.role, at: row.decidedAt.toISOString() }];
        await manager.query(
          `INSERT INTO pipeline_entry (position_id, talent_id, source, stage, history) VALUES ($1, $2, 'matched', 'recommended', $3::jsonb)
           ON CONFLICT (position_id, talent_id) DO NOTHING`,
          [positionId, talentId, JSON.stringify(history)],
        );
      }
    });
    return { positionId, talentId, decision: row.decision, decidedAt: row.decidedAt };
  }
}
