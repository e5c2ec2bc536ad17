import { get, query } from '../../api';
import { Async } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { DEGREE_LABELS, INDUSTRY_LABELS } from '../../i18n/vocabulary';
import type { Enterprise, Page, Position } from '../../types';
import { useLoad } from '../../use-load';

export function EnterpriseOpeningsPage({ enterpriseId }: { enterpriseId: string }) {
  const enterprise = useLoad(() => get<Enterprise>(`/enterprises/${enterpriseId}`), [enterpriseId]);
  const positions = useLoad(() => get<Page<Position>>(`/positions${query({ enterpriseId, limit: 100 })}`), [enterpriseId]);
  return (
    <section class="page" aria-labelledby="ent-title">
      <h1 id="ent-title">{t('ent.title', { name: enterprise.data?.nameZh ?? '…' })}</h1>
      <Async state={positions} empty={(d) => d.items.length === 0}>
        {(data) => (
          <ul class="cards">
            {data.items.map((p) => (
              <li class="card opening" key={p.id} data-position-id={p.id}>
                <h2>{p.title}</h2>
                <p class="meta">
                  <span class={`urgency u${p.urgency}`}>{p.urgency}</span> {label(INDUSTRY_LABELS, p.industry)} · {p.location ?? ''} ·{' '}
                  {p.headcount - p.filledCount}/{p.headcount} · {label(DEGREE_LABELS, p.minDegree)}
                </p>
                <ul class="chips chips-plain">
                  {p.requiredSkills.slice(0, 6).map((s) => (
                    <li key={s.name}>{s.name}</li>
                  ))}
                </ul>
                <a class="button" href={`#/enterprise/openings/${p.id}`}>
                  {t('ent.candidates')}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
