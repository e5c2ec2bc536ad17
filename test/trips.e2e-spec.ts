import { buildDemoData } from '../src/seed/demo';
import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

/** Coordinators plan recruitment trips over the demo data (real PostgreSQL, in-process recomputes). */
describe('recruitment trips and supply/demand (demo data)', () => {
  let t: TestApp;
  const rareEarth2Days = { days: 2, stopsPerDay: 2, focus: { industries: ['rare_earth'] } };

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    await seed(t.dataSource, buildDemoData());
    t.app.get(OutboxRelay).kick();
    await waitFor('programme affinities and matches', async () => (await pendingCount(t.dataSource)) === 0, 180_000);
  });
  afterAll(() => t.close());

  it('plans a 2-day rare-earth trip naming stops, majors and positions, and what it leaves uncovered', async () => {
    const res = await t.http().post('/recruitment-trips/plan').send(rareEarth2Days).expect(200);
    const { plan, alternatives } = res.body;
    expect(plan.days.length).toBeGreaterThanOrEqual(1);
    expect(plan.days.length).toBeLessThanOrEqual(2);
    const stops = plan.days.flatMap((d: { stops: unknown[] }) => d.stops);
    expect(stops.length).toBeGreaterThan(0);
    for (const day of plan.days) expect(day.stops.length).toBeLessThanOrEqual(2);
    for (const stop of stops) {
      expect(stop.name).toEqual(expect.any(String));
      expect(stop.majors.length).toBeGreaterThan(0);
      expect(stop.positions.length).toBeGreaterThan(0);
      expect(stop.majors[0]).toEqual(expect.objectContaining({ major: expect.any(String), expectedCandidates: expect.any(Number) }));
    }
    expect(plan.coveredDemand).toBeGreaterThan(0);
    // It explains what it leaves uncovered: positions not covered with a reason, partly covered ones with the seats left.
    expect(res.body.summary.zh).toContain('覆盖紧缺需求');
    for (const p of res.body.partlyCovered) expect(p.seatsLeft).toBeGreaterThan(0);
    expect(res.body.partlyCovered.length + plan.uncoveredPositions.length).toBeGreaterThan(0);
    console.log(res.body.summary.zh, stops.map((s: { name: string; city: string }) => `${s.city}:${s.name}`).join(' → '));
    expect(plan.uncoveredPositions.length + plan.coveredPositions.length).toBeGreaterThan(0);
    for (const u of plan.uncoveredPositions) expect(['no_supply_in_reach', 'budget', 'capacity']).toContain(u.reason);
    expect(Array.isArray(alternatives)).toBe(true);
    // Every position presented is a rare-earth opening.
    const positions = await t.dataSource.query(`SELECT id FROM position WHERE industry = 'rare_earth'`);
    const rareEarth = new Set(positions.map((p: { id: string }) => p.id));
    for (const stop of stops) for (const p of stop.positions) expect(rareEarth.has(p.positionId)).toBe(true);
  });

  it('gives the same plan for the same request', async () => {
    const a = await t.http().post('/recruitment-trips/plan').send(rareEarth2Days).expect(200);
    const b = await t.http().post('/recruitment-trips/plan').send(rareEarth2Days).expect(200);
    expect(b.body).toEqual(a.body);
  });

  it('exports the itinerary as HTML, CSV and iCalendar', async () => {
    const html = await t.http().post('/recruitment-trips/plan/html').send({ ...rareEarth2Days, title: '稀土专场<script>' }).expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('&lt;script&gt;');
    const csv = await t.http().post('/recruitment-trips/plan/csv').send(rareEarth2Days).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const ics = await t.http().post('/recruitment-trips/plan/ics').send({ ...rareEarth2Days, startDate: '2027-03-15' }).expect(200);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).toContain('DTSTART;TZID=Asia/Shanghai:20270315');
  });

  it('answers 400 naming the field for 0 days, an unknown university and a negative budget', async () => {
    const zero = await t.http().post('/recruitment-trips/plan').send({ ...rareEarth2Days, days: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.fields).toHaveProperty('days');
    const unknown = await t.http().post('/recruitment-trips/plan').send({ ...rareEarth2Days, mustVisit: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('mustVisit');
    const negative = await t.http().post('/recruitment-trips/plan').send({ ...rareEarth2Days, budget: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.fields).toHaveProperty('budget');
    const format = await t.http().post('/recruitment-trips/plan/pdf').send(rareEarth2Days);
    expect(format.status).toBe(400);
  });

  it('shows demand against supply by industry and by major', async () => {
    const byIndustry = await t.http().get('/supply-demand/gaps?by=industry').expect(200);
    expect(byIndustry.body.items.map((i: { industry: string }) => i.industry)).toContain('rare_earth');
    for (const item of byIndustry.body.items) expect(item.gapSeats).toBeGreaterThanOrEqual(0);
    const byMajor = await t.http().get('/supply-demand/gaps?by=major').expect(200);
    expect(byMajor.body.items.length).toBeGreaterThan(3);
    const positions = await t.http().get('/supply-demand/positions?industry=rare_earth').expect(200);
    expect(positions.body.items[0].programmes.length).toBeGreaterThan(0);
  });
});
