import type { Server } from 'node:http';
import request from 'supertest';
import { waitFor } from '../support/recompute-harness';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

const LIMIT = 5;
const PARALLEL = 100;

/**
 * Issue 13: sign-in attempts are counted before the password is checked, so a burst sent all at once
 * gets at most LIMIT password checks. The window is short here (LOGIN_WINDOW_SECONDS=2) so the test can
 * wait for it to pass; nothing asserts on elapsed time.
 */
describe.each([
  ['Redis', {}],
  ['in-process (no Redis)', { REDIS_URL: '' }],
])('sign-in limit under a parallel burst, counters in %s', (_mode, env: Record<string, string>) => {
  let t: TestApp;
  let server: Server;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: String(LIMIT), LOGIN_WINDOW_SECONDS: '2', ...env });
    // Listening once up front: supertest would otherwise start listening for each of the parallel requests.
    server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => t?.close());

  const signIn = (username: string, password: string) => request(server).post('/auth/login').send({ username, password });
  const usernameOf = async (token: string) => (await t.as(token).get('/auth/me').expect(200)).body.username as string;

  it(`checks at most ${LIMIT} of ${PARALLEL} parallel wrong passwords, then refuses the right one until the window ends`, async () => {
    const username = await usernameOf((await t.account('coordinator')).token);
    const burst = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => signIn(username, `wrong-password-${i}`)));
    const tally: Record<number, number> = {};
    for (const res of burst) tally[res.status] = (tally[res.status] ?? 0) + 1;
    // Printed for the record: checking the count before the password and recording the failure after it
    // answered 78 of these with 401 on Redis and all 100 in memory.
    console.log(`sign-in burst (${_mode}): ${JSON.stringify(tally)}`);
    expect(tally).toEqual({ 401: LIMIT, 429: PARALLEL - LIMIT });
    for (const res of burst.filter((r) => r.status === 429)) {
      expect(res.body.code).toBe('RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }

    const right = await signIn(username, TEST_PASSWORD);
    expect(right.status).toBe(429);
    // Refused attempts are not counted, so polling does not prolong the lock.
    await waitFor('the sign-in window to pass', async () => (await signIn(username, TEST_PASSWORD)).status !== 429, 15_000, 250);
    const after = await signIn(username, TEST_PASSWORD);
    expect(after.status).toBe(200);
    expect(after.body.tokenType).toBe('Bearer');
  });
});
