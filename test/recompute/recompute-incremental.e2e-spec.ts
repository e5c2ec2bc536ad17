import { rngFor } from '../../src/seed/demo/prng';
import { demoSlice, diffLists, diffRows, fromScratch, fromScratchLists, pendingCount, seed, storedLists, storedRows, waitFor } from '../support/recompute-harness';
import { startTestApp, TestApp } from '../support/test-app';

/** Small lists, so that lists are full and floors, evictions and refills all happen on a small data set. */
const LIST_LIMIT = 5;
const ENV = {
  REDIS_URL: '',
  MATCH_POSITION_LIST_LIMIT: String(LIST_LIMIT),
  MATCH_POSITION_LIST_SLACK: '2',
  // A talent's row holds 3 positions: most talents then have better positions than the one a list is about.
  MATCH_STORE_LIMIT: '3',
  MATCH_STORE_MIN_ROWS: '2',
  STATISTICS_DRIFT_PERCENT: '100',
};
const ROW_OPTIONS = { limit: 3, minScore: 40, minRows: 2 };

async function settle(t: TestApp): Promise<void> {
  await waitFor('recomputes', async () => (await pendingCount(t.dataSource)) === 0, 120_000, 50);
}

async function generation(t: TestApp): Promise<number> {
  const [state] = await t.dataSource.query(`SELECT generation FROM engine_state WHERE key = 'corpus'`);
  return Number(state.generation);
}

async function expectSameAsFromScratch(t: TestApp): Promise<void> {
  expect(diffRows(await fromScratch(t.dataSource, ROW_OPTIONS), await storedRows(t.dataSource))).toEqual([]);
  expect(diffLists(await fromScratchLists(t.dataSource, LIST_LIMIT), await storedLists(t.dataSource, LIST_LIMIT))).toEqual([]);
}

/**
 * Incremental recompute (in-process queue, real PostgreSQL): both directions stored, a position edit
 * rescoring one column under frozen statistics, and the stored lists after interleaved edits equal to a
 * from-scratch computation under the same statistics generation.
 */
describe('recompute: incremental, both directions (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ENV);
    await seed(t.dataSource, demoSlice(240, 60));
    await settle(t);
  });
  afterAll(() => t.close());

  it('stores both directions as a from-scratch computation gives them', async () => {
    await expectSameAsFromScratch(t);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM position_match_state');
    expect(n).toBeGreaterThan(30);
  });

  it('lists a candidate in a position list even when its own best positions all outrank that position', async () => {
    // A list member whose row (its 3 best positions) does not hold the position: before, lists were read
    // from the talents' rows and such a candidate could not appear.
    const [pair] = await t.dataSource.query(
      `SELECT m.talent_id, m.position_id, m.score FROM match m
        WHERE m.in_position_list AND NOT m.in_talent_list ORDER BY m.score DESC LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const [{ better }] = await t.dataSource.query(
      'SELECT count(*)::int AS better FROM match WHERE talent_id = $1 AND in_talent_list AND score > $2',
      [pair.talent_id, pair.score],
    );
    expect(better).toBe(3);
    const res = await t.http().get(`/positions/${pair.position_id}/candidates?limit=${LIST_LIMIT}`).expect(200);
    expect(res.body.items.map((i: { talentId: string }) => i.talentId)).toContain(pair.talent_id);
  });

  it('recomputes one column when a position is edited: its pairs, and the rows it enters or leaves', async () => {
    const before = await generation(t);
    const [{ total }] = await t.dataSource.query('SELECT count(*)::int AS total FROM match');
    const [position] = await t.dataSource.query(
      `SELECT p.id, p.version FROM position p JOIN position_match_state s ON s.position_id = p.id WHERE s.size >= $1 ORDER BY p.id LIMIT 1`,
      [LIST_LIMIT],
    );
    const [{ now: since }] = await t.dataSource.query('SELECT clock_timestamp() AS now');
    await t
      .http()
      .patch(`/positions/${position.id}`)
      .send({ version: position.version, description: '负责稀土萃取分离产线的工艺优化、串级萃取设计与数据分析，兼顾安全生产与质量管理。' })
      .expect(200);
    await settle(t);
    // No new statistics generation and no rebuild: one column.
    expect(await generation(t)).toBe(before);
    const written: { talent_id: string; position_id: string }[] = await t.dataSource.query(
      'SELECT talent_id, position_id FROM match WHERE computed_at >= $1',
      [since],
    );
    const rescoredRows: { talent_id: string }[] = await t.dataSource.query('SELECT talent_id FROM talent_match_state WHERE computed_at >= $1', [since]);
    const rewritten = new Set(rescoredRows.map((r) => r.talent_id));
    // Every pair written is the position's, or belongs to a talent whose row the position entered or left.
    expect(written.filter((w) => w.position_id !== position.id && !rewritten.has(w.talent_id))).toEqual([]);
    expect(written.some((w) => w.position_id === position.id)).toBe(true);
    expect(rewritten.size).toBeLessThan(240 / 4);
    expect(written.length).toBeLessThan(total / 4);
    const [{ rebuilds }] = await t.dataSource.query(
      `SELECT count(*)::int AS rebuilds FROM recompute_request WHERE kind = 'rebuild' AND requested_at >= $1`,
      [since],
    );
    expect(rebuilds).toBe(0);
    await expectSameAsFromScratch(t);
  });

  it('after random interleaved talent and position edits, both directions equal a from-scratch computation', async () => {
    const rng = rngFor(20261204, 'interleaved-edits');
    const talents: { id: string }[] = await t.dataSource.query('SELECT id FROM talent ORDER BY id');
    const positions: { id: string }[] = await t.dataSource.query(`SELECT id FROM position WHERE status = 'open' ORDER BY id`);
    const skills = ['稀土萃取', '串级萃取理论与设计', 'PLC编程', '钕铁硼磁体烧结', '化学分析', '电气自动化'];
    for (let step = 0; step < 16; step++) {
      if (rng.chance(0.5)) {
        const { id } = talents[rng.int(0, talents.length - 1)];
        const { body } = await t.http().get(`/talents/${id}`).expect(200);
        await t
          .http()
          .patch(`/talents/${id}`)
          .send({ version: body.version, skills: [{ name: skills[rng.int(0, skills.length - 1)], level: rng.int(2, 5), years: rng.int(1, 10) }, ...body.skills.slice(0, 2)] })
          .expect(200);
      } else if (step === 9) {
        // A position closes: its list goes, the rows that held it are refilled.
        const { id } = positions.splice(rng.int(0, positions.length - 1), 1)[0];
        const { body } = await t.http().get(`/positions/${id}`).expect(200);
        await t.http().patch(`/positions/${id}`).send({ version: body.version, status: 'closed' }).expect(200);
      } else {
        const { id } = positions[rng.int(0, positions.length - 1)];
        const { body } = await t.http().get(`/positions/${id}`).expect(200);
        await t
          .http()
          .patch(`/positions/${id}`)
          .send({ version: body.version, requiredSkills: [...body.requiredSkills.slice(0, 2), { name: skills[rng.int(0, skills.length - 1)], weight: 1, minLevel: rng.int(1, 3) }] })
          .expect(200);
      }
      // Some edits land while the previous ones are still being recomputed.
      if (rng.chance(0.5)) await settle(t);
    }
    await settle(t);
    await expectSameAsFromScratch(t);
  });
});

describe('recompute: statistics drift (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...ENV, STATISTICS_DRIFT_PERCENT: '10' });
    await seed(t.dataSource, demoSlice(60, 40));
    await settle(t);
  });
  afterAll(() => t.close());

  it('triggers exactly one background refresh when the positions drift past the bound', async () => {
    const first = await generation(t);
    const positions: { id: string }[] = await t.dataSource.query(`SELECT id FROM position WHERE status = 'open' ORDER BY id LIMIT 8`);
    // 4 of 40 changed = 10%: not past the bound yet.
    for (const [i, { id }] of positions.entries()) {
      const { body } = await t.http().get(`/positions/${id}`).expect(200);
      await t.http().patch(`/positions/${id}`).send({ version: body.version, description: `${body.description}（第 ${i + 1} 次修订）` }).expect(200);
      await settle(t);
      if (i < 4) expect(await generation(t)).toBe(first);
    }
    // The 5th to 8th edits are past it: one refresh (a new generation and its rebuild), not one per edit.
    expect(await generation(t)).toBe(first + 1);
    const refreshes = await t.dataSource.query(`SELECT entity_id FROM recompute_request WHERE kind = 'statistics'`);
    expect(refreshes).toEqual([{ entity_id: String(first) }]);
    const [snapshot] = await t.dataSource.query('SELECT position_count FROM statistics_generation WHERE generation = $1', [first + 1]);
    expect(snapshot.position_count).toBe(40);
    await expectSameAsFromScratch(t);
  });
});
