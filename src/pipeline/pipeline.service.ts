import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { maskEmail, maskName, maskPhone } from '../consents/masking';
import { TalentAccessService } from '../access/talent-access.service';
import { entryView } from './interest.service';
import { MovePipelineDto, PipelineQueryDto, PipelineSort } from './pipeline.dto';
import type { PipelineNote, StageChange } from './pipeline-entry.entity';
import { allowedMoves, canMove, filledDelta, PIPELINE_STAGES, PipelineStage } from './stages';

const ORDER: Record<PipelineSort, string> = {
  updated: 'pe.updated_at DESC',
  stage: `array_position(ARRAY[${PIPELINE_STAGES.map((s) => `'${s}'`).join(',')}]::text[], pe.stage) DESC, pe.updated_at DESC`,
  applied: 'pe.applied_at DESC NULLS LAST, pe.updated_at DESC',
};

/**
 * The hiring pipeline of one opening, read and moved by the enterprise that owns it (or the talent office;
 * the controller checks that). Contacts are unmasked where the talent's consent to the enterprise is valid
 * (applying grants it), and each unmasked contact shown is an audited reveal.
 */
@Injectable()
export class PipelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly talents: TalentAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, positionId: string, query: PipelineQueryDto) {
    const [position]: { headcount: number; filled_count: number }[] = await this.dataSource.query('SELECT headcount, filled_count FROM position WHERE id = $1', [positionId]);
    // Staff pass the ownership check for any id: a missing position is still a 404.
    if (!position) throw AppException.notFound('Position', positionId);
    const params: unknown[] = [positionId];
    let where = 'pe.position_id = $1';
    if (query.stage) where += ` AND pe.stage = $${params.push(query.stage)}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM pipeline_entry pe WHERE ${where}`, params);
    const order = `${ORDER[query.sort ?? 'updated']}, pe.id LIMIT $${params.push(query.limit)} OFFSET $${params.push((query.page - 1) * query.limit)}`;
    const items = await this.entries(principal, positionId, where, params, order);
    const countRows: { stage: PipelineStage; n: number }[] = await this.dataSource.query(
      'SELECT stage, count(*)::int AS n FROM pipeline_entry WHERE position_id = $1 GROUP BY stage',
      [positionId],
    );
    const counts = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, countRows.find((c) => c.stage === s)?.n ?? 0]));
    return { items, total, page: query.page, limit: query.limit, headcount: position.headcount, filledCount: position.filled_count, counts };
  }

  private async entries(principal: Principal, positionId: string, where: string, params: unknown[], order: string) {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT pe.*, t.name, c.phone, c.email, m.score
         FROM pipeline_entry pe JOIN talent t ON t.id = pe.talent_id
         LEFT JOIN talent_contact c ON c.talent_id = pe.talent_id
         LEFT JOIN match m ON m.talent_id = pe.talent_id AND m.position_id = pe.position_id
        WHERE ${where} ORDER BY ${order}`,
      params,
    );
    const identity = await this.talents.identityView(principal, rows.map((r) => r.talent_id as string));
    const items = rows.map((r) => {
      const talentId = r.talent_id as string;
      const masked = identity.masked(talentId);
      const name = r.name as string;
      const phone = r.phone as string | null;
      const email = r.email as string | null;
      return {
        ...entryView(r),
        history: r.history as StageChange[],
        notes: r.notes as PipelineNote[],
        allowedMoves: [...allowedMoves(r.stage as PipelineStage)],
        score: r.score === null || r.score === undefined ? null : Number(r.score),
        name: masked ? maskName(name) : name,
        phone: masked ? maskPhone(phone) : phone,
        email: masked ? maskEmail(email) : email,
        masked,
        consentStatus: identity.consentStatus ? identity.consentStatus(talentId) : 'granted',
      };
    });
    for (const item of items) {
      if (!item.masked && (item.phone || item.email)) {
        await this.audit.record({ action: 'contact.reveal', actor: principal, talentId: item.talentId, details: { via: 'pipeline', positionId } });
      }
    }
    return items;
  }

  /** Moves a stage and/or adds a note, at the version the caller read; 入职 fills a headcount, leaving it frees one. */
  async move(principal: Principal, positionId: string, talentId: string, input: MovePipelineDto) {
    if (input.stage === undefined && !input.note) throw AppException.validation({ stage: 'send a stage, a note or both' });
    await this.dataSource.transaction(async (manager) => {
      const [entry]: { id: string; stage: PipelineStage; version: number; withdrawn_at: Date | null }[] = await manager.query(
        'SELECT id, stage, version, withdrawn_at FROM pipeline_entry WHERE position_id = $1 AND talent_id = $2 FOR UPDATE',
        [positionId, talentId],
      );
      if (!entry) throw AppException.notFound('Candidate', talentId);
      if (entry.version !== input.version) throw AppException.versionConflict('PipelineEntry', entry.id, entry.version);
      const now = new Date().toISOString();
      const by = { byUserId: principal.userId, byRole: principal.role, at: now };
      const change: StageChange[] = [];
      if (input.stage !== undefined && input.stage !== entry.stage) {
        if (!canMove(entry.stage, input.stage)) throw AppException.validation({ stage: `cannot move from ${entry.stage} to ${input.stage}` });
        if (entry.withdrawn_at && input.stage !== 'rejected') throw AppException.validation({ stage: 'the talent withdrew; only rejected is possible' });
        change.push({ from: entry.stage, to: input.stage, ...by });
        const delta = filledDelta(entry.stage, input.stage);
        if (delta !== 0) await this.changeFilled(manager, positionId, delta);
      }
      const note: PipelineNote[] = input.note ? [{ text: input.note, ...by }] : [];
      const result: unknown[] = await manager.query(
        `UPDATE pipeline_entry SET stage = $3, history = history || $4::jsonb, notes = notes || $5::jsonb, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [entry.id, entry.version, change[0]?.to ?? entry.stage, JSON.stringify(change), JSON.stringify(note)],
      );
      if ((result[0] as unknown[]).length === 0) throw AppException.versionConflict('PipelineEntry', entry.id, entry.version + 1);
      if (change.length) {
        await this.audit.record({ action: 'pipeline.move', actor: principal, talentId, details: { positionId, from: entry.stage, to: change[0].to } }, manager);
      }
    });
    const [item] = await this.entries(principal, positionId, 'pe.position_id = $1 AND pe.talent_id = $2', [positionId, talentId], 'pe.id');
    return item;
  }

  private async changeFilled(manager: EntityManager, positionId: string, delta: number): Promise<void> {
    const rows: unknown[] = await manager.query(
      `UPDATE position SET filled_count = filled_count + $2, updated_at = now()
        WHERE id = $1 AND filled_count + $2 BETWEEN 0 AND headcount RETURNING id`,
      [positionId, delta],
    );
    if ((rows[0] as unknown[]).length === 0) throw new AppException(ErrorCode.Conflict, 'The opening has no free headcount', { stage: 'the opening is already filled' });
  }
}
