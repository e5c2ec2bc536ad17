import { TEST_PASSWORD, TestApp } from '../test-app';
import { createEnterprise, createPosition, talentBody, universityBody } from '../factories';

/** Real ids the fuzzer puts into path parameters, so that valid requests reach 2xx and their bodies get checked. */
export interface SeededIds {
  enterpriseId: string;
  positionId: string;
  talentId: string;
  universityId: string;
  programmeId: string;
  skillId: string;
  userId: string;
  consentId: string;
  apiTokenId: string;
  importJobId: string;
  policyId: string;
  /** A second talent, for the one operation that erases a profile by id (the first stays for the rest). */
  spareTalentId: string;
  /** An enterprise without positions, for the delete (the seeded one is still referenced: 409). */
  spareEnterpriseId: string;
}

export interface SeededWorld {
  ids: SeededIds;
  /** Tokens: admin, an enterprise user of `enterpriseId`, a talent bound to `talentId`. */
  tokens: { admin: string; enterprise: string; talent: string };
  /** The admin's credentials and a refresh token of theirs, so sign-in and refresh can succeed. */
  adminLogin: { username: string; password: string; refreshToken: string };
}

/** A small world through the API itself (plus bound accounts): one of each record the routes name. */
export async function seedWorld(t: TestApp): Promise<SeededWorld> {
  const admin = (await t.account('admin')) as { userId: string; token: string; username: string };
  const login = await t.anon().post('/auth/login').send({ username: admin.username, password: TEST_PASSWORD }).expect(200);
  const enterpriseId = (await createEnterprise(t)).id as string;
  const positionId = (await createPosition(t, enterpriseId)).id as string;
  const talent = await t.http().post('/talents').send(talentBody()).expect(201);
  const talentId = talent.body.id as string;
  const spare = await t.http().post('/talents').send(talentBody({ name: '第二位人才' })).expect(201);
  const university = await t.http().post('/universities').send(universityBody()).expect(201);
  const universityId = university.body.id as string;
  const programme = await t
    .http()
    .post('/programmes')
    .send({ universityId, major: '冶金工程', degree: 'bachelor', graduatesPerYear: 120, skillsTaught: ['溶剂萃取'] })
    .expect(201);
  const skill = await t.http().post('/skills').send({ id: 'fuzz-seed-skill', nameZh: '模糊测试技能', nameEn: 'Fuzz seed skill', category: 'process' }).expect(201);
  const enterpriseUser = await t.account('enterprise', { enterpriseId });
  const talentUser = await t.account('talent', { talentId });
  const consent = await t.as(talentUser.token).post('/consents').send({ enterpriseId, purpose: '就业推荐', validDays: 30 }).expect(201);
  const apiToken = await t.as(admin.token).post('/auth/api-tokens').send({ name: 'fuzz' }).expect(201);
  const policy = await t.http().post('/policies').send({ nameZh: '模糊测试政策', issuer: '包头稀土高新区', conditions: [{ kind: 'tier', value: ['graduate'] }] }).expect(201);
  const job = await t
    .http()
    .post('/imports/universities?dryRun=true')
    .set('content-type', 'text/csv')
    .send('nameZh,city,province\n测试导入大学,兰州,甘肃\n')
    .expect(202);
  return {
    ids: {
      enterpriseId,
      positionId,
      talentId,
      universityId,
      programmeId: programme.body.id,
      skillId: skill.body.id,
      userId: enterpriseUser.userId,
      consentId: consent.body.id,
      apiTokenId: apiToken.body.id,
      importJobId: job.body.jobId,
      policyId: policy.body.id,
      spareTalentId: spare.body.id,
      spareEnterpriseId: (await createEnterprise(t)).id as string,
    },
    tokens: { admin: admin.token, enterprise: enterpriseUser.token, talent: talentUser.token },
    adminLogin: { username: admin.username, password: TEST_PASSWORD, refreshToken: login.body.refreshToken },
  };
}
