import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { startTestApp, TestApp } from '../support/test-app';
import { AccessFixture, buildAccessFixture, freshEnterpriseUser, randomId } from './access-fixture';

/**
 * The access table of the issue, route by route: every role (and no token) on an object in its scope
 * ("own") and one outside it ("other") must get exactly the expected status. Writes are made harmless
 * where they can be: a stale `version` (409 shows the caller got past the guard and the scope), an empty
 * body (400 from validation, which runs after the guard), throwaway objects for deletes.
 *
 * 401: no valid credentials · 403: the role may not do this · 404: the object is outside the caller's scope.
 */
type Who = 'talent' | 'enterprise' | 'coordinator' | 'admin' | 'anon';
const WHO: Who[] = ['talent', 'enterprise', 'coordinator', 'admin', 'anon'];
type Target = 'own' | 'other';
/** A status for both targets, or [own, other]. */
type Expect = number | [number, number];

interface Case {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The route as OpenAPI names it (for the coverage check). */
  route: string;
  /** The concrete path for this target (may create a throwaway object). */
  path: (f: AccessFixture, target: Target, t: TestApp) => string | Promise<string>;
  body?: (f: AccessFixture, target: Target) => object;
  /** talent, enterprise, coordinator, admin, anon */
  expect: [Expect, Expect, Expect, Expect, Expect];
}

const STAFF_READ: Case['expect'] = [403, 403, 200, 200, 401];
const stale = { version: 999 };

function cases(): Case[] {
  const c = (method: Case['method'], route: string, path: Case['path'], expect: Case['expect'], body?: Case['body']): Case => ({ method, route, path, expect, body });
  const fixed = (p: string) => () => p;
  const byTarget = (pick: (f: AccessFixture, target: Target) => string) => (f: AccessFixture, target: Target) => pick(f, target);
  return [
    // auth (public entry points answer everyone the same)
    c('post', '/auth/login', fixed('/auth/login'), [401, 401, 401, 401, 401], () => ({ username: `nobody-${randomId()}`, password: 'wrong-password' })),
    c('post', '/auth/refresh', fixed('/auth/refresh'), [401, 401, 401, 401, 401], () => ({ refreshToken: 'not-a-token' })),
    c('post', '/auth/logout', fixed('/auth/logout'), [204, 204, 204, 204, 204], () => ({ refreshToken: 'not-a-token' })),
    c('post', '/auth/register', fixed('/auth/register'), [400, 400, 400, 400, 400], () => ({})),
    c('get', '/auth/me', fixed('/auth/me'), [200, 200, 200, 200, 401]),
    c('post', '/auth/password', fixed('/auth/password'), [400, 400, 400, 400, 401], () => ({ currentPassword: 'wrong', newPassword: 'long-enough-password' })),
    c('post', '/auth/api-tokens', fixed('/auth/api-tokens'), [403, 400, 400, 400, 401], () => ({})),
    c('get', '/auth/api-tokens', fixed('/auth/api-tokens'), [403, 200, 200, 200, 401]),
    c('post', '/auth/queue-board-ticket', fixed('/auth/queue-board-ticket'), [403, 403, 200, 200, 401]),
    c('delete', '/auth/api-tokens/{id}', () => `/auth/api-tokens/${randomId()}`, [403, 404, 404, 404, 401]),

    // users, roles, audit
    c('get', '/users', fixed('/users'), [403, 200, 200, 200, 401]),
    c('get', '/users/{id}', byTarget((f, t) => `/users/${t === 'own' ? f.enterpriseUserA : f.enterpriseUserB}`), [403, [200, 404], 200, 200, 401]),
    c('post', '/users', fixed('/users'), [403, 400, 403, 400, 401], () => ({})),
    c('patch', '/users/{id}', byTarget((f, t) => `/users/${t === 'own' ? f.enterpriseUserA : f.enterpriseUserB}`), [403, [409, 404], 403, 409, 401], () => stale),
    c(
      'delete',
      '/users/{id}',
      async (f, target, t) => `/users/${await freshEnterpriseUser(t, target === 'own' ? f.enterpriseA : f.enterpriseB)}`,
      [403, [204, 404], 403, 204, 401],
    ),
    c('get', '/audit', fixed('/audit'), STAFF_READ),

    // a talent's own data rights
    c('get', '/me/export', fixed('/me/export'), [200, 403, 403, 403, 401]),
    c('get', '/me/contact-views', fixed('/me/contact-views'), [200, 403, 403, 403, 401]),
    // DELETE /me is exercised on a throwaway talent account in the personal-data test; here only the refusals.
    c('delete', '/me', fixed('/me'), [-1, 403, 403, 403, 401]),

    // consent
    c('post', '/consent-requests', fixed('/consent-requests'), [403, [201, 404], 403, 403, 401], (f, t) => ({ talentId: t === 'own' ? f.talentOwn : f.talentOther, purpose: '面试沟通' })),
    c('get', '/consents', fixed('/consents'), [200, 200, 200, 200, 401]),
    c('get', '/consents/{id}', byTarget((f, t) => `/consents/${t === 'own' ? f.consentOwn : f.consentOther}`), [[200, 404], [200, 404], 200, 200, 401]),
    c('post', '/consents', fixed('/consents'), [201, 403, 403, 403, 401], (f) => ({ enterpriseId: f.enterpriseA, purpose: '就业推荐' })),
    c('post', '/consents/{id}/grant', byTarget((f, t) => `/consents/${t === 'own' ? f.consentOwn : f.consentOther}/grant`), [[200, 404], 403, 403, 403, 401], () => ({})),
    c('post', '/consents/{id}/withdraw', byTarget((f, t) => `/consents/${t === 'own' ? f.consentOwn : f.consentOther}/withdraw`), [[200, 404], 403, 403, 403, 401]),

    // talents
    c('get', '/talents', fixed('/talents'), STAFF_READ),
    c('get', '/talents/{id}', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}`), [[200, 404], [200, 404], 200, 200, 401]),
    c('post', '/talents', fixed('/talents'), [403, 403, 400, 400, 401], () => ({})),
    c('patch', '/talents/{id}', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}`), [[409, 404], 403, 409, 409, 401], () => stale),
    c('delete', '/talents/{id}', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}?version=999`), [[409, 404], 403, 409, 409, 401]),
    c('get', '/talents/{id}/contact', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/contact`), [[200, 404], [200, 404], 200, 200, 401]),
    c('put', '/talents/{id}/contact', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/contact`), [[200, 404], 403, 200, 200, 401], (_f, t) => ({
      phone: t === 'own' ? '13800000001' : '13800000002',
    })),
    c('get', '/talents/{id}/recommendations', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/recommendations`), [[200, 404], 403, 200, 200, 401]),

    // positions: open ones are public job advertisements
    c('get', '/positions', fixed('/positions'), [200, 200, 200, 200, 200]),
    c('get', '/positions/{id}', byTarget((f, t) => `/positions/${t === 'own' ? f.positionA : f.closedPositionB}`), [[200, 404], [200, 404], 200, 200, [200, 404]]),
    c('post', '/positions', fixed('/positions'), [403, 400, 400, 400, 401], () => ({})),
    c('patch', '/positions/{id}', byTarget((f, t) => `/positions/${t === 'own' ? f.positionA : f.positionB}`), [403, [409, 404], 409, 409, 401], () => stale),
    c('delete', '/positions/{id}', byTarget((f, t) => `/positions/${t === 'own' ? f.positionA : f.positionB}?version=999`), [403, [409, 404], 409, 409, 401]),
    c('get', '/positions/{id}/candidates', byTarget((f, t) => `/positions/${t === 'own' ? f.positionA : f.positionB}/candidates`), [403, [200, 404], 200, 200, 401]),
    c(
      'put',
      '/positions/{positionId}/candidates/{talentId}/decision',
      byTarget((f, t) => (t === 'own' ? `/positions/${f.positionA}/candidates/${f.talentOwn}/decision` : `/positions/${f.positionB}/candidates/${f.talentOther}/decision`)),
      [403, [200, 404], 200, 200, 401],
      () => ({ decision: 'shortlisted' }),
    ),
    c(
      'get',
      '/matches/{talentId}/{positionId}',
      byTarget((f, t) => (t === 'own' ? `/matches/${f.talentOwn}/${f.positionA}` : `/matches/${f.talentOther}/${f.positionB}`)),
      [[200, 404], [200, 404], 200, 200, 401],
    ),
    c('get', '/matches', fixed('/matches'), STAFF_READ),
    c('get', '/matches/coverage', fixed('/matches/coverage?minScore=70'), STAFF_READ),
    c('get', '/positions/{id}/programmes', byTarget((f) => `/positions/${f.positionA}/programmes`), STAFF_READ),
    c('get', '/programmes/{id}/positions', byTarget((f) => `/programmes/${f.programme}/positions`), STAFF_READ),
    c('get', '/recompute/status', fixed('/recompute/status'), STAFF_READ),

    // enterprises: public profiles, each edits its own
    c('get', '/enterprises', fixed('/enterprises'), [200, 200, 200, 200, 200]),
    c('get', '/enterprises/{id}', byTarget((f, t) => `/enterprises/${t === 'own' ? f.enterpriseA : f.enterpriseB}`), [200, 200, 200, 200, 200]),
    c('post', '/enterprises', fixed('/enterprises'), [403, 403, 400, 400, 401], () => ({})),
    c('patch', '/enterprises/{id}', byTarget((f, t) => `/enterprises/${t === 'own' ? f.enterpriseA : f.enterpriseB}`), [403, [409, 404], 409, 409, 401], () => stale),
    c('delete', '/enterprises/{id}', byTarget((f, t) => `/enterprises/${t === 'own' ? f.enterpriseA : f.enterpriseB}?version=999`), [403, 403, 409, 409, 401]),

    // universities, programmes, skills, trips, allocations, imports: the talent office's tools
    c('get', '/universities', fixed('/universities'), STAFF_READ),
    c('get', '/universities/{id}', byTarget((f) => `/universities/${f.university}`), STAFF_READ),
    c('post', '/universities', fixed('/universities'), [403, 403, 400, 400, 401], () => ({})),
    c('patch', '/universities/{id}', byTarget((f) => `/universities/${f.university}`), [403, 403, 409, 409, 401], () => stale),
    c('delete', '/universities/{id}', byTarget((f) => `/universities/${f.university}?version=999`), [403, 403, 409, 409, 401]),
    c('get', '/programmes', fixed('/programmes'), STAFF_READ),
    c('get', '/programmes/{id}', byTarget((f) => `/programmes/${f.programme}`), STAFF_READ),
    c('post', '/programmes', fixed('/programmes'), [403, 403, 400, 400, 401], () => ({})),
    c('patch', '/programmes/{id}', byTarget((f) => `/programmes/${f.programme}`), [403, 403, 409, 409, 401], () => stale),
    c('delete', '/programmes/{id}', byTarget((f) => `/programmes/${f.programme}?version=999`), [403, 403, 409, 409, 401]),
    c('get', '/skills', fixed('/skills'), [200, 200, 200, 200, 401]),
    c('get', '/skills/{id}', byTarget((f) => `/skills/${encodeURIComponent(f.skill)}`), [200, 200, 200, 200, 401]),
    c('post', '/skills', fixed('/skills'), [403, 403, 400, 400, 401], () => ({})),
    c('patch', '/skills/{id}', byTarget((f) => `/skills/${encodeURIComponent(f.skill)}`), [403, 403, 409, 409, 401], () => stale),
    c('delete', '/skills/{id}', byTarget((f) => `/skills/${encodeURIComponent(f.skill)}?version=999`), [403, 403, 409, 409, 401]),
    c('get', '/recruitment-trips/options', fixed('/recruitment-trips/options'), STAFF_READ),
    c('post', '/recruitment-trips/plan', fixed('/recruitment-trips/plan'), [403, 403, 400, 400, 401], () => ({})),
    c('post', '/recruitment-trips/plan/{format}', fixed('/recruitment-trips/plan/html'), [403, 403, 400, 400, 401], () => ({})),
    c('get', '/supply-demand/positions', fixed('/supply-demand/positions'), STAFF_READ),
    c('get', '/supply-demand/gaps', fixed('/supply-demand/gaps'), STAFF_READ),
    c('get', '/supply-demand/openings', fixed('/supply-demand/openings?noStrongCandidate=true&sort=coverage'), STAFF_READ),
    c('post', '/allocations/plan', fixed('/allocations/plan'), [403, 403, 200, 200, 401], () => ({})),
    c('post', '/imports/{type}', fixed('/imports/talents'), [403, 403, 400, 400, 401], () => ({})),
    c('get', '/imports/templates/{type}', fixed('/imports/templates/talents'), STAFF_READ),
    c('get', '/imports/{jobId}', () => `/imports/${randomId()}`, [403, 403, 404, 404, 401]),
    c('get', '/exports/candidates/{positionId}', byTarget((f, t) => `/exports/candidates/${t === 'own' ? f.positionA : f.positionB}`), [403, [200, 404], 200, 200, 401]),
    c('get', '/exports/recommendations/{talentId}', byTarget((f, t) => `/exports/recommendations/${t === 'own' ? f.talentOwn : f.talentOther}`), [[200, 404], 403, 200, 200, 401]),
    c('post', '/exports/trip-plan', fixed('/exports/trip-plan'), [403, 403, 400, 400, 401], () => ({})),
    c('get', '/exports/openings', fixed('/exports/openings?format=csv&noStrongCandidate=true'), STAFF_READ),
    c('get', '/exports/{type}', fixed('/exports/talents'), STAFF_READ),

    // talent policies: read by every signed-in role, written by the talent office
    c('get', '/policies', fixed('/policies'), [200, 200, 200, 200, 401]),
    c('get', '/policies/pipeline-cost', fixed('/policies/pipeline-cost'), STAFF_READ),
    c('get', '/policies/{id}', byTarget((f) => `/policies/${f.policy}`), [200, 200, 200, 200, 401]),
    c('post', '/policies', fixed('/policies'), [403, 403, 400, 400, 401], () => ({})),
    c('patch', '/policies/{id}', byTarget((f) => `/policies/${f.policy}`), [403, 403, 409, 409, 401], () => stale),
    c('delete', '/policies/{id}', byTarget((f) => `/policies/${f.policy}?version=999`), [403, 403, 409, 409, 401]),
    c('get', '/talents/{id}/policies', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/policies?positionId=${f.positionA}`), [[200, 404], 403, 200, 200, 401]),

    // interest and the hiring pipeline: a talent applies and withdraws for themself only; an enterprise
    // invites to, reads and moves only its own openings' pipelines (another enterprise's is a 404).
    c('post', '/talents/{id}/applications', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/applications`), [[201, 404], 403, 403, 403, 401], (f) => ({ positionId: f.positionA, note: '可随时到岗' })),
    c(
      'post',
      '/talents/{id}/applications/{positionId}/withdraw',
      byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/applications/${f.positionA}/withdraw`),
      [[200, 404], 403, 403, 403, 401],
    ),
    c('get', '/talents/{id}/applications', byTarget((f, t) => `/talents/${t === 'own' ? f.talentOwn : f.talentOther}/applications`), [[200, 404], 403, 200, 200, 401]),
    // Calls run in role order: the enterprise's own invitation is new (201); staff then find it sent (409),
    // and the coordinator is the first to invite B's candidate (201).
    c(
      'post',
      '/positions/{id}/invitations',
      byTarget((f, t) => `/positions/${t === 'own' ? f.positionA : f.positionB}/invitations`),
      [403, [201, 404], [409, 201], 409, 401],
      (f, t) => ({ talentId: t === 'own' ? f.talentOwn : f.talentOther }),
    ),
    // The enterprise takes its own invitation back (200); the coordinator takes back the one it sent to
    // B's candidate; after that nothing is left to withdraw (404).
    c(
      'post',
      '/positions/{id}/invitations/{talentId}/withdraw',
      byTarget((f, t) => (t === 'own' ? `/positions/${f.positionA}/invitations/${f.talentOwn}/withdraw` : `/positions/${f.positionB}/invitations/${f.talentOther}/withdraw`)),
      [403, [200, 404], [404, 200], 404, 401],
    ),
    c('get', '/positions/{id}/pipeline', byTarget((f, t) => `/positions/${t === 'own' ? f.positionA : f.positionB}/pipeline`), [403, [200, 404], 200, 200, 401]),
    c(
      'patch',
      '/positions/{id}/pipeline/{talentId}',
      byTarget((f, t) => (t === 'own' ? `/positions/${f.positionA}/pipeline/${f.talentOwn}` : `/positions/${f.positionB}/pipeline/${f.talentOther}`)),
      [403, [409, 404], 409, 409, 401],
      () => ({ note: '备注', ...stale }),
    ),
    c('get', '/health', fixed('/health'), [200, 200, 200, 200, 200]),
  ];
}

describe('access control: every route × every role × {own, other, no token}', () => {
  let t: TestApp;
  let f: AccessFixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await buildAccessFixture(t);
  });
  afterAll(async () => t?.close());

  it('answers every call with the status the access table gives', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const testCase of cases()) {
      for (const [i, who] of WHO.entries()) {
        for (const target of ['own', 'other'] as Target[]) {
          const expected = testCase.expect[i];
          const want = Array.isArray(expected) ? expected[target === 'own' ? 0 : 1] : expected;
          if (want === -1) continue;
          const path = await testCase.path(f, target, t);
          const agent = who === 'anon' ? t.anon() : t.as(f.tokens[who]);
          let req = agent[testCase.method](path);
          if (testCase.body) req = req.send(testCase.body(f, target));
          const res = await req;
          calls++;
          if (res.status !== want) mismatches.push(`${testCase.method.toUpperCase()} ${path} as ${who} (${target}): ${res.status}, expected ${want} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(700);
  });

  it('covers every route the API serves', () => {
    const document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    const served = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const tested = new Set(cases().map((testCase) => `${testCase.method.toUpperCase()} ${testCase.route}`));
    expect(served.filter((route) => !tested.has(route))).toEqual([]);
    expect([...tested].filter((route) => !served.includes(route))).toEqual([]);
  });

  it('guards the queue board like the other staff-only tools', async () => {
    await t.anon().get('/queues').expect(401);
    await t.as(f.tokens.talent).get('/queues').expect(403);
    await t.as(f.tokens.enterprise).get('/queues').expect(403);
    const res = await t.as(f.tokens.coordinator).get('/queues');
    expect(res.status).toBeLessThan(400);
  });

  it('opens the queue board in a browser through a one-minute ticket exchanged for a board-only cookie', async () => {
    const { url } = (await t.as(f.tokens.coordinator).post('/auth/queue-board-ticket').expect(200)).body;
    const ticket = decodeURIComponent(url.split('ticket=')[1]);
    // The ticket is not an access token, and does not open the board for anyone without it.
    await t.as(ticket).get('/auth/me').expect(401);
    await t.anon().get('/queues/?ticket=forged').expect(401);
    const exchanged = await t.anon().get(url).expect(303);
    expect(exchanged.headers.location).toBe('/queues/');
    const cookie = (exchanged.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/^queue_board=.+; Max-Age=1800; Path=\/queues; Expires=.+; HttpOnly; SameSite=Strict$/);
    const board = await t.anon().get('/queues/').set('Cookie', cookie.split(';')[0]);
    expect(board.status).toBeLessThan(400);
    // The board cookie is no access token either.
    await t.as(cookie.split(';')[0].split('=')[1]).get('/auth/me').expect(401);
  });
});
