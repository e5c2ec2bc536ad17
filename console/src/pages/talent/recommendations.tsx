import { useEffect, useState } from 'preact/hooks';
import { get, query } from '../../api';
import { InterestControl } from '../../components/interest-control';
import { RecommendationItem } from '../../components/recommendation-item';
import { Async, Freshness } from '../../components/ui';
import { getLang, t } from '../../i18n/i18n';
import type { Application, RecommendationList } from '../../types';
import { useLoad, usePoll } from '../../use-load';

export function RecommendationsPage({ talentId }: { talentId: string }) {
  const list = useLoad(() => get<RecommendationList>(`/talents/${talentId}/recommendations${query({ limit: 20 })}`), [talentId]);
  usePoll(Boolean(list.data?.stale), 1000, list.reload);
  const loaded = useLoad(() => get<{ items: Application[] }>(`/talents/${talentId}/applications${query({ limit: 100 })}`), [talentId]);
  const [applications, setApplications] = useState<Record<string, Application>>({});
  useEffect(() => setApplications(Object.fromEntries((loaded.data?.items ?? []).map((a) => [a.positionId, a]))), [loaded.data]);
  return (
    <section class="page" aria-labelledby="rec-title">
      <h1 id="rec-title">{t('rec.title')}</h1>
      <Async state={list}>
        {(data) => (
          <>
            {data.matchProblem ? (
              <div class="notice match-problem" role="alert" data-field={data.matchProblem.field ?? ''}>
                <strong>{t('rec.problem')}</strong>
                <p>{data.matchProblem.message[getLang()]}</p>
                <a href="#/talent/profile">{t('rec.problemFix')}</a>
              </div>
            ) : (
              <Freshness stale={data.stale} computedAt={data.computedAt} />
            )}
            {data.items.length > 0 && <p class="muted small threshold-note">{t('rec.threshold', { n: data.threshold })}</p>}
            {data.items.length === 0 ? (
              <p class="empty" data-reason={data.emptyReason?.code ?? ''}>
                {data.emptyReason ? data.emptyReason.message[getLang()] : t('common.empty')}
              </p>
            ) : (
              <ol class="cards recommendations" data-stale={String(data.stale)}>
                {data.items.map((r) => (
                  <RecommendationItem
                    key={r.positionId}
                    rec={r}
                    actions={
                      <InterestControl
                        talentId={talentId}
                        positionId={r.positionId}
                        application={applications[r.positionId] ?? null}
                        onChange={(a) => setApplications({ ...applications, [a.positionId]: a })}
                      />
                    }
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
