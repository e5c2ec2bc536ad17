import { useEffect, useState } from 'preact/hooks';
import { get, query } from '../../api';
import { Async, Pager, Progress } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { INDUSTRIES, INDUSTRY_LABELS } from '../../i18n/vocabulary';
import type { Coverage, Enterprise, Page, Position } from '../../types';
import { useLoad } from '../../use-load';

const PAGE_SIZE = 25;
const STRONG = 70;

/** Enterprise names for the filter and the table (35 in the demo data; two pages at most). */
async function loadEnterprises(): Promise<Map<string, Enterprise>> {
  const all = new Map<string, Enterprise>();
  for (let page = 1; page <= 10; page++) {
    const res = await get<Page<Enterprise>>(`/enterprises${query({ page, limit: 100 })}`);
    res.items.forEach((e) => all.set(e.id, e));
    if (page * 100 >= res.total) break;
  }
  return all;
}

/** Strong candidates per open opening (eligible stored matches scoring 70 or more), in one call. */
function useCoverage(positions: Position[] | undefined) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    if (!positions) return;
    let cancelled = false;
    get<Coverage>(`/matches/coverage${query({ minScore: STRONG })}`)
      .then((res) => {
        if (!cancelled) setCounts(Object.fromEntries(res.items.map((i) => [i.positionId, i.strongCandidates])));
      })
      .catch(() => {
        if (!cancelled) setCounts(Object.fromEntries(positions.map((p) => [p.id, -1])));
      });
    return () => void (cancelled = true);
  }, [positions]);
  return counts;
}

export function OpeningsPage() {
  const [industry, setIndustry] = useState('');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [minUrgency, setMinUrgency] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const enterprises = useLoad(loadEnterprises, []);
  const positions = useLoad(
    () => get<Page<Position>>(`/positions${query({ status: 'open', industry, enterpriseId, minUrgency, q, page, limit: PAGE_SIZE })}`),
    [industry, enterpriseId, minUrgency, q, page],
  );
  const coverage = useCoverage(positions.data?.items);
  const names = enterprises.data;
  const filter = (set: (v: string) => void) => (e: Event) => {
    set((e.currentTarget as HTMLSelectElement).value);
    setPage(1);
  };
  const done = positions.data ? positions.data.items.filter((p) => p.id in coverage).length : 0;
  const total = positions.data?.items.length ?? 0;

  return (
    <section class="page" aria-labelledby="openings-title">
      <h1 id="openings-title">{t('openings.title')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('openings.industry')}</span>
          <select name="industry" value={industry} onChange={filter(setIndustry)}>
            <option value="">{t('common.all')}</option>
            {INDUSTRIES.map((i) => (
              <option value={i} key={i}>
                {label(INDUSTRY_LABELS, i)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('openings.enterprise')}</span>
          <select name="enterpriseId" value={enterpriseId} onChange={filter(setEnterpriseId)}>
            <option value="">{t('common.all')}</option>
            {[...(names?.values() ?? [])]
              .sort((a, b) => a.nameZh.localeCompare(b.nameZh, 'zh'))
              .map((e) => (
                <option value={e.id} key={e.id}>
                  {e.nameZh}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{t('openings.minUrgency')}</span>
          <select name="minUrgency" value={minUrgency} onChange={filter(setMinUrgency)}>
            <option value="">{t('common.all')}</option>
            {[5, 4, 3, 2].map((u) => (
              <option value={u} key={u}>
                ≥ {u}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('openings.search')}</span>
          <input name="q" type="search" value={q} onChange={filter(setQ)} />
        </label>
      </form>
      {total > 0 && done < total && <Progress text={t('openings.coverageProgress', { done, total })} value={done / total} />}
      <Async state={positions} empty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            <div class="table-wrap">
              <table class="openings">
                <thead>
                  <tr>
                    <th>{t('openings.col.title')}</th>
                    <th>{t('openings.col.enterprise')}</th>
                    <th class="hide-narrow">{t('openings.col.industry')}</th>
                    <th class="num">{t('openings.col.urgency')}</th>
                    <th class="num hide-narrow">{t('openings.col.headcount')}</th>
                    <th class="num" title={t('openings.coverageHint')}>
                      {t('openings.col.coverage')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => {
                    const n = coverage[p.id];
                    return (
                      <tr key={p.id} data-position-id={p.id}>
                        <td>{p.title}</td>
                        <td>{names?.get(p.enterpriseId)?.nameZh ?? '…'}</td>
                        <td class="hide-narrow">{label(INDUSTRY_LABELS, p.industry)}</td>
                        <td class="num">
                          <span class={`urgency u${p.urgency}`}>{p.urgency}</span>
                        </td>
                        <td class="num hide-narrow">{p.headcount - p.filledCount}</td>
                        <td class="num coverage">{n === undefined ? '…' : n < 0 ? '—' : <span class={n === 0 ? 'bad' : n < 3 ? 'warn' : 'good'}>{n}</span>}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p class="muted small">{t('openings.coverageHint')}</p>
            <Pager page={page} limit={PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </Async>
    </section>
  );
}
