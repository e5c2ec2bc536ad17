import { formatNumber, t } from '../i18n/i18n';

export interface BarDatum {
  key: string;
  label: string;
  demand: number;
  supply: number;
}

/** Demand against supply as paired horizontal bars on one scale; HTML, so it reflows at any width. */
export function DemandSupplyChart({ data, title }: { data: BarDatum[]; title: string }) {
  const max = Math.max(1, ...data.map((d) => Math.max(d.demand, d.supply)));
  const pct = (v: number) => `${Math.max(0, (v / max) * 100).toFixed(1)}%`;
  return (
    <figure class="chart" aria-label={title}>
      <figcaption>
        <span>{title}</span>
        <span class="legend">
          <span class="swatch demand" /> {t('supply.demand')}
          <span class="swatch supply" /> {t('supply.supply')}
        </span>
      </figcaption>
      <ol class="chart-rows">
        {data.map((d) => (
          <li key={d.key} class="chart-row">
            <span class="chart-label">{d.label}</span>
            <span class="chart-bars">
              <span class="hbar demand" style={{ width: pct(d.demand) }} title={`${t('supply.demand')} ${formatNumber(d.demand, 1)}`} />
              <span class="hbar supply" style={{ width: pct(d.supply) }} title={`${t('supply.supply')} ${formatNumber(d.supply, 1)}`} />
            </span>
            <span class="chart-value">
              {formatNumber(d.demand, 0)} / {formatNumber(d.supply, 0)}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
