import { useState } from 'preact/hooks';
import { download, get, query, request } from '../../api';
import { Async, FormError, Pager, Progress } from '../../components/ui';
import { formatNumber, label, t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { INDUSTRIES, INDUSTRY_LABELS } from '../../i18n/vocabulary';
import { navigate } from '../../router';
import type { Enterprise, OpeningsPage as OpeningsList, Page } from '../../types';
import { useLoad } from '../../use-load';

const PAGE_SIZE = 25;

type Sort = 'coverage' | 'urgency' | 'enterprise' | 'industry' | 'gap' | 'seats' | 'title';
type Order = 'asc' | 'desc';
/** The server's order when none is given (most first for counts of need). */
const DEFAULT_ORDER: Record<Sort, Order> = { coverage: 'asc', urgency: 'desc', enterprise: 'asc', industry: 'asc', gap: 'desc', seats: 'desc', title: 'asc' };

interface Filters {
  industry: string;
  enterpriseId: string;
  minUrgency: string;
  q: string;
  noStrongCandidate: boolean;
  sort: Sort;
  order: Order;
  page: number;
}

/** Kept while the console is open, so coming back from an opening finds the list as it was left. */
let remembered: Filters = { industry: '', enterpriseId: '', minUrgency: '', q: '', noStrongCandidate: false, sort: 'urgency', order: 'desc', page: 1 };

/** Enterprise names for the filter (35 in the demo data; one page). */
async function loadEnterprises(): Promise<Enterprise[]> {
  const all: Enterprise[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await get<Page<Enterprise>>(`/enterprises${query({ page, limit: 100 })}`);
    all.push(...res.items);
    if (page * 100 >= res.total) break;
  }
  return all.sort((a, b) => a.nameZh.localeCompare(b.nameZh, 'zh'));
}

function listQuery(f: Filters) {
  return {
    industry: f.industry,
    enterpriseId: f.enterpriseId,
    minUrgency: f.minUrgency,
    q: f.q,
    noStrongCandidate: f.noStrongCandidate ? 'true' : undefined,
    sort: f.sort,
    order: f.order,
  };
}

function SortHeader({ column, text, filters, onSort, className }: { column: Sort; text: MessageKey; filters: Filters; onSort: (s: Sort) => void; className?: string }) {
  const active = filters.sort === column;
  return (
    <th class={className} aria-sort={active ? (filters.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="link sort" data-sort={column} title={t('sd.sortBy', { column: t(text) })} onClick={() => onSort(column)}>
        {t(text)}
        <span class="sort-mark" aria-hidden="true">
          {active ? (filters.order === 'asc' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}

export function OpeningsPage() {
  const [filters, setFiltersState] = useState<Filters>(remembered);
  const setFilters = (next: Filters) => {
    remembered = next;
    setFiltersState(next);
  };
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const enterprises = useLoad(loadEnterprises, []);
  const list = useLoad(
    () => get<OpeningsList>(`/supply-demand/openings${query({ ...listQuery(filters), page: filters.page, limit: PAGE_SIZE })}`),
    [JSON.stringify(filters)],
  );
  const change = (key: 'industry' | 'enterpriseId' | 'minUrgency' | 'q') => (e: Event) =>
    setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement).value, page: 1 });
  const onSort = (sort: Sort) =>
    setFilters({ ...filters, sort, order: filters.sort === sort ? (filters.order === 'asc' ? 'desc' : 'asc') : DEFAULT_ORDER[sort], page: 1 });

  async function exportList(format: 'csv' | 'xlsx') {
    setExporting(format);
    setExportError(null);
    try {
      const res = await request('GET', `/exports/openings${query({ ...listQuery(filters), format })}`, undefined, '*/*');
      await download(res, `openings.${format}`);
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(null);
    }
  }

  return (
    <section class="page" aria-labelledby="openings-title">
      <h1 id="openings-title">{t('openings.title')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('openings.industry')}</span>
          <select name="industry" value={filters.industry} onChange={change('industry')}>
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
          <select name="enterpriseId" value={filters.enterpriseId} onChange={change('enterpriseId')}>
            <option value="">{t('common.all')}</option>
            {(enterprises.data ?? []).map((e) => (
              <option value={e.id} key={e.id}>
                {e.nameZh}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('openings.minUrgency')}</span>
          <select name="minUrgency" value={filters.minUrgency} onChange={change('minUrgency')}>
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
          <input name="q" type="search" value={filters.q} onChange={change('q')} />
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="noStrongCandidate"
            checked={filters.noStrongCandidate}
            onChange={(e) => setFilters({ ...filters, noStrongCandidate: (e.currentTarget as HTMLInputElement).checked, page: 1 })}
          />
          <span>{t('sd.noStrong')}</span>
        </label>
      </form>
      <div class="actions export-actions">
        <span class="muted small">{t('sd.export')}</span>
        {(['csv', 'xlsx'] as const).map((format) => (
          <button key={format} type="button" class="secondary" data-export={format} disabled={exporting !== null} onClick={() => void exportList(format)}>
            {format.toUpperCase()}
          </button>
        ))}
      </div>
      {exporting && <Progress text={t('sd.exporting')} />}
      <FormError error={exportError} />
      <Async state={list} empty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            <div class="table-wrap">
              <table class="openings" data-sort={filters.sort} data-order={filters.order}>
                <thead>
                  <tr>
                    <SortHeader column="title" text="openings.col.title" filters={filters} onSort={onSort} />
                    <SortHeader column="enterprise" text="openings.col.enterprise" filters={filters} onSort={onSort} />
                    <SortHeader column="industry" text="openings.col.industry" filters={filters} onSort={onSort} className="hide-narrow" />
                    <SortHeader column="urgency" text="openings.col.urgency" filters={filters} onSort={onSort} className="num" />
                    <SortHeader column="seats" text="openings.col.headcount" filters={filters} onSort={onSort} className="num hide-narrow" />
                    <SortHeader column="coverage" text="openings.col.coverage" filters={filters} onSort={onSort} className="num" />
                    <SortHeader column="gap" text="sd.col.gap" filters={filters} onSort={onSort} className="num hide-narrow" />
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => {
                    const href = `#/coordinator/openings/${p.positionId}`;
                    const n = p.strongCandidates;
                    return (
                      <tr key={p.positionId} class="clickable" data-position-id={p.positionId} onClick={() => navigate(href)}>
                        <td>
                          <a href={href} title={t('sd.open')} onClick={(e) => e.stopPropagation()}>
                            {p.title}
                          </a>
                        </td>
                        <td>{p.enterpriseName}</td>
                        <td class="hide-narrow">{label(INDUSTRY_LABELS, p.industry)}</td>
                        <td class="num">
                          <span class={`urgency u${p.urgency}`}>{p.urgency}</span>
                        </td>
                        <td class="num hide-narrow">{p.openSeats}</td>
                        <td class="num coverage">
                          <span class={n === 0 ? 'bad' : n < 3 ? 'warn' : 'good'}>{n}</span>
                        </td>
                        <td class="num hide-narrow gap-seats">{formatNumber(p.gapSeats, 1)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p class="muted small">{t('openings.coverageHint')}</p>
            <Pager page={filters.page} limit={PAGE_SIZE} total={data.total} onPage={(page) => setFilters({ ...filters, page })} />
          </>
        )}
      </Async>
    </section>
  );
}
