import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { buildDemoData } from '../src/seed/demo';
import { TripOptionsSchema, TripPlanSchema } from '../src/trips/trip.openapi';
import { OutboxRelay } from '../src/recompute/outbox-relay.service';
import { pendingCount, seed, waitFor } from './support/recompute-harness';
import { startTestApp, TestApp } from './support/test-app';

interface Leg {
  from: string;
  to: string;
  km: number;
  mode: 'rail' | 'road';
  departDay: number;
  depart: string;
  arriveDay: number;
  arrive: string;
}
interface Stop {
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  start: string;
  end: string;
  majors: { major: string; degree: string; graduatesPerYear: number }[];
  positions: { title: string; enterpriseName: string; positionIds: string[] }[];
  enterprises: { enterpriseName: string; positions: { positionIds: string[] }[] }[];
  partnerships: { type: string; status: string }[];
  policies: { major: string; degree: string; ofPositions: number; policies: { nameZh: string; positions: number }[] }[];
}
interface Day {
  day: number;
  kind: string;
  stops: Stop[];
  legs: Leg[];
}

function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function schemaErrors(schema: object, body: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(body) ? [] : (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
}

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
    console.log(
      res.body.summary.zh,
      stops.map((s: { name: string; city: string }) => `${s.city}:${s.name}`).join(' → '),
      '| legs:',
      plan.route.map((l: Leg) => `${l.from}→${l.to} ${l.mode} ${l.km} km D${l.departDay} ${l.depart}–D${l.arriveDay} ${l.arrive}`).join('; '),
      '| alternatives:',
      alternatives.map((a: { label: string; plan: { coverageShare: number } }) => `${a.label} ${Math.round(a.plan.coverageShare * 100)} %`).join(', '),
    );
    expect(plan.uncoveredPositions.length + plan.coveredPositions.length).toBeGreaterThan(0);
    for (const u of plan.uncoveredPositions) expect(['no_supply_in_reach', 'budget', 'capacity']).toContain(u.reason);
    expect(Array.isArray(alternatives)).toBe(true);
    // Every position presented is a rare-earth opening.
    const positions = await t.dataSource.query(`SELECT id FROM position WHERE industry = 'rare_earth'`);
    const rareEarth = new Set(positions.map((p: { id: string }) => p.id));
    for (const stop of stops) for (const p of stop.positions) expect(rareEarth.has(p.positionId)).toBe(true);
  });

  it('plans the zone report\'s Lanzhou trip from cities: the three named universities, timed legs, each position once', async () => {
    const res = await t.http().post('/recruitment-trips/plan').send({ days: 2, cities: ['兰州'], focus: { industries: ['rare_earth'] } }).expect(200);
    // The answer is what the OpenAPI document says (closed objects: no field more, none missing).
    expect(schemaErrors(TripPlanSchema, res.body)).toEqual([]);
    const { plan } = res.body;
    const stops: Stop[] = plan.days.flatMap((d: { stops: Stop[] }) => d.stops);
    for (const stop of stops) expect(stop.city).toBe('兰州');
    expect(stops.map((s) => s.name)).toEqual(expect.arrayContaining(['兰州大学', '兰州理工大学', '兰州交通大学']));
    expect(plan.days.length).toBeLessThanOrEqual(2);
    for (const day of plan.days as Day[]) {
      // No day joins two cities more than 300 km apart without a travel leg between them that day.
      for (let i = 1; i < day.stops.length; i++) {
        const [a, b] = [day.stops[i - 1], day.stops[i]];
        if (km(a, b) > 300) expect(day.legs.some((l) => l.from === a.name && l.to === b.name && l.mode === 'rail')).toBe(true);
      }
      for (const stop of day.stops) {
        expect(stop.start >= '09:00' && stop.end <= '18:00').toBe(true);
        // Each position once: one entry per title of an enterprise, and no position id twice.
        const titles = stop.positions.map((p) => `${p.enterpriseName}|${p.title}`);
        expect(new Set(titles).size).toBe(titles.length);
        const ids = stop.positions.flatMap((p) => p.positionIds);
        expect(new Set(ids).size).toBe(ids.length);
        expect(stop.enterprises.flatMap((e) => e.positions.flatMap((p) => p.positionIds)).sort()).toEqual([...ids].sort());
        expect(stop.majors[0].graduatesPerYear).toBeGreaterThan(0);
        // The three held 双选会 with the zone before (the 2022 trip); the plan says so.
        if (['兰州大学', '兰州理工大学', '兰州交通大学'].includes(stop.name)) expect(stop.partnerships).toContainEqual({ type: 'job_fair', status: 'existing' });
      }
    }
    const out = plan.route[0];
    // About 7 h by rail: the night train the evening before, in Lanzhou at 07:00 on day 1.
    expect(out).toEqual(expect.objectContaining({ from: '包头', mode: 'rail', departDay: 0, arriveDay: 1, arrive: '07:00' }));
    expect(plan.route[plan.route.length - 1].to).toBe('包头');
    console.log(
      'Lanzhou plan:',
      (plan.days as Day[]).map((d) => `D${d.day} ${d.kind} ${d.stops.map((s) => `${s.name} ${s.start}–${s.end} (${s.positions.length} titles, ${s.enterprises.length} booths)`).join(', ')}`).join(' | '),
      '| legs:',
      plan.route.map((l: Leg) => `${l.from}→${l.to} ${l.mode} ${l.km} km D${l.departDay} ${l.depart}–D${l.arriveDay} ${l.arrive}`).join('; '),
      `| coverage ${Math.round(plan.coverageShare * 100)} %, ${plan.totalKm} km, ¥${plan.cost}`,
    );
    const html = await t.http().post('/recruitment-trips/plan/html').send({ days: 2, cities: ['兰州'], focus: { industries: ['rare_earth'] } }).expect(200);
    expect(html.text).toContain('双选会议程 · 兰州大学');
    expect(html.text).toContain('出发时间');

    // Which policies to present to which majors: per targeted cohort, as a new graduate of it would get them
    // with the rare-earth posts presented to it (every rare-earth employer is in a key chain).
    for (const stop of stops) {
      expect(stop.policies.map((m) => `${m.major}|${m.degree}`)).toEqual(stop.majors.map((m) => `${m.major}|${m.degree}`));
      for (const m of stop.policies) {
        expect(m.ofPositions).toBeGreaterThan(0);
        const names = m.policies.map((p) => p.nameZh);
        for (const p of m.policies) {
          expect(p.positions).toBeGreaterThan(0);
          expect(p.positions).toBeLessThanOrEqual(m.ofPositions);
        }
        // Tier, honour and age are unknown for a cohort: the high-level and honour policies are never offered to it.
        for (const never of ['八项措施·高层次人才安家支持', '人才贷', '鹿城英才', '事业编制企业用', '职业技能人才岗位补贴']) expect(names).not.toContain(never);
        const degreeAtLeastBachelor = ['bachelor', 'master', 'doctorate'].includes(m.degree);
        if (degreeAtLeastBachelor) expect(names).toContain('新就业高校毕业生生活补贴');
        else expect(names).not.toContain('新就业高校毕业生生活补贴');
        if (m.degree === 'master' || m.degree === 'doctorate') expect(names).toContain('包头市重点产业博士硕士引进行动计划');
        else expect(names).not.toContain('包头市重点产业博士硕士引进行动计划');
      }
    }
    console.log(
      'Lanzhou policies per major:',
      stops.map((s) => `${s.name}: ${s.policies.map((m) => `${m.major}(${m.degree}) ${m.policies.map((p) => `${p.nameZh} ${p.positions}/${m.ofPositions}`).join(', ') || '—'}`).join('; ')}`).join(' | '),
    );
    expect(html.text).toContain('宣讲政策（按专业，应届毕业生入职可申请）');
    expect(html.text).toMatch(/<li class="major-policies">[^<]+（硕士）：[^<]*包头市重点产业博士硕士引进行动计划（\d+\/\d+ 个岗位）/);
  });

  it('lists the pick lists and narrows the trip to provinces, universities and participating enterprises', async () => {
    const options = (await t.http().get('/recruitment-trips/options').expect(200)).body;
    expect(schemaErrors(TripOptionsSchema, options)).toEqual([]);
    expect(options.cities).toContainEqual({ city: '兰州', province: '甘肃省', universities: 4 });
    expect(options.partnershipTypes).toContain('order_training');
    const lzu = options.universities.find((u: { name: string }) => u.name === '兰州大学');
    const northern = options.enterprises.find((e: { name: string }) => e.name.includes('北方稀土'));
    expect(northern).toBeDefined();
    const res = await t
      .http()
      .post('/recruitment-trips/plan')
      .send({ days: 3, provinces: ['内蒙古'], universities: [lzu.id], enterprises: [northern.id], partnershipTypes: ['order_training'] })
      .expect(200);
    const stops: Stop[] = res.body.plan.days.flatMap((d: { stops: Stop[] }) => d.stops);
    expect(stops.length).toBeGreaterThan(0);
    for (const stop of stops) {
      expect(stop.city === '兰州' ? stop.name : '内蒙古').toMatch(/兰州大学|内蒙古/);
      for (const e of stop.enterprises) expect(e.enterpriseName).toBe(northern.name);
      expect(stop.partnerships.some((p) => p.type === 'order_training')).toBe(true);
    }
    expect(res.body.request.enterprises).toEqual([northern.id]);
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
    const nowhere = '00000000-0000-4000-8000-000000000000';
    for (const [body, field] of [
      [{ cities: ['兰州', '火星'] }, 'cities'],
      [{ provinces: ['不存在省'] }, 'provinces'],
      [{ universities: [nowhere] }, 'universities'],
      [{ enterprises: [nowhere] }, 'enterprises'],
      [{ partnershipTypes: ['picnic'] }, 'partnershipTypes'],
      [{ cities: 'lanzhou' }, 'cities'],
    ] as const) {
      const res = await t.http().post('/recruitment-trips/plan').send({ ...rareEarth2Days, ...body });
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty(field);
    }
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
