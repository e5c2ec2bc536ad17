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
}
