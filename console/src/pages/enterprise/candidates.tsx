import { get, query } from '../../api';
import { Async, Freshness } from '../../components/ui';
import { t } from '../../i18n/i18n';
import type { CandidateList, Position } from '../../types';
import { useLoad, usePoll } from '../../use-load';
import { CandidateCard } from './candidate-card';

export function CandidatesPage({ positionId }: { positionId: string }) {
  const position = useLoad(() => get<Position>(`/positions/${positionId}`), [positionId]);
  const list = useLoad(() => get<CandidateList>(`/positions/${positionId}/candidates${query({ limit: 20 })}`), [positionId]);
  usePoll(Boolean(list.data?.stale), 2000, list.reload);
  const title = position.data?.title ?? '…';
  return (
    <section class="page" aria-labelledby="cand-title">
      <p>
        <a href="#/enterprise/openings">← {t('ent.back')}</a>
      </p>
      <h1 id="cand-title">{t('cand.title', { title })}</h1>
      <Async state={list} empty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            <Freshness stale={data.stale} computedAt={data.computedAt} />
            <ol class="cards candidates">
              {data.items.map((c, i) => (
                <CandidateCard key={c.talentId} positionId={positionId} positionTitle={title} rank={i + 1} candidate={c} />
              ))}
            </ol>
          </>
        )}
      </Async>
    </section>
  );
}
