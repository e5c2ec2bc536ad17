import { planTrip } from './trip-planner';
import { DEFAULT_TRIP_PLANNER_PARAMS } from './trip-params';
import { randomTripInstance } from './trip-test-factories';
import { buildTripContext } from './trip-context';
it('diag', () => {
  let binds = 0, capBinds = 0, lsWorse = 0, worstNoLs = 1, worstNoBudgetRatio = 1;
  for (let seed = 1; seed <= 200; seed++) {
    let input = randomTripInstance(seed);
    try { buildTripContext(input); } catch { input = { ...input, request: { ...input.request, budget: undefined } }; }
    const a = planTrip(input).plan;
    const b = planTrip(input, { ...DEFAULT_TRIP_PLANNER_PARAMS, maxLocalSearchMoves: 0 }).plan;
    if (input.request.budget !== undefined) {
      const nb = planTrip({ ...input, request: { ...input.request, budget: undefined } }).plan;
      if (nb.coveredDemand > a.coveredDemand + 1e-6) binds++;
    }
    const stops = a.days.reduce((s, d) => s + d.stops.length, 0);
    if (stops === input.request.days * input.request.stopsPerDay) capBinds++;
    if (b.coveredDemand < a.coveredDemand - 1e-6) { lsWorse++; worstNoLs = Math.min(worstNoLs, b.coveredDemand / a.coveredDemand); }
  }
  console.log({ binds, capBinds, lsWorse, worstNoLs, worstNoBudgetRatio });
});
