import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getJson, signIn, startService } from './support/service-process';

/**
 * The zero-setup default, as `npm start` runs it: no DATABASE_URL and no REDIS_URL. The service runs an
 * embedded PostgreSQL (PGlite) in DATA_DIR, applies the migrations, loads the demo data on first start,
 * and keeps what was written through the API across a restart.
 */
describe('zero-setup start on embedded PostgreSQL (PGlite)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-embedded-'));
  const env = { DATA_DIR: dataDir };

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves health and the 225 demo positions, and keeps API writes and sign-ins across a restart', async () => {
    let service = await startService(env);
    let positionId: string;
    let token: string;
    try {
      const health = await getJson(`${service.url}/health`);
      expect(health.postgres).toMatchObject({ status: 'up', detail: 'embedded PGlite' });
      expect(health.redis.status).toBe('disabled');

      // Open positions are public job advertisements; talents' profiles need a staff account.
      const positions = await getJson(`${service.url}/positions?status=open`);
      expect(positions.total).toBe(225);
      expect((await fetch(`${service.url}/talents`)).status).toBe(401);
      token = await signIn(service.url, 'coordinator', 'Coord-demo-2026');
      const talents = await getJson(`${service.url}/talents`, token);
      expect(talents).toEqual(expect.objectContaining({ total: expect.any(Number) }));
      expect(talents.total).toBeGreaterThanOrEqual(1800);

      const created = await fetch(`${service.url}/positions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ enterpriseId: positions.items[0].enterpriseId, title: '重启后仍在的岗位𠮷', industry: 'rare_earth', headcount: 2 }),
      });
      expect(created.status).toBe(201);
      positionId = ((await created.json()) as { id: string }).id;
    } finally {
      // A clean shutdown (Nest re-raises SIGTERM after closing the app and the embedded database).
      expect([0, 'SIGTERM']).toContain(await service.stop());
    }

    service = await startService(env);
    try {
      const again = await fetch(`${service.url}/positions/${positionId}`);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { title: string }).title).toBe('重启后仍在的岗位𠮷');
      // The signing key is kept in DATA_DIR: a token issued before the restart is still valid.
      const positions = await getJson(`${service.url}/positions`, token);
      expect(positions.total).toBe(226);
    } finally {
      await service.stop();
    }
  });
});
