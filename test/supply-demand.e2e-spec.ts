import { buildDemoData } from '../src/seed/demo';
import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

interface SeatRow {
  openSeats: number;
  strongTalents: number;
  reachableGraduates: number;
  supplySeats: number;
  gapSeats: number;
}

interface Opening extends SeatRow {
  positionId: string;
  title: string;
  enterpriseId: string;
  enterpriseName: string;
  industry: string;
  urgency: number;
  strongCandidates: number;
}

const sum = (rows: SeatRow[], key: keyof SeatRow) => rows.reduce((s, r) => s + r[key], 0);

/** Supply against demand in seats, and the coordinators' openings list, over the demo data. */
describe('supply and demand in seats; the coordinators openings list (demo data)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    await seed(t.dataSource, buildDemoData());
    t.app.get(OutboxRelay).kick();
    await waitFor('programme affinities and matches', async () => (await pendingCount(t.dataSource)) === 0, 180_000);
  });
  afterAll(() => t.close());

  it('counts demand as open seats and supply in seats; gap = seats − supply for every row and group', async () => {
    const [{ seats }] = await t.dataSource.query(`SELECT sum(headcount - filled_count)::int AS seats FROM position WHERE status = 'open' AND headcount > filled_count`);
    const [{ talents }] = await t.dataSource.query(
      `SELECT count(DISTINCT m.talent_id)::int AS talents FROM match m JOIN position p ON p.id = m.position_id WHERE m.eligible AND m.score >= 70 AND p.status = 'open'`,
    );
    const figures: string[] = [];
    for (const by of ['industry', 'major', 'position']) {
      const res = await t.http().get(`/supply-demand/gaps?by=${by}`).expect(200);
      const { items, totals } = res.body as { items: SeatRow[]; totals: SeatRow };
      expect(res.body).toMatchObject({ by, unit: 'seats', yield: 0.1, strongScore: 70 });
      expect(totals.openSeats).toBe(seats);
      expect(sum(items, 'openSeats')).toBeCloseTo(seats, 0);
      expect(sum(items, 'gapSeats')).toBeCloseTo(totals.gapSeats, 0);
      // A talent strong for several openings counts toward one seat at most.
      expect(totals.strongTalents).toBeLessThanOrEqual(talents);
      expect(totals.strongTalents).toBeGreaterThan(0);
      expect(totals.reachableGraduates).toBeGreaterThan(0);
      for (const row of [...items, totals]) {
        expect(row.gapSeats).toBeCloseTo(row.openSeats - row.supplySeats, 9);
        expect(row.gapSeats).toBeGreaterThanOrEqual(0);
        expect(row.supplySeats).toBeLessThanOrEqual(row.openSeats);
      }
      if (by === 'industry') {
        for (const row of items as (SeatRow & { industry: string })[]) {
          figures.push(`${row.industry}: ${row.openSeats} seats, supply ${row.supplySeats} (talents ${row.strongTalents}, graduates ${row.reachableGraduates}), gap ${row.gapSeats}`);
        }
        figures.push(`all: ${totals.openSeats} seats, supply ${totals.supplySeats} (talents ${totals.strongTalents}, graduates ${totals.reachableGraduates}), gap ${totals.gapSeats}`);
      }
      if (by === 'position') for (const row of items) expect(row.strongTalents).toBeLessThanOrEqual(row.openSeats);
    }
    console.log(`supply/demand by industry, in seats (strong talents: ${talents} distinct):\n${figures.join('\n')}`);

    const positions = await t.http().get('/supply-demand/positions?industry=rare_earth').expect(200);
    expect(positions.body.items[0].programmes.length).toBeGreaterThan(0);
    for (const item of positions.body.items) expect(item.industry).toBe('rare_earth');
  });

  it('shows the yield it assumes and scales reachable graduates with it; refuses bad values naming the field', async () => {
    const base = (await t.http().get('/supply-demand/gaps?by=industry').expect(200)).body;
    const doubled = (await t.http().get('/supply-demand/gaps?by=industry&yield=0.2').expect(200)).body;
    expect(doubled.yield).toBe(0.2);
    expect(doubled.totals.reachableGraduates).toBeCloseTo(base.totals.reachableGraduates * 2, 0);
    expect(doubled.totals.strongTalents).toBe(base.totals.strongTalents);
    const low = (await t.http().get('/supply-demand/gaps?by=industry&yield=0.02').expect(200)).body;
    expect(low.totals.gapSeats).toBeGreaterThanOrEqual(base.totals.gapSeats);
    console.log(
      `at a 2 % yield, by industry in seats:\n${low.items.map((r: SeatRow & { industry: string }) => `${r.industry}: ${r.openSeats} seats, supply ${r.supplySeats} (talents ${r.strongTalents}, graduates ${r.reachableGraduates}), gap ${r.gapSeats}`).join('\n')}\nall: ${low.totals.openSeats} seats, supply ${low.totals.supplySeats}, gap ${low.totals.gapSeats}`,
    );
    for (const [query, field] of [
      ['by=city', 'by'],
      ['yield=2', 'yield'],
      ['yield=abc', 'yield'],
      ['industry=steel', 'industry'],
    ]) {
      const res = await t.http().get(`/supply-demand/gaps?${query}`).expect(400);
      expect(res.body.fields).toHaveProperty(field);
    }
  });

  it('lists, filters and sorts the openings on the server; the openings without a strong candidate are one filter away', async () => {
    const [{ open }] = await t.dataSource.query(`SELECT count(*)::int AS open FROM position WHERE status = 'open'`);
    const all = (await t.http().get('/supply-demand/openings?limit=100').expect(200)).body;
    expect(all.total).toBe(open);
    expect(all.items).toHaveLength(Math.min(100, open));

    // Coverage is the same count as the console's coverage call (eligible stored matches ≥ 70).
    const coverage = (await t.http().get('/matches/coverage?minScore=70').expect(200)).body;
    const strong = new Map<string, number>(coverage.items.map((i: { positionId: string; strongCandidates: number }) => [i.positionId, i.strongCandidates]));
    for (const item of all.items as Opening[]) expect(item.strongCandidates).toBe(strong.get(item.positionId));
    const without = [...strong.values()].filter((n) => n === 0).length;

    const none = (await t.http().get('/supply-demand/openings?noStrongCandidate=true&limit=100').expect(200)).body;
    expect(none.total).toBe(without);
    expect(without).toBeGreaterThan(0);
    for (const item of none.items as Opening[]) expect(item.strongCandidates).toBe(0);
    const urgencies = (none.items as Opening[]).map((i) => i.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a));
    console.log(`openings: ${open}; without a strong candidate (score ≥ 70): ${without}`);

    const byCoverage = (await t.http().get('/supply-demand/openings?sort=coverage&limit=100').expect(200)).body.items as Opening[];
    const counts = byCoverage.map((i) => i.strongCandidates);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const byCoverageDesc = (await t.http().get('/supply-demand/openings?sort=coverage&order=desc&limit=5').expect(200)).body.items as Opening[];
    expect(byCoverageDesc[0].strongCandidates).toBe(Math.max(...strong.values()));

    const byEnterprise = (await t.http().get('/supply-demand/openings?sort=enterprise&limit=100').expect(200)).body.items as Opening[];
    const names = byEnterprise.map((i) => i.enterpriseName);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh').compare));

    const rareEarth = (await t.http().get('/supply-demand/openings?industry=rare_earth&minUrgency=4&limit=100').expect(200)).body.items as Opening[];
    expect(rareEarth.length).toBeGreaterThan(0);
    for (const item of rareEarth) {
      expect(item.industry).toBe('rare_earth');
      expect(item.urgency).toBeGreaterThanOrEqual(4);
    }
    const enterpriseId = byEnterprise[0].enterpriseId;
    const ofOne = (await t.http().get(`/supply-demand/openings?enterpriseId=${enterpriseId}&limit=100`).expect(200)).body;
    expect(ofOne.total).toBe(byEnterprise.filter((i) => i.enterpriseId === enterpriseId).length > 0 ? ofOne.items.length : 0);
    for (const item of ofOne.items as Opening[]) expect(item.enterpriseId).toBe(enterpriseId);

    // Pages do not overlap and cover the list.
    const pages = await Promise.all([1, 2, 3].map(async (page) => (await t.http().get(`/supply-demand/openings?sort=industry&page=${page}&limit=100`).expect(200)).body.items as Opening[]));
    const ids = pages.flat().map((i) => i.positionId);
    expect(new Set(ids).size).toBe(open);
  });

  it('answers 400 naming the field for a bad sort, order, filter or page', async () => {
    for (const [query, field] of [
      ['sort=salary', 'sort'],
      ['order=up', 'order'],
      ['noStrongCandidate=maybe', 'noStrongCandidate'],
      ['enterpriseId=42', 'enterpriseId'],
      ['minUrgency=9', 'minUrgency'],
      ['page=0', 'page'],
      ['colour=red', 'colour'],
    ]) {
      const res = await t.http().get(`/supply-demand/openings?${query}`).expect(400);
      expect(res.body.fields).toHaveProperty(field);
    }
    const clamped = await t.http().get('/supply-demand/openings?limit=1000').expect(200);
    expect(clamped.body.limit).toBe(100);
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    const none = (await t.http().get('/supply-demand/openings?noStrongCandidate=true&limit=100').expect(200)).body;
    const csv = await t.http().get('/exports/openings?format=csv&noStrongCandidate=true').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('openings.csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('缺口席位/gapSeats');
    expect(lines).toHaveLength(none.total + 1);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(none.items.map((i: Opening) => i.positionId));
    const xlsx = await t.http().get('/exports/openings?industry=rare_earth').buffer(true).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const bad = await t.http().get('/exports/openings?format=pdf').expect(400);
    expect(bad.body.fields).toHaveProperty('format');
  });
});
