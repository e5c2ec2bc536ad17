import { planTrip } from './trip-planner';
import { randomTripInstance } from './trip-test-factories';
import { buildTripContext, evaluateRoute } from './trip-context';
import { coverageValue, demandObjective, supplyTotals } from './trip-coverage';
it('debug', () => {
  const seed = Number(process.env.SEED);
  const raw = randomTripInstance(seed);
  const input = { ...raw, request: { ...raw.request, budget: process.env.TIGHT ? 2500 + ((seed - Number(process.env.OFF ?? 0)) % 7) * 1500 : raw.request.budget } };
  const ctx = buildTripContext(input);
  const obj = demandObjective(ctx);
  const res = planTrip(input);
  const r = input.request;
  const lines: string[] = [JSON.stringify({ ...r })];
  const pool = ctx.eligible;
  let best = { v: -1, s: [] as number[], c: 0, days: 0 };
  for (let mask = 0; mask < 1 << pool.length; mask++) {
    const s = pool.filter((_, i) => mask & (1 << i));
    if (s.length > r.days * r.stopsPerDay || !ctx.mustVisit.every((m) => s.includes(m))) continue;
    const v = coverageValue(obj, supplyTotals(ctx, s));
    const ev = evaluateRoute(ctx, s, r.days);
    if (r.budget !== undefined && ev.cost > r.budget) continue;
    if (v > best.v + 1e-9) best = { v, s, c: ev.cost, days: ev.dayGroups.length };
  }
  lines.push('opt ' + JSON.stringify({ v: best.v, ids: best.s.map((i) => ctx.universities[i].id + '@' + ctx.universities[i].city), c: best.c, days: best.days }));
  lines.push('plan ' + JSON.stringify({ v: res.plan.coveredDemand, ids: res.plan.days.map((d) => d.stops.map((s) => s.universityId + '@' + s.city)), c: res.plan.cost }));
  ctx.universities.forEach((u, i) => lines.push(`${u.id} ${u.city} ${u.latitude.toFixed(2)},${u.longitude.toFixed(2)} d0=${ctx.dist[0][i + 1].toFixed(0)} cl=${ctx.clusterOf[i]} elig=${ctx.eligible.includes(i)} supply=${ctx.supplyOf[i].map((e) => e.pos + ':' + e.amount.toFixed(1)).join(' ')}`));
  lines.push('pos ' + ctx.positions.map((p, i) => `${i}:h${p.openHeadcount}/d${p.demand}`).join(' '));
  console.log(lines.join('\n'));
});
