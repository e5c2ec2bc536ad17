/**
 * Builders for planner tests: a seeded PRNG and random instances in northern China. Not a fixture file:
 * every test builds what it needs, and the random generator is reproducible from its seed.
 */
import { mulberry32 } from '../../common/mulberry32';
import type { SupplyEdge, TripPlanningInput, TripPosition, TripProgramme, TripUniversity } from './trip-types';

/** Seeded random numbers for reproducible instances. */
export const seededRandom = mulberry32;

const CITIES = [
  { city: '兰州', province: '甘肃', lat: 36.06, lon: 103.83 },
  { city: '呼和浩特', province: '内蒙古', lat: 40.84, lon: 111.75 },
  { city: '西安', province: '陕西', lat: 34.34, lon: 108.94 },
  { city: '太原', province: '山西', lat: 37.87, lon: 112.55 },
  { city: '银川', province: '宁夏', lat: 38.49, lon: 106.23 },
  { city: '北京', province: '北京', lat: 39.9, lon: 116.4 },
  { city: '包头', province: '内蒙古', lat: 40.66, lon: 109.84 },
  { city: '大同', province: '山西', lat: 40.08, lon: 113.3 },
];

export function university(overrides: Partial<TripUniversity> & { id: string }): TripUniversity {
  return { name: `大学 ${overrides.id}`, city: '兰州', province: '甘肃', latitude: 36.05, longitude: 103.85, ...overrides };
}

export function programme(overrides: Partial<TripProgramme> & { id: string; universityId: string }): TripProgramme {
  return { major: '材料科学与工程', degree: 'bachelor', graduatesPerYear: 120, ...overrides };
}

export function position(overrides: Partial<TripPosition> & { id: string }): TripPosition {
  return { title: `岗位 ${overrides.id}`, enterpriseName: '北方稀土', industry: 'rare_earth', urgency: 3, openHeadcount: 2, demand: 6, ...overrides };
}

/** A random instance: up to `maxUniversities` universities clustered around real city centres. */
export function randomTripInstance(seed: number, maxUniversities = 12): TripPlanningInput {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const nUni = int(3, maxUniversities);
  const cityPool = CITIES.slice(0, int(2, CITIES.length));
  const universities: TripUniversity[] = [];
  const programmes: TripProgramme[] = [];
  for (let i = 0; i < nUni; i++) {
    // Mostly near a city centre, sometimes anywhere in the north, so both clustering and spread occur.
    const c = cityPool[int(0, cityPool.length - 1)];
    const scattered = rnd() < 0.2;
    const u: TripUniversity = {
      id: `u${String(i).padStart(2, '0')}`,
      name: `大学${i}`,
      city: scattered ? `城${i}` : c.city,
      province: c.province,
      latitude: scattered ? 34 + rnd() * 12 : c.lat + (rnd() - 0.5) * 0.2,
      longitude: scattered ? 100 + rnd() * 25 : c.lon + (rnd() - 0.5) * 0.2,
    };
    universities.push(u);
    for (let k = int(1, 4); k > 0; k--) {
      programmes.push({ id: `${u.id}-p${k}`, universityId: u.id, major: `专业${int(1, 9)}`, degree: rnd() < 0.7 ? 'bachelor' : 'master', graduatesPerYear: int(20, 300) });
    }
  }
  const positions: TripPosition[] = [];
  for (let i = int(5, 20); i > 0; i--) {
    const openHeadcount = int(1, 8);
    const urgency = int(1, 5);
    positions.push({ id: `pos${String(i).padStart(2, '0')}`, title: `岗位${i}`, enterpriseName: '企业', industry: 'rare_earth', urgency, openHeadcount, demand: openHeadcount * (0.5 + urgency / 2) });
  }
  const supply: SupplyEdge[] = [];
  const density = 0.05 + rnd() * 0.25;
  for (const pr of programmes) {
    for (const p of positions) {
      if (rnd() < density) supply.push({ programmeId: pr.id, positionId: p.id, expectedCandidates: Math.round(rnd() * 40) / 10 + 0.1 });
    }
  }
  const days = int(1, 3);
  const stopsPerDay = int(1, 3);
  const ids = universities.map((u) => u.id);
  const mustVisit = rnd() < 0.25 ? [ids[int(0, ids.length - 1)]] : [];
  const exclude = rnd() < 0.25 ? ids.filter((id) => !mustVisit.includes(id) && rnd() < 0.2) : [];
  const budget = rnd() < 0.5 ? Math.round(3000 + rnd() * 15000) : undefined;
  const maxDistanceKm = rnd() < 0.15 ? 600 + rnd() * 800 : undefined;
  return { universities, programmes, positions, supply, request: { days, stopsPerDay, budget, mustVisit, exclude, maxDistanceKm } };
}

/** The same instance with every array in a different order. */
export function shuffledInstance(input: TripPlanningInput, seed: number): TripPlanningInput {
  const rnd = seededRandom(seed);
  const shuffle = <T>(items: T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return {
    universities: shuffle(input.universities),
    programmes: shuffle(input.programmes),
    positions: shuffle(input.positions),
    supply: shuffle(input.supply),
    request: { ...input.request, mustVisit: shuffle(input.request.mustVisit), exclude: shuffle(input.request.exclude) },
  };
}
