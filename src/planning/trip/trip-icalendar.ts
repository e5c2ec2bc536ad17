/**
 * RFC 5545 export of a trip plan: one VEVENT per fair and per rail leg (departure to arrival), at the
 * planned local times with a TZID and a matching VTIMEZONE, CRLF line endings, TEXT escaping and folding
 * at 75 octets (never inside a UTF-8 character). Road moves within a city are in the fair's description.
 */
import { createHash } from 'node:crypto';
import { TripPlan, TripPlanningError } from './trip-types';

export interface TripICalendarOptions {
  /** First day of the trip, local date. */
  startDate: string;
  /** IANA zone of the local times; China uses one zone, so this is almost always Asia/Shanghai. */
  timezone?: string;
  /** DTSTAMP; defaults to now. Pass a fixed value for reproducible files. */
  generatedAt?: Date;
}

/** Fixed-offset zones we can describe in a VTIMEZONE (none of them has observed DST since 1991). */
const KNOWN_ZONES: Record<string, { offset: string; name: string }> = {
  'Asia/Shanghai': { offset: '+0800', name: 'CST' },
  'Asia/Urumqi': { offset: '+0600', name: 'XJT' },
  'Asia/Hong_Kong': { offset: '+0800', name: 'HKT' },
};

export function escapeICalText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so that no physical line exceeds 75 octets (continuations start with a space). */
export function foldICalLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function parseDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || date.getUTCMonth() !== Number(m![2]) - 1 || date.getUTCDate() !== Number(m![3])) {
    throw new TripPlanningError('startDate', 'startDate must be a calendar date in the form YYYY-MM-DD');
  }
  return date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Local date-time of "HH:MM" on trip day `day` (1 = the start date). */
function localDateTime(start: Date, day: number, hhmm: string): string {
  const date = new Date(start.getTime() + (day - 1) * 86_400_000);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${hhmm.replace(':', '')}00`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function tripPlanToICalendar(plan: TripPlan, options: TripICalendarOptions): string {
  const timezone = options.timezone ?? 'Asia/Shanghai';
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(timezone)) throw new TripPlanningError('timezone', 'timezone must be an IANA zone name');
  const start = parseDate(options.startDate);
  const stamp = utcStamp(options.generatedAt ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Baotou Rare Earth Hi-Tech Zone talent office//Trip planner//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const zone = KNOWN_ZONES[timezone];
  if (zone) {
    lines.push('BEGIN:VTIMEZONE', `TZID:${timezone}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${zone.offset}`, `TZOFFSETTO:${zone.offset}`, `TZNAME:${zone.name}`, 'END:STANDARD', 'END:VTIMEZONE');
  }
  // The UID names the visit or the leg (date + what), not its details, so re-importing an edited plan
  // updates the event instead of duplicating it.
  const uid = (key: string) => `${createHash('sha256').update(`${options.startDate}|${key}`).digest('hex').slice(0, 32)}@trip-planner.baotou-talent`;
  const event = (key: string, from: string, to: string, summary: string, location: string, extra: string[]) =>
    lines.push('BEGIN:VEVENT', `UID:${uid(key)}`, `DTSTAMP:${stamp}`, `DTSTART;TZID=${timezone}:${from}`, `DTEND;TZID=${timezone}:${to}`, `SUMMARY:${escapeICalText(summary)}`, `LOCATION:${escapeICalText(location)}`, ...extra, 'END:VEVENT');
  for (const day of plan.days) {
    for (const leg of day.legs.filter((l) => l.mode === 'rail')) {
      event(
        `${leg.departDay}|leg|${leg.from}|${leg.to}`,
        localDateTime(start, leg.departDay, leg.depart),
        localDateTime(start, leg.arriveDay, leg.arrive),
        `铁路 Rail · ${leg.from} → ${leg.to}`,
        leg.from,
        [`DESCRIPTION:${escapeICalText(`出发 Departs ${leg.depart}，到达 Arrives ${leg.arrive}${leg.arriveDay > leg.departDay ? ' (+1)' : ''} · ${leg.km} km`)}`],
      );
    }
    for (const stop of day.stops) {
      const description = [
        `专业 Majors: ${stop.majors.map((m) => m.major).join('、') || '—'}`,
        ...stop.enterprises.map((e) => `展位 Booth ${e.booth} ${e.enterpriseName}: ${e.positions.map((p) => `${p.title} ×${p.openHeadcount}`).join('、')}`),
      ].join('\n');
      event(`${day.day}|${stop.universityId}`, localDateTime(start, day.day, stop.start), localDateTime(start, day.day, stop.end), `双选会 Job fair · ${stop.name}`, `${stop.name}, ${stop.city}`, [
        `GEO:${stop.latitude.toFixed(6)};${stop.longitude.toFixed(6)}`,
        `DESCRIPTION:${escapeICalText(description)}`,
      ]);
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldICalLine).join('\r\n') + '\r\n';
}
