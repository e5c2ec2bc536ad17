import { createEnterprise, createPosition, talentBody, universityBody } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('REST API CRUD, filters and pagination (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a position', async () => {
    const enterprise = await createEnterprise(t);
    const position = await createPosition(t, enterprise.id, { title: '取向硅钢退火工艺工程师', industry: 'electrical_steel' });
    const read = await t.http().get(`/positions/${position.id}`).expect(200);
    expect(read.body).toMatchObject({ title: '取向硅钢退火工艺工程师', version: 1, status: 'open', headcount: 3 });
    expect(read.body.requiredSkills).toEqual([{ name: '溶剂萃取', weight: 2, minLevel: 3 }]);

    const updated = await t.http().patch(`/positions/${position.id}`).send({ version: 1, status: 'paused', filledCount: 1 }).expect(200);
    expect(updated.body).toMatchObject({ status: 'paused', filledCount: 1, version: 2 });

    await t.http().delete(`/positions/${position.id}?version=2`).expect(204);
    await t.http().get(`/positions/${position.id}`).expect(404);
  });

  it('refuses to delete an enterprise that still has positions, without a 500', async () => {
    const enterprise = await createEnterprise(t);
    await createPosition(t, enterprise.id);
    const res = await t.http().delete(`/enterprises/${enterprise.id}`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('IN_USE');
    await t.http().get(`/enterprises/${enterprise.id}`).expect(200);
  });

  it('filters positions by status, enterprise, industry, city and tier, and pages them', async () => {
    const a = await createEnterprise(t, { industry: 'magnets' });
    const b = await createEnterprise(t, { industry: 'energy' });
    for (let i = 0; i < 5; i++) await createPosition(t, a.id, { industry: 'magnets', location: '包头', urgency: 1 + i });
    await createPosition(t, b.id, { industry: 'energy', location: '呼和浩特', tierSought: 'skilled_worker', status: 'paused' });

    const byEnterprise = await t.http().get(`/positions?enterpriseId=${a.id}&limit=2`).expect(200);
    expect(byEnterprise.body.total).toBe(5);
    expect(byEnterprise.body.items).toHaveLength(2);
    expect(byEnterprise.body.items.map((p: { urgency: number }) => p.urgency)).toEqual([5, 4]);
    const page3 = await t.http().get(`/positions?enterpriseId=${a.id}&limit=2&page=3`).expect(200);
    expect(page3.body.items).toHaveLength(1);

    const paused = await t.http().get(`/positions?status=paused&enterpriseId=${b.id}`).expect(200);
    expect(paused.body.total).toBe(1);
    const byCity = await t.http().get(`/positions?city=${encodeURIComponent('呼和浩特')}&tier=skilled_worker&industry=energy`).expect(200);
    expect(byCity.body.total).toBe(1);
    const urgent = await t.http().get(`/positions?enterpriseId=${a.id}&minUrgency=4`).expect(200);
    expect(urgent.body.total).toBe(2);
  });

  it('keeps talent contact details out of the profile and lists', async () => {
    const created = await t.http().post('/talents').send(talentBody({ contact: { phone: '13900007777', email: 'A@Example.cn' } })).expect(201);
    expect(JSON.stringify(created.body)).not.toContain('13900007777');
    const list = await t.http().get('/talents?limit=100').expect(200);
    expect(JSON.stringify(list.body)).not.toContain('13900007777');
    const contact = await t.http().get(`/talents/${created.body.id}/contact`).expect(200);
    expect(contact.body).toEqual({ talentId: created.body.id, name: created.body.name, phone: '13900007777', email: 'a@example.cn', masked: false });
    const tierFilter = await t.http().get('/talents?tier=shortage_professional&city=%E5%8C%85%E5%A4%B4').expect(200);
    expect(tierFilter.body.total).toBeGreaterThanOrEqual(1);
    await t.http().delete(`/talents/${created.body.id}`).expect(204);
    const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM talent_contact WHERE talent_id = $1', [created.body.id]);
    expect(rows[0].n).toBe(0);
  });

  it('manages universities and their programmes', async () => {
    const uni = await t.http().post('/universities').send(universityBody({ partnershipTypes: ['job_fair', 'internship'] })).expect(201);
    const programme = await t
      .http()
      .post('/programmes')
      .send({ universityId: uni.body.id, major: '冶金工程', majorCode: '080404', degree: 'bachelor', graduatesPerYear: 120, skillsTaught: ['溶剂萃取'] })
      .expect(201);
    expect(programme.body).toMatchObject({ major: '冶金工程', graduationMonth: 6, version: 1 });
    const byPartnership = await t.http().get('/universities?partnershipType=internship').expect(200);
    expect(byPartnership.body.items.map((u: { id: string }) => u.id)).toContain(uni.body.id);
    const byUni = await t.http().get(`/programmes?universityId=${uni.body.id}`).expect(200);
    expect(byUni.body.total).toBe(1);
    const half = await t.http().post('/universities').send(universityBody({ longitude: null, latitude: 40 }));
    expect(half.status).toBe(400);
    expect(half.body.fields).toHaveProperty('longitude');
  });

  it('manages the skill taxonomy and refuses cycles', async () => {
    await t.http().post('/skills').send({ id: 'test-parent', nameZh: '父技能', nameEn: 'Parent', category: 'process' }).expect(201);
    await t.http().post('/skills').send({ id: 'test-child', nameZh: '子技能', nameEn: 'Child', category: 'process', broaderId: 'test-parent' }).expect(201);
    const cyclic = await t.http().patch('/skills/test-parent').send({ version: 1, broaderId: 'test-child' });
    expect(cyclic.status).toBe(400);
    expect(cyclic.body.fields).toHaveProperty('broaderId');
    const badId = await t.http().get('/skills/Not A Slug');
    expect(badId.status).toBe(400);
  });

  it('reports health of PostgreSQL and Redis and serves the OpenAPI document', async () => {
    const health = await t.http().get('/health').expect(200);
    expect(health.body.postgres.status).toBe('up');
    expect(health.body.redis.status).toBe('up');
    const doc = await t.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/positions', '/positions/{id}', '/talents', '/health']));
    expect(doc.body.components.schemas.CreatePositionDto.properties).toHaveProperty('requiredSkills');
  });

  it('reports Redis down as 503 when the configured Redis does not answer', async () => {
    const other = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await other.http().get('/health');
      expect(res.status).toBe(503);
      expect(res.body.redis.status).toBe('down');
    } finally {
      await other.close();
    }
  });
});
