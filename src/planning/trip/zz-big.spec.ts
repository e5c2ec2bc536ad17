import { planTrip } from './trip-planner';
import { seededRandom } from './trip-test-factories';
import { TripPlanningInput } from './trip-types';
function big(nUni: number, nPos: number, seed: number): TripPlanningInput {
  const rnd = seededRandom(seed);
  const cities = Array.from({ length: 40 }, (_, i) => ({ city: `C${i}`, lat: 34 + rnd() * 12, lon: 100 + rnd() * 25 }));
  const universities = Array.from({ length: nUni }, (_, i) => { const c = cities[Math.floor(rnd() * 40)]; return { id: `u${i}`, name: `U${i}`, city: c.city, province: 'P', latitude: c.lat + (rnd() - 0.5) * 0.2, longitude: c.lon + (rnd() - 0.5) * 0.2 }; });
  const programmes = universities.flatMap((u) => Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, k) => ({ id: `${u.id}-${k}`, universityId: u.id, major: `m${k}`, degree: 'bachelor' as const, graduatesPerYear: 100 })));
  const positions = Array.from({ length: nPos }, (_, i) => ({ id: `p${i}`, title: `P${i}`, enterpriseName: 'E', industry: 'rare_earth' as const, urgency: 3, openHeadcount: 1 + Math.floor(rnd() * 8), demand: 1 + rnd() * 20 }));
  const supply = programmes.flatMap((p) => positions.filter(() => rnd() < 0.04).map((pos) => ({ programmeId: p.id, positionId: pos.id, expectedCandidates: 0.1 + rnd() * 1.5 })));
  return { universities, programmes, positions, supply, request: { days: 1, stopsPerDay: 1, mustVisit: [], exclude: [] } };
}
it('big', () => {
  for (const [n, days, spd, budget] of (process.env.CASES ? JSON.parse(process.env.CASES) : [[100, 5, 3, null], [100, 5, 3, 30000], [300, 5, 3, 30000], [300, 14, 4, null], [300, 14, 4, 80000]]) as [number, number, number, number | null][]) {
    const base = big(n, 225, 5);
    const input = { ...base, request: { ...base.request, days, stopsPerDay: spd, budget: budget ?? undefined } };
    const t = Date.now();
    const r = planTrip(input);
    console.log(n, days, spd, budget, 'ms', Date.now() - t, 'stops', r.plan.days.reduce((s, d) => s + d.stops.length, 0), 'cost', r.plan.cost, 'cov', r.plan.coverageShare, 'alts', r.alternatives.map((a) => a.label).join());
  }
});
import { buildTripContext } from './trip-context';
import { demandObjective, addDelta, supplyTotals } from './trip-coverage';
it('micro', () => {
  const base = big(100, 225, 5);
  const ctx = buildTripContext({ ...base, request: { ...base.request, days: 5, stopsPerDay: 3 } });
  const avg = ctx.supplyOf.reduce((s, l) => s + l.length, 0) / ctx.supplyOf.length;
  const obj = demandObjective(ctx);
  const x = supplyTotals(ctx, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  const t = Date.now();
  let s = 0;
  for (let k = 0; k < 1000; k++) for (let u = 0; u < 100; u++) s += addDelta(ctx, obj, x, u);
  console.log('avg', avg, 'eligible', ctx.eligible.length, 'ms per 100k addDelta', Date.now() - t, s > 0);
});
