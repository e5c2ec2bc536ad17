import { createEnterprise, createPosition, talentBody } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { insertMatch } from './access/access-fixture';

/**
 * Interest both ways and the hiring pipeline (issue 17) against the real PostgreSQL: applying is a consent
 * event (contact unmasked for that enterprise, audited, revoked on withdrawal), stages move with who and
 * when, 入职 fills a headcount, and one enterprise never sees another's pipeline.
 */
describe('applications, invitations and the hiring pipeline', () => {
  let t: TestApp;
  let positionA: string;
  let positionB: string;
  let talentId: string;
  let otherTalent: string;
  let talent: { token: string };
  let enterprise: { token: string };
  let enterpriseOther: { token: string };

  beforeAll(async () => {
    t = await startTestApp();
    const enterpriseA = (await createEnterprise(t)).id as string;
    const enterpriseB = (await createEnterprise(t)).id as string;
    positionA = (await createPosition(t, enterpriseA, { headcount: 1 })).id as string;
    positionB = (await createPosition(t, enterpriseB)).id as string;
    talentId = (await t.http().post('/talents').send(talentBody({ name: '王芳', contact: { phone: '13900001111', email: 'wf@example.cn' } })).expect(201)).body.id;
    otherTalent = (await t.http().post('/talents').send(talentBody({ name: '赵磊', contact: { phone: '13900002222' } })).expect(201)).body.id;
    await insertMatch(t, talentId, positionA, 88);
    await insertMatch(t, otherTalent, positionA, 75);
    talent = await t.account('talent', { talentId });
    enterprise = await t.account('enterprise', { enterpriseId: enterpriseA });
    enterpriseOther = await t.account('enterprise', { enterpriseId: enterpriseB });
  });
  afterAll(async () => t?.close());

  it('applying grants consent: the enterprise sees the unmasked contact, and the audit log has it', async () => {
    const before = (await t.as(enterprise.token).get(`/positions/${positionA}/candidates`).expect(200)).body;
    expect(JSON.stringify(before)).not.toContain('王芳');

    const applied = (await t.as(talent.token).post(`/talents/${talentId}/applications`).send({ positionId: positionA, note: '可随时到岗' }).expect(201)).body;
    expect(applied).toMatchObject({ source: 'applied', stage: 'recommended', stageZh: '推荐', interestNote: '可随时到岗', withdrawnAt: null });
    const again = await t.as(talent.token).post(`/talents/${talentId}/applications`).send({ positionId: positionA }).expect(409);
    expect(again.body.fieldsZh).toEqual({ positionId: '已申请过该岗位' });

    const pipeline = (await t.as(enterprise.token).get(`/positions/${positionA}/pipeline`).expect(200)).body;
    expect(pipeline.items).toHaveLength(1);
    expect(pipeline.items[0]).toMatchObject({ name: '王芳', phone: '13900001111', masked: false, consentStatus: 'granted', score: 88, interestNote: '可随时到岗' });

    const audit = (await t.http().get(`/audit?talentId=${talentId}`).expect(200)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['application.submit', 'consent.grant', 'contact.reveal']));
    const consent = (await t.as(talent.token).get('/consents').expect(200)).body.items[0];
    expect(consent).toMatchObject({ status: 'granted', purpose: '申请岗位：稀土萃取分离工程师' });
  });

  it('moves through 面试 to 入职: history says who and when, filledCount follows, bad moves name the field', async () => {
    let entry = (await t.as(enterprise.token).get(`/positions/${positionA}/pipeline`).expect(200)).body.items[0];
    const bad = await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'hired', version: entry.version }).expect(400);
    expect(bad.body.fields).toHaveProperty('stage');
    expect(bad.body.fieldsZh.stage).toBe('不能从「推荐」改为「入职」');
    await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'nope', version: entry.version }).expect(400);

    entry = (await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'interview', note: '周三面试', version: entry.version }).expect(200)).body;
    expect(entry).toMatchObject({ stage: 'interview', stageZh: '面试' });
    expect(entry.notes[0]).toMatchObject({ text: '周三面试', byRole: 'enterprise' });
    const stale = await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'offer', version: entry.version - 1 }).expect(409);
    expect(stale.body.fieldsZh.version).toMatch(/已被他人修改/);

    entry = (await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'offer', version: entry.version }).expect(200)).body;
    entry = (await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'hired', version: entry.version }).expect(200)).body;
    expect(entry.history.map((h: { to: string }) => h.to)).toEqual(['recommended', 'interview', 'offer', 'hired']);
    expect(entry.history[3]).toMatchObject({ from: 'offer', byRole: 'enterprise' });
    expect((await t.http().get(`/positions/${positionA}`).expect(200)).body.filledCount).toBe(1);

    const page = (await t.as(enterprise.token).get(`/positions/${positionA}/pipeline?stage=hired&sort=stage`).expect(200)).body;
    expect(page).toMatchObject({ total: 1, headcount: 1, filledCount: 1 });
    expect(page.counts.hired).toBe(1);

    entry = (await t.as(enterprise.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ stage: 'rejected', version: entry.version }).expect(200)).body;
    expect((await t.http().get(`/positions/${positionA}`).expect(200)).body.filledCount).toBe(0);
  });

  it('an enterprise invites a candidate; no contact is shared until they apply', async () => {
    const invited = (await t.as(enterprise.token).post(`/positions/${positionA}/invitations`).send({ talentId: otherTalent, note: '欢迎面试' }).expect(201)).body;
    expect(invited).toMatchObject({ source: 'invited', inviteNote: '欢迎面试', appliedAt: null });
    const row = (await t.as(enterprise.token).get(`/positions/${positionA}/pipeline`).expect(200)).body.items.find((i: { talentId: string }) => i.talentId === otherTalent);
    expect(row).toMatchObject({ masked: true, phone: '139****2222', name: '赵*' });
    await t.as(enterpriseOther.token).post(`/positions/${positionB}/invitations`).send({ talentId: otherTalent }).expect(422);
    const invitee = await t.account('talent', { talentId: otherTalent });
    expect((await t.as(invitee.token).get(`/talents/${otherTalent}/applications`).expect(200)).body.items[0]).toMatchObject({ source: 'invited', inviteNote: '欢迎面试' });
    await t.as(enterpriseOther.token).post(`/positions/${positionA}/invitations/${otherTalent}/withdraw`).expect(404);
    await t.as(enterprise.token).post(`/positions/${positionA}/invitations/${otherTalent}/withdraw`).expect(200);
    expect((await t.as(invitee.token).get(`/talents/${otherTalent}/applications`).expect(200)).body.total).toBe(0);
    await t.as(enterprise.token).post(`/positions/${positionA}/invitations/${otherTalent}/withdraw`).expect(404);
  });

  it('the shortlist is the first view of the pipeline: a shortlisted candidate enters it at 推荐, unseen by the talent', async () => {
    const third = (await t.http().post('/talents').send(talentBody({ name: '孙悦' })).expect(201)).body.id;
    await insertMatch(t, third, positionA, 70);
    await t.as(enterprise.token).put(`/positions/${positionA}/candidates/${third}/decision`).send({ decision: 'shortlisted' }).expect(200);
    const row = (await t.as(enterprise.token).get(`/positions/${positionA}/pipeline?sort=applied`).expect(200)).body.items.find((i: { talentId: string }) => i.talentId === third);
    expect(row).toMatchObject({ source: 'matched', stage: 'recommended', masked: true, name: '孙*' });
    const own = await t.account('talent', { talentId: third });
    expect((await t.as(own.token).get(`/talents/${third}/applications`).expect(200)).body.total).toBe(0);
  });

  it('never shows another enterprise the pipeline or its notes', async () => {
    await t.as(enterpriseOther.token).get(`/positions/${positionA}/pipeline`).expect(404);
    await t.as(enterpriseOther.token).patch(`/positions/${positionA}/pipeline/${talentId}`).send({ note: 'x', version: 1 }).expect(404);
    await t.as(enterpriseOther.token).post(`/positions/${positionA}/invitations`).send({ talentId }).expect(404);
  });

  it('withdrawing revokes the consent the application gave: masked again', async () => {
    await t.as(talent.token).post(`/talents/${talentId}/applications/${positionA}/withdraw`).expect(200);
    const mine = (await t.as(talent.token).get(`/talents/${talentId}/applications`).expect(200)).body;
    expect(mine.items[0].withdrawnAt).not.toBeNull();
    const row = (await t.as(enterprise.token).get(`/positions/${positionA}/pipeline`).expect(200)).body.items.find((i: { talentId: string }) => i.talentId === talentId);
    expect(row).toMatchObject({ masked: true, consentStatus: 'withdrawn', phone: '139****1111' });
    await t.as(talent.token).post(`/talents/${talentId}/applications/${positionA}/withdraw`).expect(404);
    const exported = (await t.as(talent.token).get('/me/export').expect(200)).body;
    expect(exported.pipeline[0]).toMatchObject({ position_id: positionA, source: 'applied', interest_note: '可随时到岗' });
    const audit = (await t.http().get(`/audit?talentId=${talentId}&action=application.withdraw`).expect(200)).body.items;
    expect(audit[0].details).toMatchObject({ positionId: positionA, consentRevoked: true });
  });
});
