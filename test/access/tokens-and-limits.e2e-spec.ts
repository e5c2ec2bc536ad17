import * as jwt from 'jsonwebtoken';
import { AUTH_SECRET, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/auth/token.service';
import { createEnterprise, positionBody, talentBody } from '../support/factories';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

/** Token forgery, replay and brute force; fields a caller may not set. */
describe('authentication: tokens, sign-in limits and mass assignment', () => {
  let t: TestApp;
  let secret: string;
  let talentUser: { userId: string; token: string; username: string };
  let talentId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_WINDOW_SECONDS: '900' });
    secret = t.app.get<string>(AUTH_SECRET);
    talentId = (await t.http().post('/talents').send(talentBody()).expect(201)).body.id;
    talentUser = (await t.account('talent', { talentId })) as typeof talentUser;
  });
  afterAll(async () => t?.close());

  const claims = () => ({ sub: talentUser.userId, tv: 1 });
  const sign = (options: jwt.SignOptions, key = secret) =>
    jwt.sign(claims(), key, { audience: TOKEN_AUDIENCE, issuer: TOKEN_ISSUER, expiresIn: 600, algorithm: 'HS256', ...options });

  it('accepts a well-formed token and refuses alg none, a wrong signature, audience, issuer, an expired one or one without expiry', async () => {
    await t.as(sign({})).get('/auth/me').expect(200);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ ...claims(), aud: TOKEN_AUDIENCE, iss: TOKEN_ISSUER, exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    const forged = [
      `${header}.${payload}.`,
      sign({}, 'a-different-secret-that-is-long-enough-for-hmac'),
      sign({ audience: 'some-other-api' }),
      sign({ issuer: 'someone-else' }),
      jwt.sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 10 }, secret, { audience: TOKEN_AUDIENCE, issuer: TOKEN_ISSUER }),
      sign({ algorithm: 'HS512' }),
      // Signed with the app's own secret, right audience and issuer, but no expiry: it would never end.
      jwt.sign(claims(), secret, { audience: TOKEN_AUDIENCE, issuer: TOKEN_ISSUER, algorithm: 'HS256' }),
      'garbage',
    ];
    for (const token of forged) {
      const res = await t.as(token).get('/auth/me');
      expect({ token, status: res.status, code: res.body.code }).toEqual({ token, status: 401, code: 'UNAUTHORIZED' });
    }
    await t.anon().get('/auth/me').set('Authorization', 'Basic abc').expect(401);
  });

  it('answers the 6th sign-in attempt within the window with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) await t.anon().post('/auth/login').send({ username: talentUser.username, password: 'wrong-password' }).expect(401);
    const sixth = await t.anon().post('/auth/login').send({ username: talentUser.username, password: TEST_PASSWORD }).expect(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(sixth.body.code).toBe('RATE_LIMITED');
    // The counter lives in Redis, under a hashed key (no username in clear).
    const keys = await redisKeys(t);
    expect(keys.some((k) => k.startsWith('rl:'))).toBe(true);
    expect(keys.join(' ')).not.toContain(talentUser.username);
  });

  it('clears the failure count on a successful sign-in, per account', async () => {
    const [a, b] = await Promise.all([t.account('coordinator'), t.account('coordinator')]);
    const [userA, userB] = [(await t.as(a.token).get('/auth/me')).body.username, (await t.as(b.token).get('/auth/me')).body.username];
    const signIn = (username: string, password: string) => t.anon().post('/auth/login').send({ username, password });
    for (let i = 0; i < 4; i++) await signIn(userA, 'wrong-password').expect(401);
    await signIn(userA, TEST_PASSWORD).expect(200);
    for (let i = 0; i < 5; i++) await signIn(userA, 'wrong-password').expect(401);
    await signIn(userA, TEST_PASSWORD).expect(429);
    await signIn(userB, TEST_PASSWORD).expect(200);
  });

  it('rotates refresh tokens and ends every session when a used one comes back', async () => {
    const user = await t.account('coordinator');
    const username = (await t.as(user.token).get('/auth/me').expect(200)).body.username;
    const login = await t.anon().post('/auth/login').send({ username, password: TEST_PASSWORD }).expect(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { role: 'coordinator' } });
    const second = await t.anon().post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    await t.anon().post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    // The replay revoked the rotated token too.
    await t.anon().post('/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
  });

  it('lets integration tokens act as their account until revoked', async () => {
    const enterpriseId = (await createEnterprise(t)).id;
    const user = await t.account('enterprise', { enterpriseId });
    const created = await t.as(user.token).post('/auth/api-tokens').send({ name: 'HR sync' }).expect(201);
    expect(created.body.token).toMatch(/^tm_/);
    await t.as(created.body.token).get(`/positions?enterpriseId=${enterpriseId}`).expect(200);
    await t.as(created.body.token).get('/talents').expect(403);
    await t.as(user.token).delete(`/auth/api-tokens/${created.body.id}`).expect(204);
    await t.as(created.body.token).get('/auth/me').expect(401);
  });

  it('ignores nothing silently: role, enterpriseId and version in a body are refused with 400 naming the field', async () => {
    const enterpriseA = (await createEnterprise(t)).id;
    const enterpriseB = (await createEnterprise(t)).id;
    const enterprise = await t.account('enterprise', { enterpriseId: enterpriseA });
    const talent = t.as(talentUser.token);
    const profile = (await talent.get(`/talents/${talentId}`).expect(200)).body;

    const attempts: [ReturnType<TestApp['as']>, 'post' | 'patch', string, object, string][] = [
      [talent, 'patch', `/talents/${talentId}`, { version: profile.version, role: 'admin' }, 'role'],
      [talent, 'patch', `/talents/${talentId}`, { version: profile.version, enterpriseId: enterpriseA }, 'enterpriseId'],
      [talent, 'post', '/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'another-password-1', role: 'admin' }, 'role'],
      [t.anon() as never, 'post', '/auth/register', { username: 'new.talent', password: 'long-enough-pass', name: '新人', role: 'admin' }, 'role'],
      [t.as(enterprise.token), 'post', '/positions', positionBody(enterpriseB), 'enterpriseId'],
      [t.as(enterprise.token), 'post', '/positions', { ...positionBody(enterpriseA), version: 7 }, 'version'],
      [t.as(enterprise.token), 'post', '/users', { username: 'colleague', password: 'long-enough-pass', role: 'admin' }, 'role'],
      [t.as(enterprise.token), 'post', '/users', { username: 'colleague', password: 'long-enough-pass', enterpriseId: enterpriseB }, 'enterpriseId'],
      [talent, 'post', '/consents', { enterpriseId: enterpriseA, purpose: '就业推荐', version: 3 }, 'version'],
    ];
    const before = await counts(t);
    for (const [agent, method, path, body, field] of attempts) {
      const res = await agent[method](path).send(body);
      expect({ path, field, status: res.status, named: Object.keys(res.body.fields ?? {}) }).toEqual({ path, field, status: 400, named: [field] });
    }
    expect(await counts(t)).toEqual(before);
    const after = (await talent.get(`/talents/${talentId}`).expect(200)).body;
    expect(after.version).toBe(profile.version);
    expect((await talent.get('/auth/me').expect(200)).body.role).toBe('talent');

    // Without the field, an enterprise user's position lands in its own enterprise.
    const { enterpriseId: _ignored, ...body } = positionBody(enterpriseB);
    const created = await t.as(enterprise.token).post('/positions').send(body).expect(201);
    expect(created.body.enterpriseId).toBe(enterpriseA);
  });

  it('limits writes per caller and answers 429 with Retry-After', async () => {
    const limited = await startTestApp({ WRITES_PER_MINUTE: '3', REDIS_URL: '' });
    try {
      const user = await limited.account('coordinator');
      for (let i = 0; i < 3; i++) await limited.as(user.token).post('/enterprises').send({}).expect(400);
      const res = await limited.as(user.token).post('/enterprises').send({}).expect(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      await limited.as(user.token).get('/enterprises').expect(200);
    } finally {
      await limited.close();
    }
  });

  it('sends security headers and no CORS headers to origins not on the allow-list', async () => {
    const res = await t.anon().get('/positions').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

async function counts(t: TestApp) {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM position) AS positions, (SELECT count(*) FROM user_account) AS users,
            (SELECT count(*) FROM consent) AS consents, (SELECT count(*) FROM talent) AS talents`,
  );
  return row;
}

async function redisKeys(t: TestApp): Promise<string[]> {
  const Redis = (await import('ioredis')).default;
  const client = new Redis(t.config.redisUrl!);
  try {
    return await client.keys('*');
  } finally {
    client.disconnect();
  }
}
