import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { buildDemoData } from '../src/seed/demo';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The openings an HR manager of 北方稀土 tried (稀土萃取分离工程师, 信息化工程师, 销售经理), on the whole
 * demo data: each candidate card leads with what sets it apart from the others on the list, never two
 * alike, and carries the background HR reads first. Prints the top five with their leads.
 */
describe('candidate lists that tell candidates apart (demo data, in-process)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    await seed(t.dataSource, buildDemoData());
    t.app.get(OutboxRelay).kick();
    await waitFor('the demo rebuild', async () => (await pendingCount(t.dataSource)) === 0, 300_000, 500);
  }, 320_000);
  afterAll(() => t.close());

  it.each(['pos-008', 'pos-010', 'pos-017'])('%s: the top five each lead with a different, specific reason', async (key) => {
    const [position] = await t.dataSource.query('SELECT id, title FROM position WHERE external_key = $1', [key]);
    const list = await t.http().get(`/positions/${position.id}/candidates?limit=5`).expect(200);
    expect(list.body.items.length).toBe(5);
    const leads = list.body.items.map((c: { lead: { zh: string } }) => c.lead.zh);
    expect(new Set(leads).size).toBe(5);
    for (const c of list.body.items) {
      expect(c.reasons.zh[0]).toBe(c.lead.zh);
      expect(c.background).toEqual(expect.objectContaining({ years: expect.any(Number) }));
    }
    const lines = list.body.items.map(
      (c: { score: number; headline: string; background: { degree: string; years: number }; lead: { zh: string } }, i: number) =>
        `  #${i + 1} ${c.score.toFixed(1)} ${c.headline} (${c.background.degree ?? '-'}, ${c.background.years} 年) — ${c.lead.zh}`,
    );
    console.log(`${position.title} (${key})\n${lines.join('\n')}`);
  });
});
