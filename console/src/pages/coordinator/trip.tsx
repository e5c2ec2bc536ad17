import { useState } from 'preact/hooks';
import { api, download, request } from '../../api';
import { RouteSketch } from '../../components/route-sketch';
import { FormError, Progress } from '../../components/ui';
import { formatNumber, getLang, label, t } from '../../i18n/i18n';
import { DEGREE_LABELS, PARTNERSHIP_LABELS } from '../../i18n/vocabulary';
import { useLoad } from '../../use-load';
import { INITIAL_TRIP, TripForm, TripFormFields, TripOptions, tripRequest } from './trip-form';

interface StopPosition {
  positionId: string;
  positionIds: string[];
  title: string;
  enterpriseName: string;
  openHeadcount: number;
  expectedCandidates: number;
}

interface Stop {
  universityId: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  majors: { major: string; degree: string; graduatesPerYear: number; expectedCandidates: number }[];
  positions: StopPosition[];
  enterprises: { enterpriseName: string; booth: number; openHeadcount: number; expectedCandidates: number; positions: StopPosition[] }[];
  partnerships: { type: string; status: 'existing' | 'proposed' }[];
  policies: { major: string; degree: string; ofPositions: number; policies: { policyId: string; nameZh: string; nameEn: string; illustrative: boolean; positions: number }[] }[];
  expectedCandidates: number;
  day: number;
  start: string;
  end: string;
}

interface Leg {
  from: string;
  to: string;
  km: number;
  mode: 'rail' | 'road';
  minutes: number;
  departDay: number;
  depart: string;
  arriveDay: number;
  arrive: string;
}

interface Plan {
  days: { day: number; city: string; kind: 'fairs' | 'travel' | 'travel_and_fairs'; stops: Stop[]; legs: Leg[] }[];
  route: Leg[];
  totalKm: number;
  cost: number;
  coverageShare: number;
  coveredDemand: number;
  totalDemand: number;
}

interface TripResult {
  plan: Plan;
  alternatives: { label: string; plan: Plan }[];
  partlyCovered: { positionId: string; title: string; enterpriseName: string; coveredShare: number; seatsLeft: number }[];
  summary: { zh: string; en: string };
  request: { origin?: { name: string; latitude: number; longitude: number } };
}

const BAOTOU = { name: '包头', latitude: 40.657, longitude: 109.84 };

/** "23:52" on the evening before, "22:10" the same day, "次日 06:05" after midnight. */
function legClock(day: number, legDay: number, time: string): string {
  if (legDay === day) return time;
  if (legDay === 0) return `${t('trip.eveningBefore')} ${time}`;
  return legDay === day + 1 ? `${t('trip.nextDay')} ${time}` : `${t('trip.dayN', { day: legDay })} ${time}`;
}

function LegLine({ leg, day }: { leg: Leg; day: number }) {
  return (
    <li class={`leg ${leg.mode}`}>
      <span class="badge">{t(leg.mode === 'rail' ? 'trip.rail' : 'trip.road')}</span> {leg.from} → {leg.to} · {legClock(day, leg.departDay, leg.depart)}–{legClock(day, leg.arriveDay, leg.arrive)} ·{' '}
      {formatNumber(leg.km)} km
    </li>
  );
}

function RailLegs({ legs, day }: { legs: Leg[]; day: number }) {
  const rail = legs.filter((l) => l.mode === 'rail');
  if (rail.length === 0) return null;
  return (
    <ul class="legs small">
      {rail.map((l) => (
        <LegLine key={`${l.from}-${l.to}`} leg={l} day={day} />
      ))}
    </ul>
  );
}

function StopCard({ stop }: { stop: Stop }) {
  return (
    <div class="stop" data-university={stop.name}>
      <h4>
        <span class="time">
          {stop.start}–{stop.end}
        </span>{' '}
        {stop.name} <span class="muted">{stop.city}</span> <span class="badge">{t('trip.expected', { n: formatNumber(stop.expectedCandidates, 1) })}</span>
      </h4>
      <p class="small">
        <strong>{t('trip.majors')}:</strong>{' '}
        {stop.majors.map((m) => `${m.major}（${label(DEGREE_LABELS, m.degree)}，${t('trip.graduates', { n: m.graduatesPerYear })}）`).join('、')}
      </p>
      {stop.partnerships.length > 0 && (
        <p class="small">
          <strong>{t('trip.partnerships')}:</strong>{' '}
          {stop.partnerships.map((p) => `${label(PARTNERSHIP_LABELS, p.type)}（${t(p.status === 'existing' ? 'trip.partnership.existing' : 'trip.partnership.proposed')}）`).join('、')}
        </p>
      )}
      {stop.policies.length > 0 && (
        <>
          <h5>{t('trip.policies')}</h5>
          <ul class="small stop-policies">
            {stop.policies.map((m) => (
              <li key={`${m.major}|${m.degree}`} data-major={m.major} data-degree={m.degree} data-policies={m.policies.map((p) => p.nameZh).join('、')}>
                {m.major}（{label(DEGREE_LABELS, m.degree)}）：
                {m.policies.length === 0
                  ? t('trip.noPolicy')
                  : m.policies.map((p) => `${getLang() === 'zh' ? p.nameZh : p.nameEn}（${t('trip.policyPositions', { n: p.positions, of: m.ofPositions })}）`).join('、')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h5>{t('trip.agenda', { n: stop.enterprises.length, titles: stop.positions.length })}</h5>
      <ol class="agenda">
        {stop.enterprises.map((e) => (
          <li key={e.booth}>
            <details>
              <summary>
                {t('trip.booth', { n: e.booth })} · {e.enterpriseName} · {t('trip.boothSummary', { titles: e.positions.length, seats: e.openHeadcount })}
              </summary>
              <ul class="small">
                {e.positions.map((p) => (
                  <li key={p.positionId}>
                    {p.title} × {p.openHeadcount}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function TripPage() {
  const options = useLoad(() => api<TripOptions>('GET', '/recruitment-trips/options'), []);
  const [form, setForm] = useState<TripForm>(INITIAL_TRIP);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ body: Record<string, unknown>; data: TripResult } | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const body = tripRequest(form);
    setBusy(true);
    setError(null);
    try {
      setResult({ body, data: await api<TripResult>('POST', '/recruitment-trips/plan', body) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function exportAs(format: 'html' | 'csv' | 'ics') {
    if (!result) return;
    setExporting(format);
    try {
      await download(await request('POST', `/recruitment-trips/plan/${format}`, result.body, '*/*'), `recruitment-trip.${format}`);
    } catch (err) {
      setError(err);
    } finally {
      setExporting(null);
    }
  }

  const plan = result?.data.plan;
  const origin = result?.data.request.origin ?? BAOTOU;
  return (
    <section class="page" aria-labelledby="trip-title">
      <h1 id="trip-title">{t('trip.title')}</h1>
      <form class="card trip-form" onSubmit={submit} noValidate>
        <TripFormFields form={form} set={setForm} error={error} options={options.data} />
        <FormError error={error} />
        <button type="submit" disabled={busy}>
          {t('trip.submit')}
        </button>
        {busy && <Progress text={t('trip.busy')} />}
      </form>
      {plan && result && (
        <div class="trip-result" data-testid="trip-result">
          <h2>{t('trip.result')}</h2>
          <p class="summary">{result.data.summary[getLang()]}</p>
          <dl class="stats">
            <div>
              <dt>{t('trip.coverage')}</dt>
              <dd>{Math.round(plan.coverageShare * 100)}%</dd>
            </div>
            <div>
              <dt>{t('trip.distance')}</dt>
              <dd>{formatNumber(plan.totalKm)} km</dd>
            </div>
            <div>
              <dt>{t('trip.cost')}</dt>
              <dd>¥{formatNumber(plan.cost)}</dd>
            </div>
          </dl>
          <div class="exports" role="group" aria-label={t('trip.exports')}>
            <span>{t('trip.exports')}:</span>
            {(['html', 'csv', 'ics'] as const).map((f) => (
              <button type="button" class="secondary" key={f} data-export={f} disabled={exporting !== null} onClick={() => void exportAs(f)}>
                {t(`trip.export.${f}`)}
              </button>
            ))}
          </div>
          <div class="grid two">
            <ol class="itinerary">
              {plan.days.map((d) => (
                <li key={d.day} class="card day" data-kind={d.kind}>
                  <h3>
                    {t('trip.day', { day: d.day, city: d.city })}
                    {d.kind !== 'fairs' && <span class="badge">{t(d.kind === 'travel' ? 'trip.kind.travel' : 'trip.kind.travelAndFairs')}</span>}
                  </h3>
                  {/* Rail legs where they happen: arriving before the day's first fair, leaving after the fair they follow. */}
                  <RailLegs legs={d.legs.filter((l) => !d.stops.some((s) => s.name === l.from))} day={d.day} />
                  {d.stops.map((s) => (
                    <div key={s.universityId}>
                      <StopCard stop={s} />
                      <RailLegs legs={d.legs.filter((l) => l.from === s.name)} day={d.day} />
                    </div>
                  ))}
                </li>
              ))}
            </ol>
            <div class="card">
              <h3>{t('trip.route')}</h3>
              <RouteSketch origin={origin} stops={plan.days.flatMap((d) => d.stops)} legs={plan.route} />
            </div>
          </div>
          {result.data.partlyCovered.length > 0 && (
            <details class="card">
              <summary>{t('trip.partly', { n: result.data.partlyCovered.length })}</summary>
              <ul class="small">
                {result.data.partlyCovered.map((p) => (
                  <li key={p.positionId}>
                    {p.title} · {p.enterpriseName} · {Math.round(p.coveredShare * 100)}%
                  </li>
                ))}
              </ul>
            </details>
          )}
          {result.data.alternatives.length > 0 && (
            <div class="card">
              <h3>{t('trip.alternatives')}</h3>
              <ul class="small">
                {result.data.alternatives.map((a) => (
                  <li key={a.label}>
                    {a.label === 'shorter' ? t('trip.alt.shorter') : a.label === 'cheaper' ? t('trip.alt.cheaper') : a.label}: {Math.round(a.plan.coverageShare * 100)}% ·{' '}
                    {formatNumber(a.plan.totalKm)} km · ¥{formatNumber(a.plan.cost)} · {a.plan.days.flatMap((d) => d.stops.map((s) => s.name)).join(' → ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
