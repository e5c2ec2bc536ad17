/**
 * Time on the road: how long a leg takes and which day and hour each fair and leg falls on. A route (an
 * order of stops) is laid out greedily, which is optimal for a fixed order: every fair starts as early as
 * the arrival, the set-up and the campus hours allow, and a leg leaves as soon as the previous fair is over
 * when it arrives within the day, otherwise the next morning. A leg longer than a whole day's travel window
 * continues the next morning (the team stops overnight on the way). At the two ends of the trip long
 * journeys may run overnight (see `overnightOutboundMinMinutes` and `returnOvernight`).
 */
import type { TripScheduleParams } from './trip-params';
import type { TravelMode } from './trip-types';

export const MINUTES_PER_DAY = 24 * 60;

export interface LegMatrix {
  minutes: number[][];
  mode: TravelMode[][];
}

/**
 * Travel minutes and mode between every pair of nodes. Nodes in the same city, or closer than
 * `roadMaxKm`, go by road; all others by rail.
 */
export function legMatrix(dist: number[][], cityOf: string[], p: TripScheduleParams): LegMatrix {
  const mode = dist.map((row, a) => row.map((km, b): TravelMode => (a === b || cityOf[a] === cityOf[b] || km <= p.roadMaxKm ? 'road' : 'rail')));
  const minutes = dist.map((row, a) =>
    row.map((km, b) => {
      if (a === b) return 0;
      const travel = mode[a][b] === 'road' ? (km * p.roadDetour * 60) / p.roadKmPerHour + p.roadAccessMinutes : (km * p.railDetour * 60) / p.railKmPerHour + p.railAccessMinutes;
      // Whole minutes: timetables and the exports show minutes, and the schedule must add up exactly.
      return Math.ceil(travel);
    }),
  );
  return { minutes, mode };
}

export interface ScheduledFair {
  /** Node index (university index + 1). */
  node: number;
  day: number;
  start: number;
  end: number;
}

export interface ScheduledLeg {
  from: number;
  to: number;
  departDay: number;
  depart: number;
  arriveDay: number;
  arrive: number;
}

export interface Schedule {
  fairs: ScheduledFair[];
  /** Every leg in order, the journey home last. */
  legs: ScheduledLeg[];
  /** Working days used: the last day with a fair or a leg (an overnight journey home excepted). */
  daysUsed: number;
  /** Minutes after the start of day 1 at which the team is home; orders of equal `daysUsed` compare on it. */
  homeAt: number;
}

/** Lays out the route `order` (node indices, origin = 0 excluded) with at most `stopsPerDay` fairs a day. */
export function scheduleRoute(order: number[], minutes: number[][], p: TripScheduleParams, stopsPerDay: number): Schedule {
  const fairs: ScheduledFair[] = [];
  const legs: ScheduledLeg[] = [];
  let day = 1;
  let t = p.dayStartMin;
  let at = 0;
  let fairsToday = 0;

  const travel = (to: number): void => {
    const duration = minutes[at][to];
    let departDay = day;
    let depart = t;
    // A leg that does not arrive today leaves tomorrow morning instead (no one sits on a train all night).
    if (depart + duration > p.dayEndMin && depart > p.dayStartMin) {
      departDay += 1;
      depart = p.dayStartMin;
    }
    let arriveDay = departDay;
    let arrive = depart + duration;
    while (arrive > p.dayEndMin) {
      arriveDay += 1;
      arrive = p.dayStartMin + (arrive - p.dayEndMin);
    }
    legs.push({ from: at, to, departDay, depart, arriveDay, arrive });
    if (arriveDay !== day) fairsToday = 0;
    day = arriveDay;
    t = arrive;
    at = to;
  };

  for (const node of order) {
    if (at === 0 && minutes[0][node] >= p.overnightOutboundMinMinutes) {
      // Overnight out: arrive at the start of day 1, having left the evening before (day 0 or earlier).
      const depart = p.dayStartMin - minutes[0][node];
      const departDay = 1 + Math.floor(depart / MINUTES_PER_DAY);
      legs.push({ from: 0, to: node, departDay, depart: depart - (departDay - 1) * MINUTES_PER_DAY, arriveDay: 1, arrive: p.dayStartMin });
      at = node;
    } else if (node !== at) travel(node);
    let start = Math.max(t + p.setupMinutes, p.fairStartMin);
    if (fairsToday >= stopsPerDay || start + p.fairMinutes > p.fairEndMin) {
      day += 1;
      fairsToday = 0;
      start = Math.max(p.dayStartMin + p.setupMinutes, p.fairStartMin);
    }
    const end = start + p.fairMinutes;
    fairs.push({ node, day, start, end });
    fairsToday += 1;
    t = end;
  }

  let daysUsed = order.length === 0 ? 0 : day;
  if (order.length > 0) {
    if (p.returnOvernight) {
      const arrive = t + minutes[at][0];
      legs.push({ from: at, to: 0, departDay: day, depart: t, arriveDay: day + Math.floor(arrive / MINUTES_PER_DAY), arrive: arrive % MINUTES_PER_DAY });
      t = arrive;
    } else {
      travel(0);
      daysUsed = day;
    }
  }
  const last = legs[legs.length - 1];
  const homeAt = last ? (last.arriveDay - 1) * MINUTES_PER_DAY + last.arrive : 0;
  return { fairs, legs, daysUsed, homeAt };
}

/** "HH:MM" of a minute of the day. */
export function clock(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
