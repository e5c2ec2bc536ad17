import { DEFAULT_TRIP_PLANNER_PARAMS, DEFAULT_TRIP_SCHEDULE_PARAMS } from './trip-params';
import { planTrip } from './trip-planner';
import { position, programme, randomTripInstance, shuffledInstance, university } from './trip-test-factories';
import { SupplyEdge, TripPlanningError, TripPlanningInput, TripRequest } from './trip-types';

/** The 2022 trip: three Lanzhou universities, plus Hohhot and Xi'an as alternatives. */
function lanzhouInstance(request: Partial<TripRequest> = {}): TripPlanningInput {
  const universities = [
    university({ id: 'lzu', name: '兰州大学', city: '兰州', province: '甘肃', latitude: 36.05, longitude: 103.86 }),
    university({ id: 'lut', name: '兰州理工大学', city: '兰州', province: '甘肃', latitude: 36.06, longitude: 103.74 }),
    university({ id: 'lzjtu', name: '兰州交通大学', city: '兰州', province: '甘肃', latitude: 36.1, longitude: 103.73 }),
    university({ id: 'imu', name: '内蒙古大学', city: '呼和浩特', province: '内蒙古', latitude: 40.81, longitude: 111.68 }),
    university({ id: 'xjtu', name: '西安交通大学', city: '西安', province: '陕西', latitude: 34.25, longitude: 108.98 }),
  ];
  const programmes = universities.map((u) => programme({ id: `${u.id}-mat`, universityId: u.id, major: '材料科学与工程' }));
  const positions = [
    position({ id: 'p-magnet', title: '稀土永磁研发工程师', openHeadcount: 4, demand: 20 }),
    position({ id: 'p-steel', title: '电工钢工艺工程师', enterpriseName: '包头威丰', openHeadcount: 2, demand: 8 }),
    position({ id: 'p-orphan', title: '无对口岗位', openHeadcount: 1, demand: 3 }),
  ];
  const supply: SupplyEdge[] = [
    { programmeId: 'lzu-mat', positionId: 'p-magnet', expectedCandidates: 1.5 },
    { programmeId: 'lut-mat', positionId: 'p-magnet', expectedCandidates: 1.2 },
    { programmeId: 'lzjtu-mat', positionId: 'p-steel', expectedCandidates: 1.0 },
    { programmeId: 'imu-mat', positionId: 'p-magnet', expectedCandidates: 0.8 },
    { programmeId: 'xjtu-mat', positionId: 'p-steel', expectedCandidates: 0.6 },
  ];
  return { universities, programmes, positions, supply, request: { days: 1, stopsPerDay: 3, mustVisit: [], exclude: [], ...request } };
}

function expectTripError(run: () => unknown, field: string): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TripPlanningError);
    expect((error as TripPlanningError).field).toBe(field);
    return;
  }
  throw new Error(`expected a TripPlanningError on ${field}`);
}

describe('planTrip', () => {
  it('plans the three Lanzhou universities in two days: the night train out, the fairs, rail home', () => {
    const { plan } = planTrip(lanzhouInstance({ days: 2, stopsPerDay: 3 }));
    expect(plan.days).toHaveLength(2);
    expect(plan.days.map((d) => d.city)).toEqual(['兰州', '兰州']);
    expect(plan.days.flatMap((d) => d.stops.map((s) => s.universityId)).sort()).toEqual(['lut', 'lzjtu', 'lzu']);
    // 735 km × 1.25 at 150 km/h plus an hour of access is 7 h 08 min: long enough for the night train, in at 07:00.
    const out = plan.route[0];
    expect(out).toEqual(expect.objectContaining({ from: '包头', mode: 'rail', minutes: 428, departDay: 0, depart: '23:52', arriveDay: 1, arrive: '07:00' }));
    expect(plan.days[0].legs[0]).toEqual(out);
    expect(plan.days[0].stops[0]).toEqual(expect.objectContaining({ start: '09:00', end: '11:30' }));
    expect(plan.days[0].stops).toHaveLength(2);
    const home = plan.route[plan.route.length - 1];
    expect(home).toEqual(expect.objectContaining({ to: '包头', mode: 'rail', departDay: 2, depart: plan.days[1].stops[0].end }));
    expect(plan.route.filter((l) => l.mode === 'road').length).toBe(2);
    expect(plan.uncoveredPositions).toEqual([{ positionId: 'p-orphan', title: '无对口岗位', reason: 'no_supply_in_reach' }]);
    expect(plan.totalDemand).toBe(31);
    // magnet: 2.7 of 4 seats, steel: 1 of 2 seats.
    expect(plan.coveredDemand).toBeCloseTo(20 * (2.7 / 4) + 8 * 0.5, 6);
    expect(plan.cost).toBeCloseTo(1.2 * plan.totalKm + 3 * 800 + 2 * 1500, 0);
  });

  it('fits only what the hours allow: without a night train the journey out is a travel half-day', () => {
    const params = { ...DEFAULT_TRIP_PLANNER_PARAMS, schedule: { ...DEFAULT_TRIP_SCHEDULE_PARAMS, overnightOutboundMinMinutes: Infinity } };
    const { plan } = planTrip(lanzhouInstance({ days: 1, stopsPerDay: 3, destinations: { cities: ['兰州'] } }), params);
    expect(plan.days).toHaveLength(1);
    expect(plan.days[0].kind).toBe('travel_and_fairs');
    expect(plan.route[0]).toEqual(expect.objectContaining({ from: '包头', mode: 'rail', departDay: 1, depart: '07:00', arriveDay: 1 }));
    // In at about 14:00: one afternoon fair, then home.
    expect(plan.days[0].stops).toHaveLength(1);
    expect(plan.days[0].stops[0].start >= plan.route[0].arrive).toBe(true);
    expect(planTrip(lanzhouInstance({ days: 1, stopsPerDay: 3, destinations: { cities: ['兰州'] } })).plan.days[0].stops).toHaveLength(2);
  });

  it('keeps a day in one city when days allow, and never visits an excluded university', () => {
    const { plan } = planTrip(lanzhouInstance({ days: 3, stopsPerDay: 2, exclude: ['lzjtu'] }));
    const ids = plan.days.flatMap((d) => d.stops.map((s) => s.universityId));
    expect(ids).not.toContain('lzjtu');
    expect(plan.days.map((d) => d.city).sort()).toEqual(['兰州', '呼和浩特', '西安']);
  });

  it('joins distant cities only through a timed rail leg', () => {
    const { plan } = planTrip(lanzhouInstance({ days: 2, stopsPerDay: 2, exclude: ['lzjtu'] }));
    const hohhot = plan.days.find((d) => d.stops.some((s) => s.city === '呼和浩特'))!;
    const toLanzhou = hohhot.legs.find((l) => l.to === '兰州大学' || l.to === '兰州理工大学')!;
    expect(toLanzhou).toEqual(expect.objectContaining({ mode: 'rail', from: '内蒙古大学' }));
    expect(toLanzhou.depart >= hohhot.stops[hohhot.stops.length - 1].end).toBe(true);
  });

  it('visits only the destinations asked for: cities, provinces or universities', () => {
    const byCity = planTrip(lanzhouInstance({ days: 3, stopsPerDay: 2, destinations: { cities: ['兰州市'] } })).plan;
    expect(byCity.days.flatMap((d) => d.stops.map((s) => s.city))).toEqual(['兰州', '兰州', '兰州']);
    const byProvince = planTrip(lanzhouInstance({ days: 3, stopsPerDay: 2, destinations: { provinces: ['陕西省'] } })).plan;
    expect(byProvince.days.flatMap((d) => d.stops.map((s) => s.universityId))).toEqual(['xjtu']);
    const byUniversity = planTrip(lanzhouInstance({ days: 3, stopsPerDay: 2, destinations: { universityIds: ['imu', 'lzu'] } })).plan;
    expect(byUniversity.days.flatMap((d) => d.stops.map((s) => s.universityId)).sort()).toEqual(['imu', 'lzu']);
  });

  it('with requirePartnership visits only universities that already have one of the partnership types', () => {
    const input = lanzhouInstance({ days: 3, stopsPerDay: 2, partnershipTypes: ['job_fair'], requirePartnership: true });
    input.universities = input.universities.map((u) => ({ ...u, partnershipTypes: u.id === 'lzu' || u.id === 'imu' ? ['job_fair'] : ['joint_research'] }));
    expect(planTrip(input).plan.days.flatMap((d) => d.stops.map((s) => s.universityId)).sort()).toEqual(['imu', 'lzu']);
    const loose = planTrip({ ...input, request: { ...input.request, requirePartnership: false } }).plan;
    expect(loose.days.flatMap((d) => d.stops).length).toBeGreaterThan(2);
  });

  it('presents each title of each enterprise once, with its headcount, as the booth list', () => {
    const input = lanzhouInstance({ days: 2, stopsPerDay: 3, partnershipTypes: ['job_fair', 'order_training'] });
    input.universities[0] = { ...input.universities[0], partnershipTypes: ['job_fair'] };
    input.positions.push(
      position({ id: 'p-op1', title: '稀土分离岗位操作工', enterpriseName: '中国北方稀土', enterpriseId: 'e-nr', openHeadcount: 3, demand: 3 }),
      position({ id: 'p-op2', title: '稀土分离岗位操作工 ', enterpriseName: '中国北方稀土', enterpriseId: 'e-nr', openHeadcount: 2, demand: 2 }),
      position({ id: 'p-op3', title: '稀土分离岗位操作工', enterpriseName: '中国北方稀土', enterpriseId: 'e-nr', openHeadcount: 1, demand: 1 }),
    );
    for (const id of ['p-op1', 'p-op2', 'p-op3']) input.supply.push({ programmeId: 'lzu-mat', positionId: id, expectedCandidates: 0.5 });
    const stop = planTrip(input).plan.days.flatMap((d) => d.stops).find((s) => s.universityId === 'lzu')!;
    const titles = stop.positions.map((p) => `${p.title}·${p.enterpriseName}`);
    expect(new Set(titles).size).toBe(titles.length);
    const operator = stop.positions.find((p) => p.title === '稀土分离岗位操作工')!;
    expect(operator).toEqual(expect.objectContaining({ openHeadcount: 6, expectedCandidates: 1.5 }));
    expect(operator.positionIds.sort()).toEqual(['p-op1', 'p-op2', 'p-op3']);
    expect(stop.enterprises.map((e) => e.booth)).toEqual(stop.enterprises.map((_, i) => i + 1));
    expect(stop.enterprises.find((e) => e.enterpriseName === '中国北方稀土')!.positions.map((p) => p.title)).toContain('稀土分离岗位操作工');
    expect(stop.majors[0]).toEqual(expect.objectContaining({ major: '材料科学与工程', graduatesPerYear: 120 }));
    expect(stop.partnerships).toEqual([
      { type: 'job_fair', status: 'existing' },
      { type: 'order_training', status: 'proposed' },
    ]);
  });

  it('says "budget" when money, not stops, left a position out', () => {
    const { plan } = planTrip(lanzhouInstance({ days: 2, stopsPerDay: 2, budget: 4000 }));
    expect(plan.cost).toBeLessThanOrEqual(4000);
    expect(plan.uncoveredPositions.find((p) => p.positionId === 'p-steel')?.reason).toBe('budget');
  });

  it('offers shorter, cheaper or broader alternatives that differ from the main plan', () => {
    const result = planTrip(lanzhouInstance({ days: 2, stopsPerDay: 2 }));
    const main = JSON.stringify(result.plan.days.map((d) => d.stops.map((s) => s.universityId)));
    for (const alt of result.alternatives) {
      expect(JSON.stringify(alt.plan.days.map((d) => d.stops.map((s) => s.universityId)))).not.toBe(main);
    }
    const cheaper = result.alternatives.find((a) => a.label === 'cheaper');
    if (cheaper) expect(cheaper.plan.cost).toBeLessThanOrEqual(result.plan.cost * 0.7 + 0.01);
    expect(result.alternatives.find((a) => a.label === 'shorter')?.plan.days.length).toBe(1);
  });

  it('is deterministic and independent of input order', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const input = randomTripInstance(seed);
      const first = planTrip(input);
      expect(planTrip(input)).toEqual(first);
      expect(planTrip(shuffledInstance(input, seed * 7919))).toEqual(first);
    }
  });

  it('rejects impossible requests with the offending field', () => {
    expectTripError(() => planTrip(lanzhouInstance({ days: 0 })), 'days');
    expectTripError(() => planTrip(lanzhouInstance({ stopsPerDay: 0 })), 'stopsPerDay');
    expectTripError(() => planTrip(lanzhouInstance({ mustVisit: ['nowhere'] })), 'mustVisit');
    expectTripError(() => planTrip(lanzhouInstance({ mustVisit: ['lzu'], exclude: ['lzu'] })), 'mustVisit');
    expectTripError(() => planTrip(lanzhouInstance({ days: 1, stopsPerDay: 1, mustVisit: ['lzu', 'imu'] })), 'mustVisit');
    expectTripError(() => planTrip(lanzhouInstance({ budget: -1 })), 'budget');
    expectTripError(() => planTrip(lanzhouInstance({ budget: 1000, mustVisit: ['xjtu'] })), 'budget');
    expectTripError(() => planTrip(lanzhouInstance({ days: 1, stopsPerDay: 2, mustVisit: ['lzu', 'xjtu'] })), 'mustVisit');
    expectTripError(() => planTrip(lanzhouInstance({ destinations: { cities: ['兰州', '火星'] } })), 'cities');
    expectTripError(() => planTrip(lanzhouInstance({ destinations: { provinces: ['台湾省'] } })), 'provinces');
    expectTripError(() => planTrip(lanzhouInstance({ destinations: { universityIds: ['nowhere'] } })), 'universities');
  });
});
