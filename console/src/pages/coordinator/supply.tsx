import { useState } from 'preact/hooks';
import { get, query } from '../../api';
import { BarDatum, DemandSupplyChart } from '../../components/bar-chart';
import { Async, Freshness } from '../../components/ui';
import { formatNumber, label, t } from '../../i18n/i18n';
import { INDUSTRY_LABELS } from '../../i18n/vocabulary';
import type { SeatFigures, SeatGaps } from '../../types';
import { useLoad } from '../../use-load';

const MAJORS_SHOWN = 15;
const POSITIONS_SHOWN = 15;

const bar = (key: string, text: string, r: SeatFigures): BarDatum => ({
  key,
  label: text,
  demand: r.openSeats,
  supply: r.supplySeats,
  gap: r.gapSeats,
  strongTalents: r.strongTalents,
  reachableGraduates: r.reachableGraduates,
});

/** Shares of a graduating cohort a coordinator may assume to be reachable (the API takes 0.01–1). */
const YIELDS = [0.02, 0.05, 0.1, 0.2, 0.3];

const TOTALS = ['openSeats', 'supplySeats', 'gapSeats', 'strongTalents', 'reachableGraduates'] as const;

export function SupplyPage() {
  // Empty: the server's default yield, which the answer then names.
  const [yieldShare, setYieldShare] = useState('');
  const load = (by: string) => () => get<SeatGaps>(`/supply-demand/gaps${query({ by, yield: yieldShare })}`);
  const byIndustry = useLoad(load('industry'), [yieldShare]);
  const byMajor = useLoad(load('major'), [yieldShare]);
  const byPosition = useLoad(load('position'), [yieldShare]);
  return (
    <section class="page" aria-labelledby="supply-title">
      <h1 id="supply-title">{t('supply.title')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('sd.yield')}</span>
          <select name="yield" value={yieldShare} onChange={(e) => setYieldShare((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('sd.yieldDefault')}</option>
            {YIELDS.map((y) => (
              <option value={y} key={y}>
                {formatNumber(y * 100, 0)}%
              </option>
            ))}
          </select>
        </label>
      </form>
      <Async state={byIndustry}>
        {(d) => (
          <div class="card supply-basis">
            <dl class="stats" data-testid="supply-totals">
              {TOTALS.map((k) => (
                <div key={k}>
                  <dt>{t(`sd.total.${k}`)}</dt>
                  <dd data-total={k} class={k === 'gapSeats' && d.totals.gapSeats > 0 ? 'bad' : ''}>
                    {formatNumber(d.totals[k], 1)}
                  </dd>
                </div>
              ))}
            </dl>
            <p class="muted small" data-yield={d.yield} data-strong-score={d.strongScore}>
              {t('sd.rule', { score: d.strongScore, yield: formatNumber(d.yield * 100, 1) })}
            </p>
          </div>
        )}
      </Async>
      <div class="grid two">
        <div class="card">
          <Async state={byIndustry} empty={(d) => d.items.length === 0}>
            {(d) => (
              <>
                <DemandSupplyChart title={t('supply.byIndustry')} data={d.items.map((r) => bar(r.industry ?? '', label(INDUSTRY_LABELS, r.industry), r))} />
                <Freshness stale={d.stale} computedAt={d.computedAt} />
              </>
            )}
          </Async>
        </div>
        <div class="card">
          <Async state={byMajor} empty={(d) => d.items.length === 0}>
            {(d) => (
              <>
                <DemandSupplyChart title={t('supply.byMajor')} data={d.items.slice(0, MAJORS_SHOWN).map((r) => bar(r.major ?? '', r.major ?? '', r))} />
                <Freshness stale={d.stale} computedAt={d.computedAt} />
              </>
            )}
          </Async>
        </div>
      </div>
      <div class="card">
        <h2>{t('sd.byPosition')}</h2>
        <Async state={byPosition}>
          {(d) => {
            const gaps = d.items.filter((r) => r.gapSeats > 0).slice(0, POSITIONS_SHOWN);
            if (gaps.length === 0) return <p class="good">{t('sd.noGap')}</p>;
            return (
              <div class="table-wrap">
                <table class="compact position-gaps">
                  <thead>
                    <tr>
                      <th>{t('openings.col.title')}</th>
                      <th class="hide-narrow">{t('openings.col.enterprise')}</th>
                      <th class="num">{t('openings.col.headcount')}</th>
                      <th class="num">{t('sd.col.supply')}</th>
                      <th class="num">{t('sd.col.gap')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {gaps.map((r) => (
                      <tr key={r.positionId} data-position-id={r.positionId}>
                        <td>
                          <a href={`#/coordinator/openings/${r.positionId}`}>{r.title}</a>
                        </td>
                        <td class="hide-narrow">{r.enterpriseName}</td>
                        <td class="num">{formatNumber(r.openSeats, 1)}</td>
                        <td class="num">{formatNumber(r.supplySeats, 1)}</td>
                        <td class="num bad">{formatNumber(r.gapSeats, 1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }}
        </Async>
      </div>
    </section>
  );
}
