/**
 * Geometry of a trip: distances, the round trip from the origin and the cost (days: trip-schedule.ts).
 * Everything works on indices into one distance matrix (index 0 is the origin) so that the search can
 * price thousands of candidate stop sets without recomputing haversines.
 */
import type { TripCostModel } from './trip-types';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine on the mean Earth radius; <0.5 % off the ellipsoid). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function distanceMatrix(points: { latitude: number; longitude: number }[]): number[][] {
  return points.map((p) => points.map((q) => haversineKm(p.latitude, p.longitude, q.latitude, q.longitude)));
}

function tourLength(dist: number[][], tour: number[]): number {
  let km = 0;
  let prev = 0;
  for (const node of tour) {
    km += dist[prev][node];
    prev = node;
  }
  return km + dist[prev][0];
}

/** Exact shortest round trip from node 0 through `nodes` (Held–Karp); fine up to ~12 nodes. */
function heldKarp(dist: number[][], nodes: number[]): number[] {
  const n = nodes.length;
  const full = (1 << n) - 1;
  // A flat local matrix: this loop runs 2^n·n² times and nested-array lookups dominate otherwise.
  const d = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) d[j * n + k] = dist[nodes[j]][nodes[k]];
  const best = new Float64Array((1 << n) * n).fill(Infinity);
  const parent = new Int32Array((1 << n) * n).fill(-1);
  for (let j = 0; j < n; j++) best[(1 << j) * n + j] = dist[0][nodes[j]];
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < n; j++) {
      const here = best[mask * n + j];
      if (!(mask & (1 << j)) || here === Infinity) continue;
      for (let k = 0; k < n; k++) {
        if (mask & (1 << k)) continue;
        const next = mask | (1 << k);
        const km = here + d[j * n + k];
        // Strict < keeps the first (lowest index) predecessor on ties, so the tour is deterministic.
        if (km < best[next * n + k]) {
          best[next * n + k] = km;
          parent[next * n + k] = j;
        }
      }
    }
  }
  let last = 0;
  for (let j = 1; j < n; j++) {
    if (best[full * n + j] + dist[nodes[j]][0] < best[full * n + last] + dist[nodes[last]][0]) last = j;
  }
  const order: number[] = [];
  let mask = full;
  let j = last;
  while (j >= 0) {
    order.push(nodes[j]);
    const p = parent[mask * n + j];
    mask &= ~(1 << j);
    j = p;
  }
  return order.reverse();
}

/** Nearest neighbour from the origin, then 2-opt until no segment reversal shortens the tour. */
function nearestNeighbourTwoOpt(dist: number[][], nodes: number[]): number[] {
  const left = new Set(nodes);
  const tour: number[] = [];
  let at = 0;
  while (left.size > 0) {
    let pick = -1;
    for (const node of nodes) {
      if (left.has(node) && (pick < 0 || dist[at][node] < dist[at][pick])) pick = node;
    }
    tour.push(pick);
    left.delete(pick);
    at = pick;
  }
  const path = [0, ...tour, 0];
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 1; i < path.length - 2; i++) {
      for (let k = i + 1; k < path.length - 1; k++) {
        const delta =
          dist[path[i - 1]][path[k]] + dist[path[i]][path[k + 1]] - dist[path[i - 1]][path[i]] - dist[path[k]][path[k + 1]];
        if (delta < -1e-9) {
          path.splice(i, k - i + 1, ...path.slice(i, k + 1).reverse());
          improved = true;
        }
      }
    }
  }
  return path.slice(1, -1);
}

/**
 * Shortest (exact when small) round trip from the origin through `nodes`. A tour and its reverse are
 * equally long; the one starting at the lower index is returned so the output never depends on luck.
 */
export function roundTrip(dist: number[][], nodes: number[], exactMaxStops: number): { order: number[]; km: number } {
  if (nodes.length === 0) return { order: [], km: 0 };
  const sorted = [...nodes].sort((a, b) => a - b);
  let order = sorted.length <= exactMaxStops ? heldKarp(dist, sorted) : nearestNeighbourTwoOpt(dist, sorted);
  if (order.length > 1 && order[0] > order[order.length - 1]) order = [...order].reverse();
  return { order, km: tourLength(dist, order) };
}

/** Cost in yuan, rounded to the fen so that the budget check and the reported cost agree exactly. */
export function tripCost(model: TripCostModel, km: number, stops: number, days: number): number {
  if (stops === 0) return 0;
  return Math.round((model.perKm * km + model.perStop * stops + model.perDay * days) * 100) / 100;
}
