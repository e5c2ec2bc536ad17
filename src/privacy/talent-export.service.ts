import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserAccount } from '../auth/user-account.entity';
import { userView } from '../auth/auth.service';
import { AppException } from '../common/errors/app-exception';
import { TalentContact } from '../talents/talent-contact.entity';
import { Talent } from '../talents/talent.entity';

/** Everything the service holds about one talent, as one JSON document (PIPL art. 45, portability). */
@Injectable()
export class TalentExportService {
  constructor(private readonly dataSource: DataSource) {}

  async export(talentId: string) {
    const manager = this.dataSource.manager;
    const profile = await manager.findOneBy(Talent, { id: talentId });
    if (!profile) throw AppException.notFound('Talent', talentId);
    const account = await manager.findOneBy(UserAccount, { talentId });
    const [contact, consents, matches, decisions, pipeline, auditEvents] = await Promise.all([
      manager.findOneBy(TalentContact, { talentId }),
      manager.query(
        `SELECT c.id, c.enterprise_id, e.name_zh AS enterprise_name, c.purpose, c.status, c.requested_at, c.granted_at, c.withdrawn_at, c.expires_at
           FROM consent c JOIN enterprise e ON e.id = c.enterprise_id WHERE c.talent_id = $1 ORDER BY c.updated_at DESC`,
        [talentId],
      ),
      manager.query(
        `SELECT m.position_id, p.title, e.name_zh AS enterprise_name, m.score, m.eligible, m.components, m.explanation, m.computed_at
           FROM match m JOIN position p ON p.id = m.position_id JOIN enterprise e ON e.id = p.enterprise_id
          WHERE m.talent_id = $1 ORDER BY m.score DESC`,
        [talentId],
      ),
      manager.query(
        `SELECT d.position_id, p.title, d.decision, d.decided_at FROM candidate_decision d JOIN position p ON p.id = d.position_id WHERE d.talent_id = $1`,
        [talentId],
      ),
      // Applications, invitations and hiring stages, with the enterprise's notes: personal data about them too.
      manager.query(
        `SELECT pe.position_id, p.title, e.name_zh AS enterprise_name, pe.source, pe.stage, pe.applied_at, pe.interest_note, pe.invited_at,
                pe.invite_note, pe.withdrawn_at, pe.history, pe.notes, pe.updated_at
           FROM pipeline_entry pe JOIN position p ON p.id = pe.position_id JOIN enterprise e ON e.id = p.enterprise_id
          WHERE pe.talent_id = $1 ORDER BY pe.updated_at DESC`,
        [talentId],
      ),
      manager.query(`SELECT at, action, actor_role, enterprise_id, details FROM audit_event WHERE talent_id = $1 ORDER BY at DESC`, [talentId]),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      account: account ? { ...userView(account), createdAt: account.createdAt, lastLoginAt: account.lastLoginAt } : null,
      profile,
      contact: contact ? { phone: contact.phone, email: contact.email } : null,
      consents,
      matches,
      decisions,
      pipeline,
      auditEvents,
    };
  }
}
