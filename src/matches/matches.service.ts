import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page } from '../common/pagination/page-query.dto';
import { MatchQueryDto } from './match.dto';
import { Match } from './match.entity';

/** Stored matches, best first. They are written by the recompute pipeline, never through the API. */
@Injectable()
export class MatchesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: MatchQueryDto): Promise<Page<Match>> {
    const qb = this.dataSource.getRepository(Match).createQueryBuilder('m');
    if (query.talentId) qb.andWhere('m.talent_id = :talentId', { talentId: query.talentId });
    if (query.positionId) qb.andWhere('m.position_id = :positionId', { positionId: query.positionId });
    qb.orderBy('m.score', 'DESC')
      .addOrderBy('m.talent_id', 'ASC')
      .addOrderBy('m.position_id', 'ASC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page: query.page, limit: query.limit };
  }

  async coverage(minScore: number) {
    const rows: { position_id: string; strong: number }[] = await this.dataSource.query(
      `SELECT p.id AS position_id, count(m.talent_id)::int AS strong
         FROM position p LEFT JOIN match m ON m.position_id = p.id AND m.eligible AND m.score >= $1
        WHERE p.status = 'open'
        GROUP BY p.id`,
      [minScore],
    );
    return { minScore, items: rows.map((r) => ({ positionId: r.position_id, strongCandidates: r.strong })) };
  }
}
