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
  it('plans the three Lanzhou universities on one day and reports what is left uncovered', () => {
    const { plan } = planTrip(lanzhouInstance());
    expect(plan.days).toHaveLength(1);
    expect(plan.days[0].city).toBe('兰州');
    expect(plan.days[0].stops.map((s) => s.universityId).sort()).toEqual(['lut', 'lzjtu', 'lzu']);
    expect(plan.route[0].from).toBe('包头');
    expect(plan.route[plan.route.length - 1].to).toBe('包头');
    expect(plan.uncoveredPositions).toEqual([{ positionId: 'p-orphan', title: '无对口岗位', reason: 'no_supply_in_reach' }]);
    expect(plan.totalDemand).toBe(31);
    // magnet: 2.7 of 4 seats, steel: 1 of 2 seats.
    expect(plan.coveredDemand).toBeCloseTo(20 * (2.7 / 4) + 8 * 0.5, 6);
    expect(plan.cost).toBeCloseTo(1.2 * plan.totalKm + 3 * 800 + 1500, 0);
  });

  it('keeps a day in one city when days allow, and never visits an excluded university', () => {
    const { plan } = planTrip(lanzhouInstance({ days: 3, stopsPerDay: 2, exclude: ['lzjtu'] }));
    const ids = plan.days.flatMap((d) => d.stops.map((s) => s.universityId));
    expect(ids).not.toContain('lzjtu');
    expect(plan.days.map((d) => d.city).sort()).toEqual(['兰州', '呼和浩特', '西安']);
  });

  it('lets a day span two cities only when the days run out', () => {
    const { plan } = planTrip(lanzhouInstance({ days: 2, stopsPerDay: 2, exclude: ['lzjtu'] }));
    expect(plan.days.map((d) => d.city).sort()).toEqual(['兰州', '呼和浩特 / 西安']);
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
  });
});
