import { useState } from 'preact/hooks';
import { get, query } from '../../api';
import { Async, Freshness } from '../../components/ui';
import { t } from '../../i18n/i18n';
import type { CandidateList, Position } from '../../types';
import { useLoad, usePoll } from '../../use-load';
import { CandidateCard } from './candidate-card';
import { PipelineView } from './pipeline-view';

const PAGE = 20;
const MAX = 200;

export function CandidatesPage({ positionId }: { positionId: string }) {
  const position = useLoad(() => get<Position>(`/positions/${positionId}`), [positionId]);
  const [limit, setLimit] = useState(PAGE);
  const list = useLoad(() => get<CandidateList>(`/positions/${positionId}/candidates${query({ limit })}`), [positionId, limit]);
  usePoll(Boolean(list.data?.stale), 2000, list.reload);
  const [tab, setTab] = useState<'ranking' | 'pipeline'>('ranking');
  const title = position.data?.title ?? '…';
  return (
    <section class="page" aria-labelledby="cand-title">
      <p>
        <a href="#/enterprise/openings">← {t('ent.back')}</a>
      </p>
      <h1 id="cand-title">{t('cand.title', { title })}</h1>
      <div class="tabs" role="tablist">
        <button type="button" role="tab" class={tab === 'ranking' ? '' : 'secondary'} aria-selected={tab === 'ranking'} data-tab="ranking" onClick={() => setTab('ranking')}>
          {t('pipe.tabRanking')}
        </button>{' '}
        <button type="button" role="tab" class={tab === 'pipeline' ? '' : 'secondary'} aria-selected={tab === 'pipeline'} data-tab="pipeline" onClick={() => setTab('pipeline')}>
          {t('pipe.tab')}
        </button>
      </div>
      {tab === 'pipeline' ? (
        <PipelineView positionId={positionId} />
      ) : (
        <Async state={list} empty={(d) => d.items.length === 0 && !d.stale}>
          {(data) => (
            <>
              <Freshness stale={data.stale} computedAt={data.computedAt} />
              <ol class="cards candidates">
                {data.items.map((c, i) => (
                  <CandidateCard key={c.talentId} positionId={positionId} positionTitle={title} rank={i + 1} candidate={c} />
                ))}
              </ol>
              {data.items.length >= limit && limit < MAX && (
                <button type="button" class="secondary more" data-action="more" disabled={list.loading} onClick={() => setLimit(Math.min(MAX, limit + PAGE))}>
                  {list.loading ? t('common.loading') : t('cand.more')}
                </button>
              )}
            </>
          )}
        </Async>
      )}
    </section>
  );
}
