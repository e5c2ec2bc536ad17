/**
 * What a stop is for: the majors to target, and per enterprise present the positions to present (one
 * entry per title, with the headcount of all its openings), and the partnerships to discuss.
 */
import type { PartnershipType } from '../../domain/vocabulary';
import type { TripContext } from './trip-context';
import type { ScheduledFair } from './trip-schedule';
import { clock } from './trip-schedule';
import { stopPolicies } from './trip-policies';
import type { TripStop, TripStopEnterprise, TripStopPartnership, TripStopPosition } from './trip-types';

const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Cooperation worth raising on a campus visit beyond the fair itself. */
const DISCUSSED: readonly PartnershipType[] = ['job_fair', 'order_training', 'internship', 'joint_research', 'mentoring'];

export function describeStop(ctx: TripContext, u: number, fair: ScheduledFair, requested: PartnershipType[]): TripStop {
  const uni = ctx.universities[u];
  const majors = ctx.programmesOf[u]
    .map((programme) => ({
      id: programme.id,
      major: programme.major,
      degree: programme.degree,
      graduatesPerYear: programme.graduatesPerYear,
      expectedCandidates: (ctx.programmeSupply.get(programme.id) ?? []).reduce((s, e) => s + e.amount, 0),
    }))
    .filter((m) => m.expectedCandidates > 0)
    .sort((a, b) => b.expectedCandidates - a.expectedCandidates || (a.id < b.id ? -1 : 1))
    .map(({ major, degree, graduatesPerYear, expectedCandidates }) => ({ major, degree, graduatesPerYear, expectedCandidates: round(expectedCandidates) }));

  // Several openings of one enterprise often share a title (three 稀土分离岗位操作工 rows); a fair presents it once.
  const groups = new Map<string, { enterpriseKey: string; entry: TripStopPosition; amount: number; first: number; indexes: number[] }>();
  for (const e of ctx.supplyOf[u]) {
    const p = ctx.positions[e.pos];
    const enterpriseKey = p.enterpriseId ?? p.enterpriseName;
    const key = `${enterpriseKey}\u0000${p.title.trim()}`;
    const group = groups.get(key);
    if (group) {
      group.entry.positionIds.push(p.id);
      group.entry.openHeadcount += p.openHeadcount;
      group.amount += e.amount;
      group.indexes.push(e.pos);
    } else {
      groups.set(key, {
        enterpriseKey,
        entry: { positionId: p.id, positionIds: [p.id], title: p.title.trim(), enterpriseName: p.enterpriseName, openHeadcount: p.openHeadcount, expectedCandidates: 0 },
        amount: e.amount,
        first: e.pos,
        indexes: [e.pos],
      });
    }
  }
  const titles = [...groups.values()].sort((a, b) => b.amount - a.amount || a.first - b.first);
  for (const t of titles) t.entry.expectedCandidates = round(t.amount);
  const positions = titles.map((t) => t.entry);

  const byEnterprise = new Map<string, { name: string; positions: TripStopPosition[]; amount: number; first: number }>();
  for (const t of titles) {
    const e = byEnterprise.get(t.enterpriseKey) ?? { name: t.entry.enterpriseName, positions: [], amount: 0, first: t.first };
    e.positions.push(t.entry);
    e.amount += t.amount;
    byEnterprise.set(t.enterpriseKey, e);
  }
  const enterprises: TripStopEnterprise[] = [...byEnterprise.values()]
    .sort((a, b) => b.amount - a.amount || a.first - b.first)
    .map((e, i) => ({
      enterpriseName: e.name,
      booth: i + 1,
      openHeadcount: e.positions.reduce((s, p) => s + p.openHeadcount, 0),
      expectedCandidates: round(e.amount),
      positions: e.positions,
    }));

  return {
    universityId: uni.id,
    name: uni.name,
    city: uni.city,
    latitude: uni.latitude,
    longitude: uni.longitude,
    majors,
    positions,
    enterprises,
    partnerships: partnerships(uni.partnershipTypes ?? [], requested),
    policies: stopPolicies(ctx, u, majors, titles.map((t) => ({ entry: t.entry, positionIndexes: t.indexes }))),
    expectedCandidates: round(ctx.supplyOf[u].reduce((s, e) => s + e.amount, 0)),
    day: fair.day,
    start: clock(fair.start),
    end: clock(fair.end),
  };
}

/** The university's partnerships with the zone, then the requested ones it does not have yet, in a fixed order. */
function partnerships(existing: PartnershipType[], requested: PartnershipType[]): TripStopPartnership[] {
  const has = new Set(existing);
  const wanted = new Set(requested);
  return DISCUSSED.filter((t) => has.has(t) || wanted.has(t)).map((type): TripStopPartnership => ({ type, status: has.has(type) ? 'existing' : 'proposed' }));
}
