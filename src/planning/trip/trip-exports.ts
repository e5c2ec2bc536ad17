/**
 * Trip plans as files coordinators take away: a printable HTML page, a CSV for Excel and an iCalendar
 * file for their calendars. Pure string building; every user-supplied string is escaped for its format.
 */
import { DEGREE_LABELS, PARTNERSHIP_LABELS } from '../../domain/vocabulary';
import { TRIP_LABELS, TripLabelKey } from './trip-labels';
import { TripDay, TripLeg, TripPlan, TripPlanResult, TripStop } from './trip-types';

export interface TripHtmlOptions {
  title?: string;
  lang: 'zh' | 'en';
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const fmt = (value: number, digits = 1): string => value.toFixed(digits);

/** Chinese first: the zh page is Chinese only; the en page pairs each Chinese label with its English. */
function labeller(lang: 'zh' | 'en') {
  return (key: TripLabelKey, ...args: (string | number)[]): string => {
    const [zh, en] = TRIP_LABELS[key];
    const fill = (s: string) => s.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
    return escapeHtml(lang === 'zh' ? fill(zh) : `${fill(zh)} · ${fill(en)}`);
  };
}

function majorsText(stop: TripStop): string {
  return stop.majors.map((m) => `${m.major}（${DEGREE_LABELS[m.degree]?.zh ?? m.degree}）≈${fmt(m.expectedCandidates)}`).join('；');
}

function planSummaryHtml(plan: TripPlan, t: ReturnType<typeof labeller>): string {
  const stops = plan.days.reduce((s, d) => s + d.stops.length, 0);
  const rows: [string, string][] = [
    [t('days'), String(plan.days.length)],
    [t('stops'), String(stops)],
    [t('totalKm'), fmt(plan.totalKm)],
    [t('cost'), fmt(plan.cost, 0)],
    [t('coverage'), `${fmt(plan.coverageShare * 100)} % (${fmt(plan.coveredDemand)} / ${fmt(plan.totalDemand)})`],
  ];
  return `<table class="summary">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
}

type Labeller = ReturnType<typeof labeller>;

/** Day 0 is the evening before the trip: a journey out overnight. */
function dayLabel(day: number, t: Labeller): string {
  return day === 0 ? t('dayBefore') : t('day', day);
}

function legTime(leg: TripLeg, day: number, t: Labeller, time: string, legDay: number): string {
  return legDay === day ? time : legDay === day + 1 ? `${t('nextDay')} ${time}` : `${dayLabel(legDay, t)} ${time}`;
}

function legsHtml(legs: TripLeg[], day: number, t: Labeller): string {
  if (legs.length === 0) return '';
  const rows = legs
    .map(
      (leg) =>
        `<tr class="leg ${leg.mode}"><td>${escapeHtml(leg.from)} → ${escapeHtml(leg.to)}</td><td>${t(`mode_${leg.mode}`)}</td><td class="num">${legTime(leg, day, t, leg.depart, leg.departDay)}</td><td class="num">${legTime(leg, day, t, leg.arrive, leg.arriveDay)}</td><td class="num">${fmt(leg.km)}</td><td class="num">${durationText(leg.minutes)}</td></tr>`,
    )
    .join('');
  return `<table class="legs"><thead><tr><th>${t('legs')}</th><th>${t('mode')}</th><th>${t('depart')}</th><th>${t('arrive')}</th><th>${t('km')}</th><th>${t('duration')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function durationText(minutes: number): string {
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

function partnershipsText(stop: TripStop, t: Labeller): string {
  return stop.partnerships.map((p) => `${escapeHtml(PARTNERSHIP_LABELS[p.type].zh)}（${t(`partnership_${p.status}`)}）`).join('、');
}

function dayHtml(day: TripDay, t: Labeller): string {
  const rows = day.stops
    .map((stop, i) => {
      const positions = stop.positions
        .map((p) => `<li>${escapeHtml(p.title)} × ${p.openHeadcount} — ${escapeHtml(p.enterpriseName)} ≈${fmt(p.expectedCandidates)}</li>`)
        .join('');
      return `<tr><td>${i + 1}</td><td class="num">${stop.start}–${stop.end}</td><td>${escapeHtml(stop.name)}</td><td>${escapeHtml(majorsText(stop))}</td><td><ul>${positions}</ul></td><td class="num">${fmt(stop.expectedCandidates)}</td></tr>`;
    })
    .join('');
  const kind = day.kind === 'fairs' ? '' : ` · ${t(`kind_${day.kind}`)}`;
  const stops = rows
    ? `<table><thead><tr><th>#</th><th>${t('time')}</th><th>${t('university')}</th><th>${t('majors')}</th><th>${t('positions')}</th><th>${t('expected')}</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  return `<section class="day"><h2>${t('day', day.day)} · ${escapeHtml(day.city)}${kind}</h2>${legsHtml(day.legs, day.day, t)}${stops}</section>`;
}

/** The printable 双选会 agenda of one stop: when, where, what to discuss, and the booth list per enterprise. */
function agendaHtml(day: TripDay, stop: TripStop, t: Labeller): string {
  const booths = stop.enterprises
    .map((e) => {
      const positions = e.positions.map((p) => `<li>${escapeHtml(p.title)} × ${p.openHeadcount}</li>`).join('');
      return `<tr><td class="num">${e.booth}</td><td>${escapeHtml(e.enterpriseName)}</td><td><ul>${positions}</ul></td><td class="num">${e.openHeadcount}</td><td class="num">${fmt(e.expectedCandidates)}</td></tr>`;
    })
    .join('');
  const majors = stop.majors
    .map((m) => `<li>${escapeHtml(m.major)}（${escapeHtml(DEGREE_LABELS[m.degree]?.zh ?? m.degree)}）${t('graduates')} ${m.graduatesPerYear} · ≈${fmt(m.expectedCandidates)}</li>`)
    .join('');
  const partnerships = stop.partnerships.length ? `<p><strong>${t('partnerships')}:</strong> ${partnershipsText(stop, t)}</p>` : '';
  return `<section class="agenda"><h2>${t('agenda')} · ${escapeHtml(stop.name)}</h2><p>${t('day', day.day)} ${stop.start}–${stop.end} · ${escapeHtml(stop.city)}</p>${partnerships}<h3>${t('majors')}</h3><ul>${majors}</ul>${policiesHtml(stop, t)}<table><thead><tr><th>${t('booth')}</th><th>${t('enterprise')}</th><th>${t('positions')}</th><th>${t('headcount')}</th><th>${t('expected')}</th></tr></thead><tbody>${booths}</tbody></table></section>`;
}

/** Per targeted major, the policies a new graduate of it would get with the positions presented to it. */
function policiesHtml(stop: TripStop, t: Labeller): string {
  const majors = stop.policies ?? [];
  if (majors.length === 0) return '';
  const rows = majors
    .map((m) => {
      const names = m.policies.map((p) => `${escapeHtml(p.nameZh)}（${t('policyPositions', p.positions, m.ofPositions)}）`).join('、');
      return `<li class="major-policies">${escapeHtml(m.major)}（${escapeHtml(DEGREE_LABELS[m.degree]?.zh ?? m.degree)}）：${names || t('noPolicy')}</li>`;
    })
    .join('');
  const note = majors.some((m) => m.policies.some((p) => p.illustrative)) ? `<p class="note">${t('illustrativePolicies')}</p>` : '';
  return `<h3>${t('policies')}</h3><ul class="policies">${rows}</ul>${note}`;
}

export function tripPlanToHtml(result: TripPlanResult, options: TripHtmlOptions): string {
  const t = labeller(options.lang);
  const { plan } = result;
  const title = options.title ? escapeHtml(options.title) : t('title');
  const route = plan.route
    .map(
      (leg) =>
        `<tr><td>${escapeHtml(leg.from)}</td><td>${escapeHtml(leg.to)}</td><td>${t(`mode_${leg.mode}`)}</td><td class="num">${dayLabel(leg.departDay, t)} ${leg.depart}</td><td class="num">${dayLabel(leg.arriveDay, t)} ${leg.arrive}</td><td class="num">${fmt(leg.km)}</td></tr>`,
    )
    .join('');
  const agenda = plan.days.flatMap((d) => d.stops.map((stop) => agendaHtml(d, stop, t))).join('\n');
  const uncovered = plan.uncoveredPositions.map((p) => `<li>${escapeHtml(p.title)}: ${t(`reason_${p.reason}`)}</li>`).join('');
  const alternatives = result.alternatives
    .map(({ label, plan: alt }) => {
      const stops = alt.days.flatMap((d) => d.stops.map((s) => s.name)).join('、');
      return `<tr><td>${t(`alt_${label}`)}</td><td>${escapeHtml(stops)}</td><td class="num">${fmt(alt.totalKm)}</td><td class="num">${fmt(alt.cost, 0)}</td><td class="num">${fmt(alt.coverageShare * 100)} %</td></tr>`;
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="${options.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; color: #111; margin: 2rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; } h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; } table.summary { width: auto; } td.num { text-align: right; white-space: nowrap; }
ul { margin: 0; padding-left: 1.1rem; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; font-size: 10pt; } section, tr { break-inside: avoid; } th { background: none; } section.agenda { break-before: page; } }
</style>
</head>
<body>
<h1>${title}</h1>
${planSummaryHtml(plan, t)}
${plan.days.map((d) => dayHtml(d, t)).join('\n')}
<section><h2>${t('route')}</h2><table><thead><tr><th>${t('from')}</th><th>${t('to')}</th><th>${t('mode')}</th><th>${t('depart')}</th><th>${t('arrive')}</th><th>${t('km')}</th></tr></thead><tbody>${route}</tbody></table></section>
${agenda}
${uncovered ? `<section><h2>${t('uncovered')}</h2><ul>${uncovered}</ul></section>` : ''}
${alternatives ? `<section><h2>${t('alternatives')}</h2><table><thead><tr><th>${t('option')}</th><th>${t('stops')}</th><th>${t('km')}</th><th>${t('cost')}</th><th>${t('coverage')}</th></tr></thead><tbody>${alternatives}</tbody></table></section>` : ''}
</body>
</html>
`;
}

/** Spreadsheet apps run a cell starting with these as a formula (CSV injection); a leading ' disarms it. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per stop × booth × title (a stop with nothing to present still gets one row); UTF-8 BOM for Excel. */
export function tripPlanToCsv(plan: TripPlan): string {
  const header = ['天 Day', '城市 City', '顺序 Order', '时间 Time', '高校编号 University ID', '高校 University', '专业 Majors', '展位 Booth', '企业 Enterprise', '岗位 Position', '招聘人数 Openings', '岗位编号 Position IDs', '预计候选人 Expected candidates'];
  const rows: (string | number)[][] = [header];
  for (const day of plan.days) {
    day.stops.forEach((stop, i) => {
      const base = [day.day, stop.city, i + 1, `${stop.start}-${stop.end}`, stop.universityId, stop.name, majorsText(stop)];
      if (stop.enterprises.length === 0) rows.push([...base, '', '', '', '', '', '']);
      for (const e of stop.enterprises) {
        for (const p of e.positions) rows.push([...base, e.booth, e.enterpriseName, p.title, p.openHeadcount, p.positionIds.join(' '), p.expectedCandidates]);
      }
    });
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export { tripPlanToICalendar } from './trip-icalendar';
export type { TripICalendarOptions } from './trip-icalendar';
