import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/bootstrap/create-app';
import { loadConfig } from '../src/config/app-config';

/**
 * The zero-setup default: no DATABASE_URL and no REDIS_URL. The service runs an embedded PostgreSQL
 * (PGlite) in DATA_DIR, applies the migrations, loads the demo data on first start, and keeps what was
 * written through the API across a restart.
 */
describe('zero-setup start on embedded PostgreSQL (PGlite)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-embedded-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error' };

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const app = await createApp(loadConfig(env));
    await app.init();
    return app;
  }

  it('serves health and the 225 demo positions, and keeps API writes across a restart', async () => {
    let app = await start();
    let positionId: string;
    try {
      const health = await request(app.getHttpServer()).get('/health').expect(200);
      expect(health.body.postgres).toMatchObject({ status: 'up', detail: 'embedded PGlite' });
      expect(health.body.redis.status).toBe('disabled');

      const positions = await request(app.getHttpServer()).get('/positions?status=open').expect(200);
      expect(positions.body.total).toBe(225);
      const talents = await request(app.getHttpServer()).get('/talents').expect(200);
      expect(talents.body.total).toBeGreaterThanOrEqual(1800);

      const enterprise = positions.body.items[0].enterpriseId as string;
      const created = await request(app.getHttpServer())
        .post('/positions')
        .send({ enterpriseId: enterprise, title: '重启后仍在的岗位𠮷', industry: 'rare_earth', headcount: 2 })
        .expect(201);
      positionId = created.body.id;
    } finally {
      await app.close();
    }

    app = await start();
    try {
      const again = await request(app.getHttpServer()).get(`/positions/${positionId}`).expect(200);
      expect(again.body.title).toBe('重启后仍在的岗位𠮷');
      const positions = await request(app.getHttpServer()).get('/positions').expect(200);
      expect(positions.body.total).toBe(226);
    } finally {
      await app.close();
    }
  });
});
