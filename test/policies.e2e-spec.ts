import { loadDemoPolicies } from '../src/seed/demo-loader';
import { DEMO_POLICIES } from '../src/seed/demo/policies';
import { insertMatch } from './access/access-fixture';
import { createEnterprise, createPosition, talentBody } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const lucheng = {
  nameZh: '鹿城英才',
  nameEn: 'Lucheng Talents',
  issuer: '包头市',
  conditions: [
    { kind: 'minDegree', value: 'master' },
    { kind: 'minYearsExperience', value: 5 },
    { kind: 'employerKeyChain', value: true },
  ],
  benefits: [{ kind: 'subsidy', amountYuan: 50000, descriptionZh: '入选奖励', amountIsExample: true }],
  illustrative: true,
};

describe('policies (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = (await t.account('coordinator')).token;
  });
  afterAll(async () => t?.close());

  it('are created, read, edited with the version and deleted by a coordinator; benefits are stored closed', async () => {
    const created = await t.as(coordinator).post('/policies').send(lucheng).expect(201);
    expect(created.body).toMatchObject({ nameZh: '鹿城英才', version: 1, illustrative: true, active: true, sourceNote: '', tier: null });
    expect(created.body.benefits).toEqual([
      { kind: 'subsidy', amountYuan: 50000, flats: null, descriptionZh: '入选奖励', descriptionEn: null, amountIsExample: true },
    ]);
    const id = created.body.id;
    await t.as(coordinator).get(`/policies/${id}`).expect(200);
    const patched = await t.as(coordinator).patch(`/policies/${id}`).send({ version: 1, sourceNote: null, conditions: [{ kind: 'maxAge', value: 45 }] }).expect(200);
    expect(patched.body).toMatchObject({ version: 2, sourceNote: '', conditions: [{ kind: 'maxAge', value: 45 }] });
    const stale = await t.as(coordinator).patch(`/policies/${id}`).send({ version: 1, active: false }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const list = await t.as(coordinator).get('/policies?issuer=包头市&active=true').expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(id);
    await t.as(coordinator).delete(`/policies/${id}?version=2`).expect(204);
    await t.as(coordinator).get(`/policies/${id}`).expect(404);
  });

  it.each([
    [{ conditions: [{ kind: 'minDegree', value: 'phd' }] }, 'conditions.0.value'],
    [{ conditions: [{ kind: 'maxAge', value: '45' }] }, 'conditions.0.value'],
    [{ conditions: [{ kind: 'tier', value: ['graduate', 'graduate'] }] }, 'conditions.0.value'],
    [{ conditions: [{ kind: 'industry', value: [] }] }, 'conditions.0.value'],
    [{ conditions: [{ kind: 'employerKeyChain', value: false }] }, 'conditions.0.value'],
    [{ conditions: [{ kind: 'minYearsExperience', value: 3 }, { kind: 'salary', value: 1 }] }, 'conditions.1.kind'],
    [{ conditions: [[]] }, 'conditions.0'],
    [{ conditions: { kind: 'maxAge', value: 40 } }, 'conditions'],
    [{ benefits: [{ kind: 'subsidy', amountYuan: -1, descriptionZh: '补贴' }] }, 'benefits.0.amountYuan'],
    [{ benefits: [{ kind: 'flat', descriptionZh: '公寓' }] }, 'benefits.0.kind'],
    [{ tier: 'expert' }, 'tier'],
    [{ nameZh: '' }, 'nameZh'],
  ])('refuse bad input with 400 naming the field: %j', async (change, field) => {
    const res = await t.as(coordinator).post('/policies').send({ ...lucheng, ...change }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(res.body.fields)).toContain(field);
  });

  it('are read by every signed-in role and written only by staff', async () => {
    const talent = await t.account('talent', { talentId: (await t.http().post('/talents').send(talentBody()).expect(201)).body.id });
    const enterprise = await t.account('enterprise', { enterpriseId: (await createEnterprise(t)).id });
    await t.as(talent.token).get('/policies').expect(200);
    await t.as(enterprise.token).get('/policies').expect(200);
    await t.anon().get('/policies').expect(401);
    await t.as(talent.token).post('/policies').send(lucheng).expect(403);
    await t.as(enterprise.token).post('/policies').send(lucheng).expect(403);
    await t.http().post('/policies').send(lucheng).expect(201);
  });

  it('say for a talent and a position which apply, which nearly apply and what is missing', async () => {
    await t.dataSource.query('DELETE FROM policy');
    expect(await t.dataSource.transaction((m) => loadDemoPolicies(m))).toBe(DEMO_POLICIES.length);
    expect(await t.dataSource.transaction((m) => loadDemoPolicies(m))).toBe(0); // idempotent
    const rareEarth = await createEnterprise(t, { nameZh: '中国北方稀土（集团）高科技股份有限公司', industry: 'rare_earth' });
    const electronics = await createEnterprise(t, { industry: 'electronics' });
    const keyPost = await createPosition(t, rareEarth.id);
    const otherPost = await createPosition(t, electronics.id, { industry: 'electronics' });
    const doctor = (
      await t
        .http()
        .post('/talents')
        .send(
          talentBody({
            tier: 'high_level',
            honours: ['鹿城英才'],
            education: [{ school: '东北大学', major: '有色金属冶金', degree: 'doctorate', graduationYear: 2014 }],
            work: [{ employer: '宁波华晟磁材', title: '研发总监', years: 10 }],
          }),
        )
        .expect(201)
    ).body.id;
    const account = await t.account('talent', { talentId: doctor });

    const atKeyChain = await t.as(account.token).get(`/talents/${doctor}/policies?positionId=${keyPost.id}`).expect(200);
    const byKey = (body: { items: { policyId: string; status: string }[] }, key: string) => body.items.find((i) => i.policyId === idOf.get(key))!;
    const idOf = new Map<string, string>((await t.dataSource.query('SELECT id, external_key FROM policy')).map((r: { id: string; external_key: string }) => [r.external_key, r.id]));
    expect(atKeyChain.body).toMatchObject({ talentId: doctor, positionId: keyPost.id });
    expect(byKey(atKeyChain.body, 'pol-eight-measures-high-level')).toMatchObject({ status: 'applies', illustrative: true, decidingRule: { code: 'allMet' } });
    expect(byKey(atKeyChain.body, 'pol-lucheng-talent')).toMatchObject({
      status: 'nearly',
      missing: [{ kind: 'maxAge', unknown: true, zh: '获得鹿城英才需：年龄未登记，需核实年龄不超过45周岁', en: 'Lucheng Talents (Baotou) needs: age not recorded: confirm aged 45 or under' }],
    });
    expect(byKey(atKeyChain.body, 'pol-skilled-worker-subsidy')).toMatchObject({ status: 'no', decidingRule: { code: 'conditionFailed', conditionIndex: 0 } });
    // applies first, then nearly, then no
    const order = atKeyChain.body.items.map((i: { status: string }) => ({ applies: 0, nearly: 1, no: 2 })[i.status]);
    expect(order).toEqual([...order].sort());

    const atOther = await t.http().get(`/talents/${doctor}/policies?positionId=${otherPost.id}`).expect(200);
    expect(byKey(atOther.body, 'pol-key-chain-research-funding')).toMatchObject({
      status: 'nearly',
      missing: [{ kind: 'employerKeyChain', unknown: false, zh: '获得重点产业链企业高层次人才科研经费需：受聘于重点产业链企业' }],
    });
    const alone = await t.http().get(`/talents/${doctor}/policies`).expect(200);
    expect(byKey(alone.body, 'pol-key-chain-research-funding')).toMatchObject({ status: 'nearly', missing: [{ unknown: true }] });
    expect(alone.body.positionId).toBeNull();

    await t.http().get(`/talents/${doctor}/policies?positionId=not-a-uuid`).expect(400);
    await t.http().get(`/talents/${doctor}/policies?positionId=00000000-0000-4000-8000-000000000000`).expect(422);
    const stranger = await t.account('talent', { talentId: (await t.http().post('/talents').send(talentBody()).expect(201)).body.id });
    await t.as(stranger.token).get(`/talents/${doctor}/policies`).expect(404);
    const enterpriseUser = await t.account('enterprise', { enterpriseId: rareEarth.id });
    await t.as(enterpriseUser.token).get(`/talents/${doctor}/policies`).expect(403);

    // The same evaluations on the talent's recommendations and on the enterprise's candidate rows.
    await insertMatch(t, doctor, keyPost.id, 90);
    await insertMatch(t, doctor, otherPost.id, 85);
    const recommendations = await t.as(account.token).get(`/talents/${doctor}/recommendations`).expect(200);
    const rec = (positionId: string) => recommendations.body.items.find((i: { positionId: string }) => i.positionId === positionId);
    const names = (list: { nameZh: string }[]) => list.map((p) => p.nameZh);
    expect(names(rec(keyPost.id).policies.applies)).toContain('重点产业链企业高层次人才科研经费');
    expect(rec(keyPost.id).policies.applies.find((p: { nameZh: string }) => p.nameZh === '重点产业链企业高层次人才科研经费').benefits).toEqual([
      expect.objectContaining({ kind: 'researchFunding', amountYuan: 60000, amountIsExample: false }),
    ]);
    expect(names(rec(otherPost.id).policies.applies)).not.toContain('重点产业链企业高层次人才科研经费');
    expect(rec(otherPost.id).policies.nearly.find((p: { nameZh: string }) => p.nameZh === '重点产业链企业高层次人才科研经费').missing).toEqual([
      { kind: 'employerKeyChain', unknown: false, zh: '获得重点产业链企业高层次人才科研经费需：受聘于重点产业链企业', en: 'Research funding for high-level hires at key-chain firms needs: employed by a firm in a key industry chain' },
    ]);
    const candidates = await t.as(enterpriseUser.token).get(`/positions/${keyPost.id}/candidates`).expect(200);
    const row = candidates.body.items.find((i: { talentId: string }) => i.talentId === doctor);
    expect(row.name).toMatch(/\*/); // masked: no consent
    expect(row.policyInput).toBeUndefined();
    expect(names(row.policies.applies)).toEqual(names(rec(keyPost.id).policies.applies));
    expect(names(row.policies.nearly)).toContain('鹿城英才');
  });

  it('cost the strong candidates against the 1,000万元 fund and the 178 flats (coordinators only)', async () => {
    await t.dataSource.query('DELETE FROM match');
    await t.dataSource.query('DELETE FROM policy');
    await t.dataSource.transaction((m) => loadDemoPolicies(m));
    const firm = await createEnterprise(t, { industry: 'magnets' });
    const post = await createPosition(t, firm.id, { industry: 'magnets', headcount: 1 });
    const talent = (body: Record<string, unknown>) => t.http().post('/talents').send(talentBody(body)).expect(201).then((r) => r.body.id as string);
    const highLevel = await talent({
      tier: 'high_level',
      education: [{ school: '东北大学', major: '材料学', degree: 'doctorate', graduationYear: 2016 }],
      work: [{ employer: '宁波华晟磁材', title: '研发总监', years: 8 }],
    });
    const graduate = await talent({
      tier: 'graduate',
      education: [{ school: '兰州大学', major: '材料物理', degree: 'master', graduationYear: new Date().getUTCFullYear() - 1 }],
      work: [],
    });
    await insertMatch(t, highLevel, post.id, 92);
    await insertMatch(t, graduate, post.id, 88);

    const res = await t.as(coordinator).get('/policies/pipeline-cost').expect(200);
    // One seat: the better-scoring high-level talent is placed. 八项措施 100,000 + research funding 60,000
    // from the zone's fund; one flat from 八项措施 and one from the city's doctor/master plan.
    expect(res.body).toMatchObject({ strongScore: 70, strongTalents: 2 });
    expect(res.body.fund).toEqual({ issuer: '包头稀土高新区', yuan: 10000000, demandedYuan: 160000, pendingYuan: 0, remainingYuan: 9840000, shareDemanded: 0.016 });
    expect(res.body.flats).toEqual({ available: 178, demanded: 2, pending: 0, remaining: 176 });
    expect(res.body.seats).toMatchObject({ talentsPlaced: 1, otherIssuersYuan: 72000 });
    // Seats aside: the graduate adds the doctor/master plan (72,000, a flat) and the graduate allowance (24,000).
    expect(res.body.everyStrongTalent).toMatchObject({ talentsPlaced: 2, fundDemandedYuan: 184000, otherIssuersYuan: 144000, flatsDemanded: 3 });
    const lucheng = res.body.items.find((i: { nameZh: string }) => i.nameZh === '鹿城英才');
    expect(lucheng).toMatchObject({ talents: 0, pendingTalents: 1, pendingMoneyYuan: 50000, amountsAreExamples: true });
    expect(res.body.fund.pendingYuan).toBe(0); // 鹿城英才 is the city's

    const talentAccount = await t.account('talent', { talentId: graduate });
    await t.as(talentAccount.token).get('/policies/pipeline-cost').expect(403);
  });
});
