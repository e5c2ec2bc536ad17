import { RecomputeRunner } from '../../src/recompute/recompute-runner.service';
import { StoredMatchInput, lockTalentRow, writeTalentRow } from '../../src/recompute/match-store';
import { OutboxRelay } from '../../src/recompute/outbox-relay.service';
import { EngineVersionCheck } from '../../src/recompute/engine-version-check';
import { ENGINE_VERSION } from '../../src/matching/score/engine-params';
import { demoSlice, diffRows, fromScratch, pendingCount, seed, storedRows, waitFor } from '../support/recompute-harness';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The recompute pipeline in-process (no REDIS_URL): writes go through the outbox, the relay hands them
 * to the in-process queue, and the stored matches follow. Idempotence and ordering are checked on the
 * store itself, against the real PostgreSQL.
 */
describe('recompute: outbox, store and freshness (real PostgreSQL, in-process queue)', () => {
  let t: TestApp;
  let runner: RecomputeRunner;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    runner = t.app.get(RecomputeRunner);
    await seed(t.dataSource, demoSlice(120, 40));
    t.app.get(OutboxRelay).kick();
    await waitFor('initial rebuild', async () => (await pendingCount(t.dataSource)) === 0);
  });
  afterAll(() => t.close());

  it('stores what a from-scratch recompute gives, and serves it as candidates and recommendations', async () => {
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
    const [{ position_id: positionId, talent_id: talentId }] = await t.dataSource.query(
      'SELECT position_id, talent_id FROM match ORDER BY score DESC LIMIT 1',
    );
    const candidates = await t.http().get(`/positions/${positionId}/candidates?limit=5`).expect(200);
    expect(candidates.body.stale).toBe(false);
    expect(candidates.body.computedAt).toBeTruthy();
    expect(candidates.body.items.length).toBeGreaterThan(0);
    const first = candidates.body.items[0];
    expect(first).toEqual(expect.objectContaining({ talentId, matchedSkills: expect.any(Array), missingSkills: expect.any(Array) }));
    const scores = candidates.body.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const recs = await t.http().get(`/talents/${talentId}/recommendations`).expect(200);
    expect(recs.body.items.map((i: { positionId: string }) => i.positionId)).toContain(positionId);
    const pair = await t.http().get(`/matches/${talentId}/${positionId}`).expect(200);
    expect(pair.body.stored.score).toBeCloseTo(pair.body.score, 1);
    expect(pair.body.reasons.zh.length).toBeGreaterThan(0);
  });

  it('marks a talent stale while its recompute is pending, then fresh', async () => {
    const [talent] = await t.dataSource.query('SELECT id, version FROM talent ORDER BY id LIMIT 1');
    await t.dataSource.query(
      `INSERT INTO recompute_request (kind, entity_id, requested_seq, enqueued_at) VALUES ('talent', $1, nextval('recompute_seq'), now())
       ON CONFLICT (kind, entity_id) DO UPDATE SET requested_seq = EXCLUDED.requested_seq, enqueued_at = now()`,
      [talent.id],
    );
    const stale = await t.http().get(`/talents/${talent.id}/recommendations`).expect(200);
    expect(stale.body.stale).toBe(true);
    await runner.run('talent', talent.id);
    const fresh = await t.http().get(`/talents/${talent.id}/recommendations`).expect(200);
    expect(fresh.body.stale).toBe(false);
  });

  it('follows a profile edit made through the API', async () => {
    // Ids are random per run: pick by data, not by id. A vocational-school profile can legitimately match no
    // position above the stored threshold after this edit, so take the Baotou talent with the most stored rows.
    const [talent] = await t.dataSource.query(
      `SELECT t.id, t.version FROM talent t JOIN match m ON m.talent_id = t.id
        WHERE t.current_city = '包头' GROUP BY t.id, t.version ORDER BY count(*) DESC, t.id LIMIT 1`,
    );
    await t
      .http()
      .patch(`/talents/${talent.id}`)
      .send({ version: talent.version, headline: '稀土萃取分离工程师', skills: [{ name: '稀土萃取', level: 5, years: 8 }, { name: '串级萃取理论与设计', level: 5 }] })
      .expect(200);
    await waitFor('talent recompute', async () => (await pendingCount(t.dataSource)) === 0);
    const rows = await t.dataSource.query('SELECT talent_version FROM match WHERE talent_id = $1', [talent.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { talent_version: number }) => r.talent_version === talent.version + 1)).toBe(true);
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
  });

  it('recomputes an entity edited without pause once the debounce maximum wait has passed', async () => {
    const [talent] = await t.dataSource.query('SELECT id, version FROM talent ORDER BY id LIMIT 1 OFFSET 7');
    let version = talent.version;
    let caughtUpWhileEditing = false;
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      const res = await t.http().patch(`/talents/${talent.id}`).send({ version, summary: `连续编辑 ${version}` }).expect(200);
      version = res.body.version;
      const [mark] = await t.dataSource.query('SELECT talent_version FROM talent_match_state WHERE talent_id = $1', [talent.id]);
      if (mark && mark.talent_version > talent.version) caughtUpWhileEditing = true;
      await new Promise((r) => setTimeout(r, 20));
    }
    // Edits every ~20 ms never leave the 50 ms debounce window quiet; the 1 s maximum wait still applies.
    expect(caughtUpWhileEditing).toBe(true);
    await waitFor('last edit', async () => (await pendingCount(t.dataSource)) === 0);
  });

  it('runs the same recompute 10 times in parallel with one result, no duplicates and no errors', async () => {
    const [talent] = await t.dataSource.query('SELECT id FROM talent ORDER BY id DESC LIMIT 1');
    const before = await storedRows(t.dataSource);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => runner.run('talent', talent.id)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [{ n, distinct }] = await t.dataSource.query(
      'SELECT count(*)::int AS n, count(DISTINCT (talent_id, position_id))::int AS distinct FROM match',
    );
    expect(n).toBe(distinct);
    expect(diffRows(before, await storedRows(t.dataSource))).toEqual([]);
  });

  it('lets version 2 of a talent win when results for versions 1 and 2 arrive out of order', async () => {
    const [talent] = await t.dataSource.query('SELECT id, version FROM talent ORDER BY id LIMIT 1 OFFSET 5');
    const v1Rows: StoredMatchInput[] = await captureRow(talent.id);
    await t.http().patch(`/talents/${talent.id}`).send({ version: talent.version, headline: '电气自动化工程师', summary: '十年PLC编程与DCS调试经验' }).expect(200);
    await waitFor('v2 recompute', async () => (await pendingCount(t.dataSource)) === 0);
    const v2 = await t.dataSource.query('SELECT position_id, score, talent_version FROM match WHERE talent_id = $1 ORDER BY position_id', [talent.id]);
    expect(v2.every((r: { talent_version: number }) => r.talent_version === talent.version + 1)).toBe(true);

    // The late result of version 1 (same corpus generation) arrives now: it must change nothing.
    const [{ generation }] = await t.dataSource.query(`SELECT generation FROM engine_state WHERE key = 'corpus'`);
    await t.dataSource.transaction(async (manager) => {
      await lockTalentRow(manager, talent.id);
      await writeTalentRow(manager, { talentId: talent.id, talentVersion: talent.version, generation: Number(generation), matches: v1Rows });
    });
    const after = await t.dataSource.query('SELECT position_id, score, talent_version FROM match WHERE talent_id = $1 ORDER BY position_id', [talent.id]);
    expect(after).toEqual(v2);
  });

  async function captureRow(talentId: string): Promise<StoredMatchInput[]> {
    const rows = await t.dataSource.query(
      'SELECT position_id, score, eligible, components, explanation, engine_version, talent_version, position_version FROM match WHERE talent_id = $1',
      [talentId],
    );
    return rows.map((r: Record<string, unknown>) => ({
      talentVersion: r.talent_version as number,
      positionVersion: r.position_version as number,
      result: {
        talentId,
        positionId: r.position_id as string,
        score: (r.score as number) + 1,
        eligible: r.eligible as boolean,
        ineligibleReasons: [],
        components: r.components,
        skills: { matched: [], partial: [], missing: [], preferredMatched: [] },
        reasons: { zh: ['old'], en: ['old'] },
        engineVersion: r.engine_version as string,
      },
    })) as StoredMatchInput[];
  }
  it('asks for one rebuild when a new engine version starts over stored matches, none on a first start', async () => {
    const rebuildSeq = async () => (await runner.requestedSeq('rebuild', '*')) ?? 0;
    const check = t.app.get(EngineVersionCheck);
    await t.dataSource.query(`UPDATE engine_state SET engine_version = 'match-0.0.0' WHERE key = 'corpus'`);
    const before = await rebuildSeq();
    await check.onApplicationBootstrap();
    expect(await rebuildSeq()).toBeGreaterThan(before);
    await check.onApplicationBootstrap(); // claimed once: a second process starting asks for nothing more
    const claimed = await rebuildSeq();
    await waitFor('the engine-version rebuild', async () => (await pendingCount(t.dataSource)) === 0);
    expect(await rebuildSeq()).toBe(claimed);

    // Nothing computed yet (a first start): the data loader asks for the rebuild, the check must not add one.
    await t.dataSource.query('DELETE FROM talent_match_state; DELETE FROM programme_match');
    await t.dataSource.query(`UPDATE engine_state SET engine_version = 'match-0.0.0' WHERE key = 'corpus'`);
    await check.onApplicationBootstrap();
    expect(await rebuildSeq()).toBe(claimed);
    const [{ engine_version: version }] = await t.dataSource.query(`SELECT engine_version FROM engine_state WHERE key = 'corpus'`);
    expect(version).toBe(ENGINE_VERSION);
  });
});
