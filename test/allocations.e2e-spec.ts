import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { buildDemoData } from '../src/seed/demo';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

interface Row {
  talentId: string;
  positionId: string;
  score: number;
}
interface OpenPosition {
  open: number;
  urgency: number;
  industry: string;
}
interface Candidate {
  talentId: string;
  score: number;
  allocatedHere?: boolean;
  allocatedElsewhere?: boolean;
  allocatedPositionId?: string | null;
}

/** Capacity-aware allocation over the stored matches of the demo data (real PostgreSQL, real recompute). */
describe('allocation of candidates across openings (demo data)', () => {
  let t: TestApp;
  let positions: Map<string, OpenPosition>;
  let stored: Map<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    await seed(t.dataSource, buildDemoData());
    t.app.get(OutboxRelay).kick();
    await waitFor('stored matches', async () => (await pendingCount(t.dataSource)) === 0, 180_000);
    const rows: ({ id: string } & OpenPosition)[] = await t.dataSource.query(
      `SELECT id, headcount - filled_count AS open, urgency, industry FROM position WHERE status = 'open'`,
    );
    positions = new Map(rows.map((r) => [r.id, r]));
    const matches: Row[] = await t.dataSource.query(
      `SELECT talent_id AS "talentId", position_id AS "positionId", score FROM match WHERE eligible`,
    );
    stored = new Map(matches.map((m) => [`${m.talentId}:${m.positionId}`, m.score]));
  }, 240_000);
  afterAll(() => t.close());

  const plan = (body: object) => t.http().post('/allocations/plan').send(body);

  /** Capacities, one job per talent, and only stored eligible pairs at or above the threshold. */
  function expectFeasible(assignment: Row[], minScore: number): void {
    const load = new Map<string, number>();
    const talents = new Set<string>();
    for (const row of assignment) {
      expect(talents.has(row.talentId)).toBe(false);
      talents.add(row.talentId);
      load.set(row.positionId, (load.get(row.positionId) ?? 0) + 1);
      const score = stored.get(`${row.talentId}:${row.positionId}`);
      expect(score).toBeDefined();
      expect(score!).toBeGreaterThanOrEqual(minScore);
    }
    for (const [positionId, n] of load) expect(n).toBeLessThanOrEqual(positions.get(positionId)!.open);
  }

  it.each(['deferred_acceptance', 'max_weight'])(
    '%s covers more urgent headcount than naive per-opening ranking, within capacities',
    async (method) => {
      const started = Date.now();
      const res = await plan({ method }).expect(200);
      const { totals, comparison, assignment, summary, coverageByIndustry, unmatchedPositions } = res.body;
      console.log(
        `${method} (${Date.now() - started} ms): ${summary.zh}\n${summary.en}\n` +
          JSON.stringify({ totals, comparison }, null, 1),
      );
      expect(res.body.method).toBe(method);
      expect(res.body.interests).toBe('not recorded');
      expect(totals.coveredUrgentHeadcount).toBeGreaterThan(comparison.naiveCoveredUrgentHeadcount);
      expect(totals.coveredUrgentHeadcount).toBe(
        method === 'max_weight' ? comparison.optimalCoveredUrgentHeadcount : comparison.stableCoveredUrgentHeadcount,
      );
      expect(summary.zh).toContain(
        `分配方案覆盖紧缺岗位 ${totals.coveredUrgentHeadcount}/${totals.urgentHeadcount} 个名额，逐岗排名仅覆盖 ${comparison.naiveCoveredUrgentHeadcount} 个`,
      );
      expect(comparison.sharedTop5Positions).toBeGreaterThan(0);
      expect(comparison.distinctTalentsInTop5).toBeLessThan(comparison.top5Entries);

      expectFeasible(assignment, 50);
      expect(totals.assignedTalents).toBe(assignment.length);
      const scoreSum = assignment.reduce((s: number, r: Row) => s + r.score, 0);
      expect(Math.abs(totals.totalScore - scoreSum)).toBeLessThan(0.05 * assignment.length + 0.01);
      for (const row of assignment) {
        expect(row).toEqual(
          expect.objectContaining({ talentName: expect.any(String), positionTitle: expect.any(String), enterpriseName: expect.any(String) }),
        );
      }

      const covered = coverageByIndustry.reduce((n: number, c: { covered: number }) => n + c.covered, 0);
      expect(covered).toBe(assignment.length);
      for (const c of coverageByIndustry) expect(c.label).toEqual({ zh: expect.any(String), en: expect.any(String) });
      expect(coverageByIndustry.some((c: { label: { zh: string } }) => /[\u4e00-\u9fff]/.test(c.label.zh))).toBe(true);

      for (const u of unmatchedPositions) {
        expect(['no_eligible_candidate', 'outcompeted']).toContain(u.reason);
        expect(u.title).toEqual(expect.any(String));
        const seated = assignment.filter((r: Row) => r.positionId === u.positionId).length;
        expect(u.open).toBe(positions.get(u.positionId)!.open - seated);
      }
    },
  );

  it('is deterministic: the same request gives the same response', async () => {
    for (const body of [{}, { method: 'max_weight', exposureCap: 5 }]) {
      const a = await plan(body).expect(200);
      const b = await plan(body).expect(200);
      expect(b.body).toEqual(a.body);
    }
  });

  it('applies the filters and the exposure cap', async () => {
    const urgent = await plan({ minUrgency: 4, minScore: 60 }).expect(200);
    expect(urgent.body.totals.urgentHeadcount).toBe(urgent.body.totals.headcount);
    expectFeasible(urgent.body.assignment, 60);
    for (const row of urgent.body.assignment) expect(positions.get(row.positionId)!.urgency).toBeGreaterThanOrEqual(4);

    const industry = [...positions.values()][0].industry;
    const one = await plan({ industries: [industry] }).expect(200);
    expect(one.body.coverageByIndustry.map((c: { industry: string }) => c.industry)).toEqual([industry]);
    for (const row of one.body.assignment) expect(positions.get(row.positionId)!.industry).toBe(industry);

    const capped = await plan({ exposureCap: 1 }).expect(200);
    expectFeasible(capped.body.assignment, 50);
    expect(capped.body.parameters.exposureCap).toBe(1);
  });

  it('answers 400 naming the field for bad requests', async () => {
    for (const [body, field] of [
      [{ method: 'lottery' }, 'method'],
      [{ exposureCap: 0 }, 'exposureCap'],
      [{ exposureCap: 2.5 }, 'exposureCap'],
      [{ minScore: 101 }, 'minScore'],
      [{ minScore: '60' }, 'minScore'],
      [{ minUrgency: 6 }, 'minUrgency'],
      [{ industries: ['steel'] }, 'industries'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      const res = await plan(body);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(res.body.fields).toHaveProperty(field);
    }
  });

  it('orders a candidate list by exposure when asked: the allocation’s choice first, free talents next, others last and marked', async () => {
    const { assignment } = (await plan({}).expect(200)).body as { assignment: Row[] };
    const placed = new Map(assignment.map((r) => [r.talentId, r.positionId]));
    // The opening where exposure awareness changes the most: most of its top 10 are placed elsewhere.
    const seated = [...new Set(assignment.map((r) => r.positionId))];
    let positionId = seated[0];
    let most = -1;
    for (const id of seated) {
      const top = (await t.http().get(`/positions/${id}/candidates?limit=10`).expect(200)).body.items as Candidate[];
      const away = top.filter((c) => placed.has(c.talentId) && placed.get(c.talentId) !== id).length;
      if (away > most) [positionId, most] = [id, away];
      if (most >= 5) break;
    }
    expect(most).toBeGreaterThan(0);

    const plain = (await t.http().get(`/positions/${positionId}/candidates?limit=200`).expect(200)).body;
    const aware = (await t.http().get(`/positions/${positionId}/candidates?limit=200&exposure=allocated`).expect(200)).body;
    // Default unchanged: by score, no allocation fields.
    expect(plain).not.toHaveProperty('exposure');
    for (const item of plain.items) expect(item).not.toHaveProperty('allocatedElsewhere');
    const plainScores = plain.items.map((c: Candidate) => c.score);
    expect(plainScores).toEqual([...plainScores].sort((a, b) => b - a));

    expect(aware.exposure).toBe('allocated');
    const items = aware.items as Candidate[];
    // Same talents, reordered (when the whole list fits in one page).
    if (plain.items.length < 200) expect(new Set(items.map((c) => c.talentId))).toEqual(new Set(plain.items.map((c: Candidate) => c.talentId)));
    const here = assignment.filter((r) => r.positionId === positionId).map((r) => r.talentId);
    expect(new Set(items.slice(0, here.length).map((c) => c.talentId))).toEqual(new Set(here));
    const group = (c: Candidate) => (c.allocatedHere ? 0 : c.allocatedElsewhere ? 2 : 1);
    const groups = items.map(group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    for (const c of items) {
      expect(c.allocatedPositionId).toBe(placed.get(c.talentId) ?? null);
      expect(c.allocatedElsewhere).toBe(placed.has(c.talentId) && placed.get(c.talentId) !== positionId);
    }
    for (let i = 1; i < items.length; i++) {
      if (group(items[i]) === group(items[i - 1])) expect(items[i].score).toBeLessThanOrEqual(items[i - 1].score);
    }
    console.log(
      `exposure-aware list for ${positionId}: ${here.length} assigned here, ${groups.filter((g) => g === 1).length} free, ` +
        `${groups.filter((g) => g === 2).length} allocated elsewhere (${most} of the plain top 10)`,
    );

    // A short list still shows the talents assigned here first, however far down the score order they are.
    const short = (await t.http().get(`/positions/${positionId}/candidates?limit=${here.length}&exposure=allocated`).expect(200)).body;
    expect(new Set(short.items.map((c: Candidate) => c.talentId))).toEqual(new Set(here));

    const bad = await t.http().get(`/positions/${positionId}/candidates?exposure=everyone`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('exposure');
  });
});
