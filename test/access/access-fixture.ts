import { randomUUID } from 'node:crypto';
import { createEnterprise, createPosition, talentBody, universityBody } from '../support/factories';
import type { TestApp } from '../support/test-app';

/**
 * Two of everything, so each role can be tried on an object in its scope ("own") and one outside it
 * ("other"): enterprises A and B with open positions, a closed position of B, talents tOwn (a candidate
 * of A's opening, bound to the talent account) and tOther (a candidate of B's only), consent requests
 * from each enterprise, and one account per role. Matches are written directly: the scope rules read
 * stored matches, and these tests are about who may see them, not how they are scored.
 */
export interface AccessFixture {
  tokens: { talent: string; enterprise: string; coordinator: string; admin: string };
  enterpriseA: string;
  enterpriseB: string;
  positionA: string;
  positionB: string;
  closedPositionB: string;
  talentOwn: string;
  talentOther: string;
  consentOwn: string;
  consentOther: string;
  enterpriseUserA: string;
  enterpriseUserB: string;
  university: string;
  programme: string;
  skill: string;
  policy: string;
}

export const CANARY_OWN = '13800000001';
export const CANARY_OTHER = '13800000002';

export async function buildAccessFixture(t: TestApp): Promise<AccessFixture> {
  const enterpriseA = (await createEnterprise(t)).id as string;
  const enterpriseB = (await createEnterprise(t)).id as string;
  const positionA = (await createPosition(t, enterpriseA)).id as string;
  const positionB = (await createPosition(t, enterpriseB)).id as string;
  const closedPositionB = (await createPosition(t, enterpriseB, { status: 'closed' })).id as string;
  const talentOwn = (await t.http().post('/talents').send(talentBody({ name: '张伟', contact: { phone: CANARY_OWN, email: 'own@example.cn' } })).expect(201)).body.id;
  const talentOther = (await t.http().post('/talents').send(talentBody({ name: '李娜', contact: { phone: CANARY_OTHER, email: 'other@example.cn' } })).expect(201)).body.id;
  await insertMatch(t, talentOwn, positionA);
  await insertMatch(t, talentOther, positionB);

  const talent = await t.account('talent', { talentId: talentOwn });
  const enterprise = await t.account('enterprise', { enterpriseId: enterpriseA });
  const enterpriseOther = await t.account('enterprise', { enterpriseId: enterpriseB });
  const coordinator = await t.account('coordinator');
  const admin = await t.account('admin');

  const consentOwn = (await t.as(enterprise.token).post('/consent-requests').send({ talentId: talentOwn, purpose: '面试沟通' }).expect(201)).body.id;
  const consentOther = (await t.as(enterpriseOther.token).post('/consent-requests').send({ talentId: talentOther, purpose: '面试沟通' }).expect(201)).body.id;

  const university = (await t.http().post('/universities').send(universityBody()).expect(201)).body.id;
  const programme = (
    await t.http().post('/programmes').send({ universityId: university, major: '冶金工程', degree: 'bachelor', graduatesPerYear: 100 }).expect(201)
  ).body.id;
  const [skillRow] = await t.dataSource.query('SELECT id FROM skill ORDER BY id LIMIT 1');
  const policy = (
    await t.http().post('/policies').send({ nameZh: '鹿城英才', issuer: '包头市', conditions: [{ kind: 'minDegree', value: 'master' }] }).expect(201)
  ).body.id;

  return {
    tokens: { talent: talent.token, enterprise: enterprise.token, coordinator: coordinator.token, admin: admin.token },
    enterpriseA,
    enterpriseB,
    positionA,
    positionB,
    closedPositionB,
    talentOwn,
    talentOther,
    consentOwn,
    consentOther,
    enterpriseUserA: enterprise.userId,
    enterpriseUserB: enterpriseOther.userId,
    university,
    programme,
    skill: skillRow.id,
    policy,
  };
}

export async function insertMatch(t: TestApp, talentId: string, positionId: string, score = 80): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO match (talent_id, position_id, score, eligible, components, explanation, engine_version, talent_version, position_version, generation)
     VALUES ($1, $2, $3, true, '{"text": 0.8, "skills": 0.9}', '{"skills": {"matched": [{"name": "溶剂萃取"}], "missing": []}, "reasons": {"zh": ["具备溶剂萃取"], "en": ["has solvent extraction"]}}',
             'test', 1, 1, 0)
     ON CONFLICT DO NOTHING`,
    [talentId, positionId, score],
  );
}

/** A throwaway account of an enterprise, for routes that delete what they are given. */
export async function freshEnterpriseUser(t: TestApp, enterpriseId: string): Promise<string> {
  return (await t.account('enterprise', { enterpriseId })).userId;
}

export const randomId = () => randomUUID();
