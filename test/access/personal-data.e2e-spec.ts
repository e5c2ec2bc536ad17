import Redis from 'ioredis';
import { RetentionService } from '../../src/privacy/retention.service';
import { createEnterprise, createPosition, talentBody } from '../support/factories';
import { redisText } from '../support/redis-text';
import { startTestApp, TestApp } from '../support/test-app';
import { insertMatch } from './access-fixture';

const CANARY = '13800000001';

/**
 * PIPL: contact details reach an enterprise only while the talent's consent to it holds; every reveal is
 * audited and visible to the talent; a talent can take their data with them and be forgotten.
 */
describe('personal data: consent, masking, audit, export, erasure and retention', () => {
  let t: TestApp;
  let redis: Redis;
  let enterpriseId: string;
  let positionId: string;
  let talentId: string;
  let enterprise: ReturnType<TestApp['as']>;
  let talent: ReturnType<TestApp['as']>;

  beforeAll(async () => {
    t = await startTestApp();
    redis = new Redis(t.config.redisUrl!);
    enterpriseId = (await createEnterprise(t)).id;
    positionId = (await createPosition(t, enterpriseId)).id;
    talentId = (await t.http().post('/talents').send(talentBody({ name: '张伟', contact: { phone: CANARY, email: 'zhang.wei@example.cn' } })).expect(201)).body.id;
    await insertMatch(t, talentId, positionId);
    enterprise = t.as((await t.account('enterprise', { enterpriseId })).token);
    talent = t.as((await t.account('talent', { talentId })).token);
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
  });

  /** Everything an enterprise user can reach about this talent, including an error and an export. */
  async function enterpriseView(): Promise<string> {
    const responses = await Promise.all([
      enterprise.get(`/positions/${positionId}/candidates`),
      enterprise.get(`/positions/${positionId}/candidates?exposure=allocated`),
      enterprise.get(`/talents/${talentId}`),
      enterprise.get(`/talents/${talentId}/contact`),
      enterprise.get(`/matches/${talentId}/${positionId}`),
      enterprise.get(`/exports/candidates/${positionId}?format=csv`).buffer(true).parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      }),
      enterprise.get('/consents'),
      enterprise.get(`/positions?enterpriseId=${enterpriseId}`),
      enterprise.get('/talents'),
      enterprise.patch(`/talents/${talentId}`).send({ version: 1, name: 'x' }),
      enterprise.put(`/talents/${talentId}/contact`).send({ phone: CANARY }),
    ]);
    for (const res of responses) expect(res.status).toBeLessThan(500);
    return responses.map((res) => JSON.stringify(res.headers) + (typeof res.body === 'string' ? res.body : JSON.stringify(res.body)) + (res.text ?? '')).join('\n');
  }

  it('keeps the canary phone out of everything an enterprise reaches and out of Redis until consent, and again after withdrawal', async () => {
    const before = await enterpriseView();
    expect(before).not.toContain(CANARY);
    expect(before).not.toContain('张伟');
    expect(before).toContain('张*');
    expect(before).toContain('138****0001');
    expect(await redisText(redis)).not.toContain(CANARY);

    const requested = await enterprise.post('/consent-requests').send({ talentId, purpose: '沟通稀土萃取工程师岗位面试' }).expect(201);
    expect(requested.body).toMatchObject({ status: 'requested', enterpriseId });
    expect(await enterpriseView()).not.toContain(CANARY);

    const granted = await talent.post(`/consents/${requested.body.id}/grant`).send({ validDays: 30 }).expect(200);
    expect(granted.body.status).toBe('granted');
    const contact = await enterprise.get(`/talents/${talentId}/contact`).expect(200);
    expect(contact.body).toMatchObject({ phone: CANARY, name: '张伟', masked: false, consentStatus: 'granted' });
    const list = await enterprise.get(`/positions/${positionId}/candidates`).expect(200);
    expect(list.body.items[0]).toMatchObject({ talentId, name: '张伟', consentStatus: 'granted' });

    // The reveal is in the audit log and the talent sees who looked.
    const views = await talent.get('/me/contact-views').expect(200);
    expect(views.body.items).toHaveLength(1);
    expect(views.body.items[0]).toMatchObject({ actorRole: 'enterprise' });
    const audit = await t.http().get(`/audit?talentId=${talentId}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['consent.grant', 'consent.request', 'contact.reveal']);

    await talent.post(`/consents/${requested.body.id}/withdraw`).expect(200);
    const after = await enterpriseView();
    expect(after).not.toContain(CANARY);
    expect(after).toContain('张*');
    expect(await redisText(redis)).not.toContain(CANARY);
  });

  it('lets staff read contacts, logging each reveal', async () => {
    const coordinator = t.as((await t.account('coordinator')).token);
    await coordinator.get(`/talents/${talentId}/contact`).expect(200);
    await coordinator.get(`/talents/${talentId}/contact`).expect(200);
    const reveals = await t.http().get(`/audit?talentId=${talentId}&action=contact.reveal`).expect(200);
    expect(reveals.body.items.filter((e: { actorRole: string }) => e.actorRole === 'coordinator')).toHaveLength(2);
  });

  it('exports all of a talent\'s own data as JSON', async () => {
    const exported = await talent.get('/me/export').expect(200);
    expect(exported.body.profile).toMatchObject({ id: talentId, name: '张伟' });
    expect(exported.body.contact).toEqual({ phone: CANARY, email: 'zhang.wei@example.cn' });
    expect(exported.body.account).toMatchObject({ role: 'talent', talentId });
    expect(exported.body.consents[0]).toMatchObject({ status: 'withdrawn', enterprise_id: enterpriseId });
    expect(exported.body.matches[0]).toMatchObject({ position_id: positionId });
    expect(exported.body.auditEvents.length).toBeGreaterThanOrEqual(4);
  });

  it('erases a deleted talent: no profile, match, queue payload or readable audit trace is left', async () => {
    // A pending recompute: the edit's job waits in BullMQ (no worker runs in this test).
    const profile = (await talent.get(`/talents/${talentId}`).expect(200)).body;
    await talent.patch(`/talents/${talentId}`).send({ version: profile.version, summary: '更新简介' }).expect(200);
    await enterprise.put(`/positions/${positionId}/candidates/${talentId}/decision`).send({ decision: 'shortlisted' }).expect(200);
    await waitFor(async () => (await redisText(redis)).includes(talentId));

    await talent.delete('/me').expect(204);
    await talent.get('/auth/me').expect(401);

    expect(await tablesMentioning(t, talentId)).toEqual([]);
    expect(await tablesMentioning(t, CANARY)).toEqual([]);
    expect(await tablesMentioning(t, '张伟')).toEqual([]);
    expect(await redisText(redis)).not.toContain(talentId);
    const erased = await t.http().get('/audit?action=talent.erase').expect(200);
    expect(erased.body.items).toHaveLength(1);
    expect(erased.body.items[0]).toMatchObject({ talentId: null, details: { reason: 'self' } });
  });

  it('erases talents idle longer than the retention period', async () => {
    const idle = (await t.http().post('/talents').send(talentBody()).expect(201)).body.id;
    const active = (await t.http().post('/talents').send(talentBody()).expect(201)).body.id;
    await t.account('talent', { talentId: idle });
    await t.dataSource.query(`UPDATE talent SET updated_at = now() - interval '800 days' WHERE id = $1`, [idle]);
    const erased = await t.app.get(RetentionService).sweep(730);
    expect(erased).toBe(1);
    expect(await t.dataSource.query('SELECT id FROM talent WHERE id = ANY($1::uuid[])', [[idle, active]])).toEqual([{ id: active }]);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Tables with any row whose text contains the needle. */
async function tablesMentioning(t: TestApp, needle: string): Promise<string[]> {
  const tables: { tablename: string }[] = await t.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  const hits: string[] = [];
  for (const { tablename } of tables) {
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${tablename}" x WHERE x::text LIKE $1`, [`%${needle}%`]);
    if (row.n > 0) hits.push(tablename);
  }
  return hits;
}
