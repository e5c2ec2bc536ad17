import { get } from '../../api';
import { DemandSupplyChart } from '../../components/bar-chart';
import { Async, Freshness } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { INDUSTRY_LABELS } from '../../i18n/vocabulary';
import type { Freshness as FreshnessInfo } from '../../types';
import { useLoad } from '../../use-load';

interface GapRow {
  industry?: string;
  major?: string;
  openHeadcount: number;
  demand: number;
  expectedCandidates: number;
  gap: number;
}

interface Gaps extends FreshnessInfo {
  by: 'industry' | 'major';
  items: GapRow[];
}

const MAJORS_SHOWN = 15;

export function SupplyPage() {
  const byIndustry = useLoad(() => get<Gaps>('/supply-demand/gaps?by=industry'), []);
  const byMajor = useLoad(() => get<Gaps>('/supply-demand/gaps?by=major'), []);
  return (
    <section class="page" aria-labelledby="supply-title">
      <h1 id="supply-title">{t('supply.title')}</h1>
      <div class="grid two">
        <div class="card">
          <Async state={byIndustry} empty={(d) => d.items.length === 0}>
            {(d) => (
              <>
                <DemandSupplyChart
                  title={t('supply.byIndustry')}
                  data={d.items.map((r) => ({ key: r.industry ?? '', label: label(INDUSTRY_LABELS, r.industry), demand: r.demand, supply: r.expectedCandidates }))}
                />
                <Freshness stale={d.stale} computedAt={d.computedAt} />
              </>
            )}
          </Async>
        </div>
        <div class="card">
          <Async state={byMajor} empty={(d) => d.items.length === 0}>
            {(d) => (
              <>
                <DemandSupplyChart
                  title={t('supply.byMajor')}
                  data={d.items.slice(0, MAJORS_SHOWN).map((r) => ({ key: r.major ?? '', label: r.major ?? '', demand: r.demand, supply: r.expectedCandidates }))}
                />
                <Freshness stale={d.stale} computedAt={d.computedAt} />
              </>
            )}
          </Async>
        </div>
      </div>
    </section>
  );
}
