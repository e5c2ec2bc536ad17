import { EntityManager } from 'typeorm';
import { passwordHasher } from '../auth/password-hasher';
import type { Role } from '../auth/principal';
import { UserAccount } from '../auth/user-account.entity';

/**
 * One account per role for the demo (documented in the README; never for production data). Enterprise
 * users are bound by enterprise key; the two talents are the first rare-earth profiles living in 包头.
 */
export const DEMO_ACCOUNTS: readonly { username: string; password: string; role: Role; displayName: string; enterpriseKey?: string; talentRank?: number }[] = [
  { username: 'admin', password: 'Admin-demo-2026', role: 'admin', displayName: '系统管理员' },
  { username: 'coordinator', password: 'Coord-demo-2026', role: 'coordinator', displayName: '人才办协调员' },
  { username: 'northern-rare-earth', password: 'Ent-demo-2026', role: 'enterprise', displayName: '北方稀土 人力资源部', enterpriseKey: 'ent-northern-rare-earth' },
  { username: 'weifeng', password: 'Ent-demo-2026', role: 'enterprise', displayName: '威丰稀土 人力资源部', enterpriseKey: 'ent-weifeng' },
  { username: 'talent', password: 'Talent-demo-2026', role: 'talent', displayName: '', talentRank: 0 },
  { username: 'talent2', password: 'Talent-demo-2026', role: 'talent', displayName: '', talentRank: 1 },
];

/** Creates the demo accounts that are missing; returns how many it created. */
export async function ensureDemoAccounts(manager: EntityManager): Promise<number> {
  const talents: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM talent WHERE current_city = '包头' AND headline LIKE '%稀土%' AND external_key IS NOT NULL
      ORDER BY length(external_key), external_key LIMIT 2`,
  );
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await manager.exists(UserAccount, { where: { username: account.username } })) continue;
    let enterpriseId: string | null = null;
    let talentId: string | null = null;
    let displayName = account.displayName;
    if (account.enterpriseKey) {
      const [row] = await manager.query('SELECT id FROM enterprise WHERE external_key = $1', [account.enterpriseKey]);
      if (!row) continue;
      enterpriseId = row.id;
    }
    if (account.talentRank !== undefined) {
      const talent = talents[account.talentRank];
      if (!talent || (await manager.exists(UserAccount, { where: { talentId: talent.id } }))) continue;
      talentId = talent.id;
      displayName = talent.name;
    }
    const passwordHash = await passwordHasher.hash(account.password);
    await manager.insert(UserAccount, { username: account.username, displayName, passwordHash, role: account.role, enterpriseId, talentId });
    created++;
  }
  return created;
}
