import fc from 'fast-check';
import { DEFAULT_TRIP_PLANNER_PARAMS, DEFAULT_TRIP_SCHEDULE_PARAMS } from './trip-params';
import { planTrip } from './trip-planner';
import { clock, scheduleRoute } from './trip-schedule';
import { expectDaysFitTheirHours, randomTripInstance } from './trip-test-factories';
import { TripPlanningError } from './trip-types';

describe('trip schedule', () => {
  const p = DEFAULT_TRIP_SCHEDULE_PARAMS;

  it('property: on seeded random instances every itinerary (main and alternatives) fits its hours and days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (seed, overnight) => {
        const input = randomTripInstance(seed);
        const params = { ...p, returnOvernight: overnight };
        let result;
        try {
          result = planTrip(input, { ...DEFAULT_TRIP_PLANNER_PARAMS, schedule: params });
        } catch (error) {
          // A random must-visit or budget can be impossible; that is a 400 with a field, not an itinerary.
          if (error instanceof TripPlanningError) return;
          throw error;
        }
        expect(result.plan.days.length).toBeLessThanOrEqual(input.request.days);
        for (const plan of [result.plan, ...result.alternatives.map((a) => a.plan)]) {
          expectDaysFitTheirHours(plan, params);
          for (const day of plan.days) expect(day.stops.length).toBeLessThanOrEqual(input.request.stopsPerDay);
        }
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });

  it('leaves after the last fair when the leg arrives within the day, else the next morning', () => {
    // Nodes: 0 origin, 1 and 2 in one city 3 h away (20 min apart), 3 a city 7 h away.
    const minutes = [
      [0, 180, 180, 420],
      [180, 0, 20, 420],
      [180, 20, 0, 420],
      [420, 420, 420, 0],
    ];
    const s = scheduleRoute([1, 2, 3], minutes, { ...p, returnOvernight: false }, 2);
    expect(s.fairs.map((f) => [f.node, f.day, clock(f.start)])).toEqual([
      [1, 1, '10:30'],
      [2, 1, '13:50'],
      [3, 2, '14:30'],
    ]);
    // 16:20 + 7 h is after 22:00: the leg to 3 leaves on day 2 at 07:00; so does the journey home on day 3.
    expect(s.legs.map((l) => [l.departDay, clock(l.depart), l.arriveDay, clock(l.arrive)])).toEqual([
      [1, '07:00', 1, '10:00'],
      [1, '13:00', 1, '13:20'],
      [2, '07:00', 2, '14:00'],
      [3, '07:00', 3, '14:00'],
    ]);
    expect(s.daysUsed).toBe(3);
    // With the journey home allowed overnight, it leaves at 17:00 and arrives at midnight: two working days.
    const overnight = scheduleRoute([1, 2, 3], minutes, p, 2);
    expect(overnight.daysUsed).toBe(2);
    expect(overnight.legs[3]).toEqual({ from: 3, to: 0, departDay: 2, depart: 17 * 60, arriveDay: 3, arrive: 0 });
  });
});
