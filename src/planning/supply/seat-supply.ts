/**
 * Supply against demand, in seats. Plain data in, plain data out (the service layer reads the stored
 * programme affinities and matches and hands them over).
 *
 * - Demand of an opening: its open seats (headcount − filled). Urgency does not change the count; it is a
 *   separate column. (The trip planner weighs seats by urgency internally; that weight is not a seat.)
 * - Supply of an opening, in seats, from two sources:
 *   1. registered talents who are strong candidates (an eligible stored match at or above the strong
 *      score). **A talent counts toward one seat at most**: strong pairs are taken best score first, and a
 *      talent is counted for the first opening that still has a seat no better-scoring talent took. So a
 *      talent strong for five openings is counted once, at its best opening with room.
 *   2. reachable graduates: a cohort's graduates × the expected yield, shared among all the openings the
 *      cohort fits in proportion to affinity (a graduate takes one job), as the trip planner reads them.
 *   Talents fill seats first (they are here now), the graduates' expectation then fills what is left:
 *   supplySeats = min(openSeats, strongTalents + reachableGraduates).
 * - Gap of an opening: openSeats − supplySeats (never negative). Groups (industry, major) add up their
 *   openings' seats, supply and gaps, so a surplus at one opening never hides a gap at another, and
 *   gap = openSeats − supplySeats holds for every group as for every opening.
 */

export interface SeatOpening {
  id: string;
  openSeats: number;
}

/** Expected reachable graduates of one cohort for one opening (graduates × yield × affinity share). */
export interface GraduateShare {
  positionId: string;
  expectedCandidates: number;
}

/** An eligible stored match at or above the strong score. */
export interface StrongPair {
  talentId: string;
  positionId: string;
  score: number;
}

export interface SeatSupply {
  positionId: string;
  openSeats: number;
  /** Distinct strong candidates of the opening (what the console calls its coverage). */
  strongCandidates: number;
  /** Strong candidates counted toward this opening's seats (each talent counted for one opening at most). */
  strongTalents: number;
  /** Graduates expected to be reachable for this opening (graduates × yield, shared); not capped. */
  reachableGraduates: number;
  /** Seats the two sources are expected to fill: min(openSeats, strongTalents + reachableGraduates). */
  supplySeats: number;
  /** openSeats − supplySeats. */
  gapSeats: number;
}

/** Counts each opening's seat supply; deterministic whatever the order of the inputs. */
export function countSeatSupply(openings: readonly SeatOpening[], graduates: readonly GraduateShare[], strong: readonly StrongPair[]): Map<string, SeatSupply> {
  const out = new Map<string, SeatSupply>();
  for (const o of openings) {
    out.set(o.id, { positionId: o.id, openSeats: o.openSeats, strongCandidates: 0, strongTalents: 0, reachableGraduates: 0, supplySeats: 0, gapSeats: 0 });
  }
  for (const g of graduates) {
    const row = out.get(g.positionId);
    if (row) row.reachableGraduates += g.expectedCandidates;
  }
  const seen = new Set<string>();
  for (const pair of strong) {
    const key = `${pair.talentId}\u0000${pair.positionId}`;
    if (seen.has(key) || !out.has(pair.positionId)) continue;
    seen.add(key);
    out.get(pair.positionId)!.strongCandidates++;
  }
  const ordered = [...strong].sort(
    (a, b) => b.score - a.score || compare(a.talentId, b.talentId) || compare(a.positionId, b.positionId),
  );
  const counted = new Set<string>();
  for (const pair of ordered) {
    const row = out.get(pair.positionId);
    if (!row || counted.has(pair.talentId) || row.strongTalents >= row.openSeats) continue;
    row.strongTalents++;
    counted.add(pair.talentId);
  }
  for (const row of out.values()) {
    row.supplySeats = Math.max(0, Math.min(row.openSeats, row.strongTalents + row.reachableGraduates));
    row.gapSeats = row.openSeats - row.supplySeats;
  }
  return out;
}

export interface SeatTotals {
  openSeats: number;
  strongTalents: number;
  reachableGraduates: number;
  supplySeats: number;
  gapSeats: number;
}

export function emptyTotals(): SeatTotals {
  return { openSeats: 0, strongTalents: 0, reachableGraduates: 0, supplySeats: 0, gapSeats: 0 };
}

/**
 * Adds openings up by a key. An opening with several keys (a position open to three majors) is shared
 * equally among them, so every seat is counted once in all and the groups add up to the whole.
 */
export function groupSeats<T extends SeatSupply>(rows: readonly T[], keysOf: (row: T) => readonly string[]): Map<string, SeatTotals> {
  const out = new Map<string, SeatTotals>();
  for (const row of rows) {
    const keys = keysOf(row);
    for (const key of keys) {
      const totals = out.get(key) ?? emptyTotals();
      addShare(totals, row, 1 / keys.length);
      out.set(key, totals);
    }
  }
  return out;
}

export function addShare(totals: SeatTotals, row: SeatTotals, share = 1): void {
  totals.openSeats += row.openSeats * share;
  totals.strongTalents += row.strongTalents * share;
  totals.reachableGraduates += row.reachableGraduates * share;
  totals.supplySeats += row.supplySeats * share;
  totals.gapSeats += row.gapSeats * share;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
