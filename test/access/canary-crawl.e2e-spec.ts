import Redis from 'ioredis';
import { REBUILD_ALL } from '../../src/recompute/outbox';
import { RecomputeRunner } from '../../src/recompute/recompute-runner.service';
import { redisText } from '../support/redis-text';
import { startTestApp, TestApp } from '../support/test-app';

/** Every demo talent's phone is a canary: 1380000 followed by four digits. */
const CANARY = /1380000\d{4}/;

/**
 * On the demo data set with all matches computed, an enterprise user walks everything it can reach:
 * its openings, every candidate list (both orders), each candidate's profile, contact view and
 * explanation, the exports, consents, users, a page of errors. No seeded phone number may appear, nor
 * in Redis. The demo talent then grants consent and withdraws it: between the two, that talent's
 * number (and only that one) is revealed; afterwards nothing again.
 */
describe('seeded canary phone numbers on the demo data', () => {
  let t: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    await t.app.get(RecomputeRunner).run('rebuild', REBUILD_ALL);
    redis = new Redis(t.config.redisUrl!);
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
  });

  async function signIn(username: string, password: string) {
    const res = await t.anon().post('/auth/login').send({ username, password }).expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(CANARY);
    return { agent: t.as(res.body.accessToken), user: res.body.user as { enterpriseId: string; talentId: string } };
  }

  /** Every response body the enterprise user can reach, and the candidates it saw. */
  async function crawl(agent: ReturnType<TestApp['as']>, enterpriseId: string, alwaysVisit: string | null = null) {
    const texts: string[] = [];
    const candidates = new Set<string>();
    const take = async (path: string) => {
      const res = await agent.get(path).buffer(true);
      expect(res.status).toBeLessThan(500);
      texts.push(res.text ?? JSON.stringify(res.body));
      return res;
    };
    const positions = (await take(`/positions?enterpriseId=${enterpriseId}&limit=100`)).body.items as { id: string }[];
    expect(positions.length).toBeGreaterThan(5);
    for (const position of positions) {
      for (const order of ['', '&exposure=allocated']) {
        const list = await take(`/positions/${position.id}/candidates?limit=200${order}`);
        for (const item of list.body.items as { talentId: string }[]) candidates.add(`${item.talentId}|${position.id}`);
      }
      await take(`/exports/candidates/${position.id}?format=csv`);
      await take(`/positions/${position.id}`);
    }
    // Profiles and contact views of a spread of candidates (every 10th, and the demo talent), explanations of some.
    const pairs = [...candidates].filter((pair, i) => i % 10 === 0 || pair.startsWith(`${alwaysVisit}|`));
    for (const [i, pair] of pairs.entries()) {
      const [talentId, positionId] = pair.split('|');
      await take(`/talents/${talentId}`);
      await take(`/talents/${talentId}/contact`);
      if (i % 5 === 0 || talentId === alwaysVisit) await take(`/matches/${talentId}/${positionId}`);
    }
    for (const path of ['/consents', '/users', '/auth/me', '/positions?limit=100', '/enterprises', '/talents', '/audit', '/matches', '/talents/00000000-0000-0000-0000-000000000000']) {
      await take(path);
    }
    return { text: texts.join('\n'), candidates: new Set([...candidates].map((p) => p.split('|')[0])) };
  }

  it('never shows an enterprise a seeded phone number without consent, and only the consenting talent\'s while it lasts', async () => {
    const { agent: enterprise, user } = await signIn('northern-rare-earth', 'Ent-demo-2026');
    const before = await crawl(enterprise, user.enterpriseId, null);
    const talentId = (await t.dataSource.query(`SELECT talent_id FROM user_account WHERE username = 'talent'`))[0].talent_id as string;
    expect(before.candidates.size).toBeGreaterThan(50);
    expect(before.text).not.toMatch(CANARY);
    expect(await redisText(redis)).not.toMatch(CANARY);

    // The demo talent is a candidate of this enterprise: ask, grant, read, withdraw.
    const { agent: talent, user: talentUser } = await signIn('talent', 'Talent-demo-2026');
    expect(before.candidates.has(talentUser.talentId)).toBe(true);
    const request = await enterprise.post('/consent-requests').send({ talentId: talentUser.talentId, purpose: '面试邀约' }).expect(201);
    await talent.post(`/consents/${request.body.id}/grant`).send({}).expect(200);
    const [phone] = (await t.dataSource.query('SELECT phone FROM talent_contact WHERE talent_id = $1', [talentUser.talentId])) as { phone: string }[];
    expect(phone.phone).toMatch(CANARY);
    const during = await crawl(enterprise, user.enterpriseId, talentId);
    const revealed = new Set(during.text.match(new RegExp(CANARY, 'g')));
    expect([...revealed]).toEqual([phone.phone]);

    await talent.post(`/consents/${request.body.id}/withdraw`).expect(200);
    const after = await crawl(enterprise, user.enterpriseId, talentId);
    expect(after.text).not.toMatch(CANARY);
    expect(await redisText(redis)).not.toMatch(CANARY);
  }, 600_000);
});
