import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { buildDemoData } from '../src/seed/demo';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

/** Capacity-aware allocation over the stored matches of the demo data (real PostgreSQL). */
describe('allocation of candidates across openings (demo data)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    await seed(t.dataSource, buildDemoData());
    t.app.get(OutboxRelay).kick();
    await waitFor('stored matches', async () => (await pendingCount(t.dataSource)) === 0, 180_000);
  });
  afterAll(() => t.close());

  async function openHeadcount(): Promise<Map<string, number>> {
    const rows = await t.dataSource.query(`SELECT id, headcount - filled_count AS open FROM position WHERE status = 'open'`);
    return new Map(rows.map((r: { id: string; open: number }) => [r.id, r.open]));
  }

  it.each(['deferred_acceptance', 'max_weight'])('%s covers more urgent headcount than naive per-opening ranking, within capacities', async (method) => {
    const res = await t.http().post('/allocations/plan').send({ method }).expect(200);
    const { totals, comparison, assignment, summary } = res.body;
    console.log(`${method}: ${summary.en}`);
    expect(totals.coveredUrgentHeadcount).toBeGreaterThan(comparison.naiveCoveredUrgentHeadcount);
    const open = await openHeadcount();
    const perPosition = new Map<string, number>();
    const talents = new Set<string>();
    for (const row of assignment) {
      perPosition.set(row.positionId, (perPosition.get(row.positionId) ?? 0) + 1);
      expect(talents.has(row.talentId)).toBe(false);
      talents.add(row.talentId);
      expect(row.score).toBeGreaterThanOrEqual(50);
    }
    for (const [positionId, n] of perPosition) expect(n).toBeLessThanOrEqual(open.get(positionId)!);
    expect(res.body.interests).toBe('not recorded');
    expect(res.body.coverageByIndustry[0].label.zh).toEqual(expect.any(String));
    for (const u of res.body.unmatchedPositions) expect(['no_eligible_candidate', 'outcompeted']).toContain(u.reason);
  });

  it('is deterministic', async () => {
    const a = await t.http().post('/allocations/plan').send({ method: 'max_weight', exposureCap: 5 }).expect(200);
    const b = await t.http().post('/allocations/plan').send({ method: 'max_weight', exposureCap: 5 }).expect(200);
    expect(b.body).toEqual(a.body);
  });

  it('answers 400 naming the field for bad requests', async () => {
    for (const [body, field] of [
      [{ method: 'lottery' }, 'method'],
      [{ exposureCap: 0 }, 'exposureCap'],
      [{ minScore: 101 }, 'minScore'],
      [{ industries: ['steel'] }, 'industries'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      const res = await t.http().post('/allocations/plan').send(body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty(field);
    }
  });

  it('orders a candidate list by exposure when asked: the allocation’s choice first, others marked', async () => {
    const plan = await t.http().post('/allocations/plan').send({}).expect(200);
    const positionId = plan.body.assignment[0].positionId as string;
    const plain = await t.http().get(`/positions/${positionId}/candidates?limit=30`).expect(200);
    const aware = await t.http().get(`/positions/${positionId}/candidates?limit=30&exposure=allocated`).expect(200);
    expect(plain.body.items[0]).not.toHaveProperty('allocatedElsewhere');
    const assignedHere = new Set(
      plan.body.assignment.filter((a: { positionId: string }) => a.positionId === positionId).map((a: { talentId: string }) => a.talentId),
    );
    const order = aware.body.items.map((i: { talentId: string; allocatedElsewhere: boolean }) => (assignedHere.has(i.talentId) ? 0 : i.allocatedElsewhere ? 2 : 1));
    expect(order).toEqual([...order].sort((a: number, b: number) => a - b));
    expect(order[0]).toBe(0);
    const bad = await t.http().get(`/positions/${positionId}/candidates?exposure=everyone`);
    expect(bad.status).toBe(400);
  });
});
