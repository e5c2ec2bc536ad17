import { useState } from 'preact/hooks';
import { api, download, request } from '../../api';
import { RouteSketch } from '../../components/route-sketch';
import { FormError, Progress } from '../../components/ui';
import { formatNumber, getLang, label, t } from '../../i18n/i18n';
import { DEGREE_LABELS } from '../../i18n/vocabulary';
import { INITIAL_TRIP, TripForm, TripFormFields, tripRequest } from './trip-form';

interface Stop {
  universityId: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  majors: { major: string; degree: string; expectedCandidates: number }[];
  positions: { positionId: string; title: string; enterpriseName: string; expectedCandidates: number }[];
  expectedCandidates: number;
}

interface Plan {
  days: { day: number; city: string; stops: Stop[] }[];
  route: { from: string; to: string; km: number }[];
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
const SHOWN_POSITIONS = 6;

export function TripPage() {
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
        <TripFormFields form={form} set={setForm} error={error} />
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
                <li key={d.day} class="card day">
                  <h3>{t('trip.day', { day: d.day, city: d.city })}</h3>
                  {d.stops.map((s) => (
                    <div class="stop" key={s.universityId}>
                      <h4>
                        {s.name} <span class="muted">{s.city}</span> <span class="badge">{t('trip.expected', { n: formatNumber(s.expectedCandidates, 1) })}</span>
                      </h4>
                      <p class="small">
                        <strong>{t('trip.majors')}:</strong> {s.majors.map((m) => `${m.major}（${label(DEGREE_LABELS, m.degree)}）`).join('、')}
                      </p>
                      <details>
                        <summary>{t('trip.positions', { n: s.positions.length })}</summary>
                        <ul class="small">
                          {s.positions.slice(0, SHOWN_POSITIONS * 5).map((p) => (
                            <li key={p.positionId}>
                              {p.title} · {p.enterpriseName}
                            </li>
                          ))}
                        </ul>
                      </details>
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
