import { formatNumber, t } from '../i18n/i18n';

/** One group of openings, in seats: open seats against the seats supply can fill (gap = demand − supply). */
export interface BarDatum {
  key: string;
  label: string;
  demand: number;
  supply: number;
  gap: number;
  /** What the supply is made of, for the row's tooltip. */
  strongTalents: number;
  reachableGraduates: number;
}

/** Seats are shown to one decimal: by major they are shared among a position's majors, so fractional. */
const seats = (n: number) => formatNumber(n, 1);

/** Demand against supply as paired horizontal bars on one scale, both in seats; HTML, so it reflows at any width. */
export function DemandSupplyChart({ data, title }: { data: BarDatum[]; title: string }) {
  const max = Math.max(1, ...data.map((d) => Math.max(d.demand, d.supply)));
  const pct = (v: number) => `${Math.max(0, (v / max) * 100).toFixed(1)}%`;
  return (
    <figure class="chart" aria-label={title} data-unit="seats">
      <figcaption>
        <span>
          {title} <span class="muted small">{t('sd.unit')}</span>
        </span>
        <span class="legend">
          <span class="swatch demand" /> {t('sd.demand')}
          <span class="swatch supply" /> {t('sd.supply')}
        </span>
      </figcaption>
      <ol class="chart-rows">
        {data.map((d) => (
          <li
            key={d.key}
            class="chart-row"
            data-key={d.key}
            title={t('sd.rowTitle', { seats: seats(d.demand), supply: seats(d.supply), talents: seats(d.strongTalents), graduates: seats(d.reachableGraduates), gap: seats(d.gap) })}
          >
            <span class="chart-label">{d.label}</span>
            <span class="chart-bars">
              <span class="hbar demand" style={{ width: pct(d.demand) }} />
              <span class="hbar supply" style={{ width: pct(d.supply) }} />
            </span>
            <span class="chart-value">
              <span class="v-demand">{seats(d.demand)}</span> / <span class="v-supply">{seats(d.supply)}</span>
              {d.gap > 0 && (
                <>
                  {' · '}
                  <span class="bad">
                    {t('sd.gap')} <span class="v-gap">{seats(d.gap)}</span>
                  </span>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
