/**
 * Builders for planner tests: a seeded PRNG and random instances in northern China. Not a fixture file:
 * every test builds what it needs, and the random generator is reproducible from its seed.
 */
import { mulberry32 } from '../../common/mulberry32';
import { DEFAULT_TRIP_SCHEDULE_PARAMS, TripScheduleParams } from './trip-params';
import { haversineKm } from './trip-route';
import type { SupplyEdge, TripPlan, TripPlanningInput, TripPosition, TripProgramme, TripUniversity } from './trip-types';

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
  // A fifth of the requests name a destination city (as a coordinator picks 兰州), a tenth a province.
  const pick = rnd();
  const destinations =
    pick < 0.2 ? { cities: [universities[int(0, nUni - 1)].city] } : pick < 0.3 ? { provinces: [universities[int(0, nUni - 1)].province] } : undefined;
  return { universities, programmes, positions, supply, request: { days, stopsPerDay, budget, mustVisit, exclude, maxDistanceKm, destinations } };
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

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Every day of a plan fits its hours: fairs within campus hours and at most the request's count, legs
 * within the travel window (the journey home may run overnight), and the day's events in time order
 * without overlap: each fair starts after the leg that brings the team there plus the set-up.
 */
export function expectDaysFitTheirHours(plan: TripPlan, p: TripScheduleParams = DEFAULT_TRIP_SCHEDULE_PARAMS): void {
  const events: { at: number; until: number; what: string; day: number }[] = [];
  const abs = (day: number, hhmm: string) => (day - 1) * 24 * 60 + minutesOf(hhmm);
  plan.days.forEach((day, i) => {
    expect(day.day).toBe(i + 1);
    for (const stop of day.stops) {
      expect(stop.day).toBe(day.day);
      expect(minutesOf(stop.start)).toBeGreaterThanOrEqual(p.fairStartMin);
      expect(minutesOf(stop.end)).toBeLessThanOrEqual(p.fairEndMin);
      expect(minutesOf(stop.end) - minutesOf(stop.start)).toBe(p.fairMinutes);
      events.push({ at: abs(day.day, stop.start) - p.setupMinutes, until: abs(day.day, stop.end), what: `fair ${stop.name}`, day: day.day });
    }
    for (const leg of day.legs) expect(Math.max(1, leg.departDay)).toBe(day.day);
  });
  plan.route.forEach((leg, i) => {
    const home = i === plan.route.length - 1;
    const overnightOut = i === 0 && leg.minutes >= p.overnightOutboundMinMinutes;
    if (overnightOut) {
      expect(leg.arriveDay).toBe(1);
      expect(minutesOf(leg.arrive)).toBe(p.dayStartMin);
    } else expect(minutesOf(leg.depart)).toBeGreaterThanOrEqual(p.dayStartMin);
    const depart = abs(leg.departDay, leg.depart);
    const arrive = abs(leg.arriveDay, leg.arrive);
    expect(arrive).toBeGreaterThanOrEqual(depart + Math.min(leg.minutes, p.dayEndMin - p.dayStartMin));
    if (overnightOut) {
      expect(arrive - depart).toBe(leg.minutes);
    } else if (!home || !p.returnOvernight) {
      expect(leg.departDay).toBeLessThanOrEqual(plan.days.length);
      expect(leg.arriveDay).toBeLessThanOrEqual(plan.days.length);
      expect(minutesOf(leg.arrive)).toBeLessThanOrEqual(p.dayEndMin);
      if (leg.departDay === leg.arriveDay) expect(arrive - depart).toBe(leg.minutes);
    } else {
      expect(arrive - depart).toBe(leg.minutes);
      expect(leg.departDay).toBeLessThanOrEqual(plan.days.length);
    }
    events.push({ at: depart, until: arrive, what: `${leg.from} → ${leg.to}`, day: leg.departDay });
  });
  // In route order the events alternate leg, fair, leg …; sorted by start they must not overlap.
  events.sort((a, b) => a.at - b.at || a.until - b.until);
  for (let i = 1; i < events.length; i++) {
    if (events[i].at < events[i - 1].until) throw new Error(`${events[i - 1].what} (until ${events[i - 1].until}) overlaps ${events[i].what} (from ${events[i].at})`);
  }
  // Two fairs on one day in cities more than 300 km apart only with a rail leg between them that day.
  for (const day of plan.days) {
    for (let i = 1; i < day.stops.length; i++) {
      const [a, b] = [day.stops[i - 1], day.stops[i]];
      if (haversineKm(a.latitude, a.longitude, b.latitude, b.longitude) > 300) {
        expect(day.legs.some((l) => l.from === a.name && l.to === b.name && l.mode === 'rail')).toBe(true);
      }
    }
  }
}
