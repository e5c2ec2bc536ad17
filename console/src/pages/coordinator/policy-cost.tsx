import { get } from '../../api';
import { Async, Freshness } from '../../components/ui';
import { formatNumber, getLang, t } from '../../i18n/i18n';
import type { PipelineCost, PolicyCostTotals } from '../../types';
import { useLoad } from '../../use-load';

const BASES = ['seats', 'everyStrongTalent'] as const;
type Basis = (typeof BASES)[number];

const yuan = (n: number) => formatNumber(n);
const percent = (part: number, whole: number) => (whole > 0 ? formatNumber((part / whole) * 100, 1) : '0');

/** One labelled bar: demanded (and pending) against what there is; the bar is capped at the whole, the figures are not. */
function Meter({ basis, label, demanded, pending, whole, unit }: { basis: Basis; label: string; demanded: number; pending: number; whole: number; unit: 'yuan' | 'flats' }) {
  const width = (v: number) => `${Math.min(100, whole > 0 ? (v / whole) * 100 : 0).toFixed(1)}%`;
  const fmt = unit === 'yuan' ? yuan : (n: number) => formatNumber(n);
  return (
    <div class="cost-meter" data-basis={basis} data-unit={unit}>
      <div class="cost-meter-label">
        <span>{label}</span>
        <span class="cost-meter-value">
          <span data-figure="demanded">{fmt(demanded)}</span> / <span data-figure="whole">{fmt(whole)}</span> {t(unit === 'yuan' ? 'cost.unitYuan' : 'cost.unitFlats')} ·{' '}
          <span data-figure="share">{percent(demanded, whole)}</span>%
          {pending > 0 && (
            <span class="muted">
              {' '}
              {t('cost.pendingShort', { n: fmt(pending) })}
            </span>
          )}
        </span>
      </div>
      <span class="bar cost-bar" role="img" aria-label={`${label}: ${fmt(demanded)} / ${fmt(whole)}`}>
        <span class={`bar-fill${demanded > whole ? ' over' : ''}`} style={{ width: width(demanded) }} />
        {pending > 0 && <span class="bar-fill pending" style={{ width: width(Math.min(pending, Math.max(0, whole - demanded))) }} />}
      </span>
    </div>
  );
}

const TOTAL_COLUMNS: (keyof PolicyCostTotals)[] = ['talentsPlaced', 'fundDemandedYuan', 'fundPendingYuan', 'otherIssuersYuan', 'flatsDemanded', 'flatsPending', 'loanCeilingYuan'];

/**
 * The coordinators' view of what the current pipeline would cost the zone's policies: the strong candidates,
 * hired by the seat rule (and, as the upper bound, every strong talent), against the 1,000万元 fund and the
 * 178 talent flats (GET /policies/pipeline-cost).
 */
export function PolicyCostPage() {
  const cost = useLoad(() => get<PipelineCost>('/policies/pipeline-cost'), []);
  return (
    <section class="page" aria-labelledby="cost-title">
      <h1 id="cost-title">{t('cost.title')}</h1>
      <Async state={cost}>
        {(d) => (
          <>
            <div class="card cost-fund" data-testid="policy-cost">
              <h2>{t('cost.fund', { n: yuan(d.fund.yuan) })}</h2>
              {BASES.map((b) => (
                <Meter key={b} basis={b} label={t(`cost.basis.${b}`, { n: formatNumber(d[b].talentsPlaced) })} demanded={d[b].fundDemandedYuan} pending={d[b].fundPendingYuan} whole={d.fund.yuan} unit="yuan" />
              ))}
              <h2>{t('cost.flats', { n: d.flats.available })}</h2>
              {BASES.map((b) => (
                <Meter key={b} basis={b} label={t(`cost.basis.${b}`, { n: formatNumber(d[b].talentsPlaced) })} demanded={d[b].flatsDemanded} pending={d[b].flatsPending} whole={d.flats.available} unit="flats" />
              ))}
              <p class="muted small cost-rule" data-strong-score={d.strongScore}>
                {t('cost.rule', { score: d.strongScore, strong: formatNumber(d.strongTalents), year: d.referenceYear, issuer: d.fund.issuer })}
              </p>
              <p class="notice small cost-note">{t('cost.illustrative')}</p>
              <Freshness stale={d.stale} computedAt={d.computedAt} />
            </div>
            <div class="card">
              <h2>{t('cost.totals')}</h2>
              <div class="table-wrap">
                <table class="compact cost-totals">
                  <thead>
                    <tr>
                      <th>{t('cost.col.basis')}</th>
                      {TOTAL_COLUMNS.map((k) => (
                        <th key={k} class="num">
                          {t(`cost.col.${k}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {BASES.map((b) => (
                      <tr key={b} data-basis={b}>
                        <th scope="row">{t(`cost.basisShort.${b}`)}</th>
                        {TOTAL_COLUMNS.map((k) => (
                          <td key={k} class="num" data-total={k}>
                            {formatNumber(d[b][k])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
            <div class="card">
              <h2>{t('cost.byPolicy')}</h2>
              <div class="table-wrap">
                <table class="compact cost-policies">
                  <thead>
                    <tr>
                      <th>{t('cost.col.policy')}</th>
                      <th class="hide-narrow">{t('cost.col.issuer')}</th>
                      <th class="num">{t('cost.col.talents')}</th>
                      <th class="num">{t('cost.col.pendingTalents')}</th>
                      <th class="num">{t('cost.col.money')}</th>
                      <th class="num">{t('cost.col.flats')}</th>
                      <th class="num hide-narrow">{t('cost.col.loan')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((p) => (
                      <tr key={p.policyId} data-policy-id={p.policyId} data-from-fund={String(p.issuer === d.fund.issuer)}>
                        <td>
                          {getLang() === 'zh' ? p.nameZh : p.nameEn}
                          {p.amountsAreExamples && <span class="muted"> {t('cost.example')}</span>}
                        </td>
                        <td class="hide-narrow">{p.issuer}</td>
                        <td class="num" data-col="talents">{formatNumber(p.talents)}</td>
                        <td class="num" data-col="pendingTalents">{formatNumber(p.pendingTalents)}</td>
                        <td class="num" data-col="moneyYuan">{yuan(p.moneyYuan)}</td>
                        <td class="num" data-col="flats">{formatNumber(p.flats)}</td>
                        <td class="num hide-narrow" data-col="loanCeilingYuan">{yuan(p.loanCeilingYuan)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </>
        )}
      </Async>
    </section>
  );
}
