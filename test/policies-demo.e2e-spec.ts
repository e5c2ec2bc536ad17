import { buildDemoData } from '../src/seed/demo';
import { DEMO_POLICIES } from '../src/seed/demo/policies';
import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

/** The policies over the demo data after the initial rebuild: what the strong candidates would cost. */
describe('policies on the demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    await seed(t.dataSource, buildDemoData());
    t.app.get(OutboxRelay).kick();
    await waitFor('programme affinities and matches', async () => (await pendingCount(t.dataSource)) === 0, 180_000);
  });
  afterAll(() => t.close());

  it('are seeded, all illustrative', async () => {
    const res = await t.http().get('/policies?limit=100').expect(200);
    expect(res.body.total).toBe(DEMO_POLICIES.length);
    expect(res.body.items.every((p: { illustrative: boolean; sourceNote: string }) => p.illustrative && p.sourceNote.length > 0)).toBe(true);
  });

  it('cost the strong candidates placed by the seat rule, the same talents supply and demand counts', async () => {
    const cost = (await t.http().get('/policies/pipeline-cost').expect(200)).body;
    const gaps = (await t.http().get('/supply-demand/gaps?by=industry').expect(200)).body;
    expect(cost.seats.talentsPlaced).toBe(gaps.totals.strongTalents);
    expect(cost.everyStrongTalent.talentsPlaced).toBe(cost.strongTalents);
    expect(cost.everyStrongTalent.fundDemandedYuan).toBeGreaterThanOrEqual(cost.seats.fundDemandedYuan);
    expect(cost.flats.demanded).toBe(cost.seats.flatsDemanded);
    const lines = cost.items.map(
      (i: { nameZh: string; talents: number; pendingTalents: number; moneyYuan: number; flats: number; issuer: string }) =>
        `| ${i.nameZh} | ${i.issuer} | ${i.talents} | ${i.pendingTalents} | ${i.moneyYuan.toLocaleString('en')} | ${i.flats} |`,
    );
    console.log(
      [
        `pipeline cost (strong ≥ ${cost.strongScore}: ${cost.strongTalents} talents; placed by seats ${cost.seats.talentsPlaced})`,
        `fund ${cost.fund.yuan.toLocaleString('en')}: demanded ${cost.fund.demandedYuan.toLocaleString('en')} (${(cost.fund.shareDemanded * 100).toFixed(1)} %), pending ${cost.fund.pendingYuan.toLocaleString('en')}`,
        `flats ${cost.flats.available}: demanded ${cost.flats.demanded}, pending ${cost.flats.pending}`,
        `seats: ${JSON.stringify(cost.seats)}`,
        `every strong talent: ${JSON.stringify(cost.everyStrongTalent)}`,
        ...lines,
      ].join('\n'),
    );
  });

  it('put policies on a demo talent’s recommendations', async () => {
    const [{ id }] = await t.dataSource.query("SELECT id FROM talent WHERE tier = 'high_level' ORDER BY external_key LIMIT 1");
    const res = await t.http().get(`/talents/${id}/recommendations?limit=5`).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) expect(item.policies).toEqual({ applies: expect.any(Array), nearly: expect.any(Array) });
  });
});
