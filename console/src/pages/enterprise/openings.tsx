import { useState } from 'preact/hooks';
import { api, get, query } from '../../api';
import { Async, FormError } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { DEGREE_LABELS, INDUSTRY_LABELS } from '../../i18n/vocabulary';
import type { Enterprise, Page, Position } from '../../types';
import { useLoad } from '../../use-load';

/** Status changes an enterprise makes itself: pause and resume recruiting, close an opening. */
const ACTIONS: Record<string, { to: string; key: 'opening.pause' | 'opening.resume' | 'opening.close' }[]> = {
  open: [
    { to: 'paused', key: 'opening.pause' },
    { to: 'closed', key: 'opening.close' },
  ],
  paused: [
    { to: 'open', key: 'opening.resume' },
    { to: 'closed', key: 'opening.close' },
  ],
  filled: [{ to: 'closed', key: 'opening.close' }],
  closed: [{ to: 'open', key: 'opening.resume' }],
};

export function EnterpriseOpeningsPage({ enterpriseId }: { enterpriseId: string }) {
  const enterprise = useLoad(() => get<Enterprise>(`/enterprises/${enterpriseId}`), [enterpriseId]);
  const positions = useLoad(() => get<Page<Position>>(`/positions${query({ enterpriseId, limit: 100 })}`), [enterpriseId]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const setStatus = async (p: Position, status: string) => {
    setBusy(p.id);
    setError(null);
    try {
      await api('PATCH', `/positions/${p.id}`, { status, version: p.version });
      positions.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section class="page" aria-labelledby="ent-title">
      <h1 id="ent-title">{t('ent.title', { name: enterprise.data?.nameZh ?? '…' })}</h1>
      <p class="actions">
        <a class="button" href="#/enterprise/openings/new" data-new-opening>
          {t('opening.new')}
        </a>
      </p>
      <FormError error={error} />
      <Async state={positions} empty={(d) => d.items.length === 0}>
        {(data) => (
          <ul class="cards">
            {data.items.map((p) => (
              <li class="card opening" key={p.id} data-position-id={p.id} data-status={p.status}>
                <h2>
                  {p.title} <span class={`badge status-${p.status}`}>{t(`opening.status.${p.status}` as 'opening.status.open')}</span>
                </h2>
                <p class="meta">
                  <span class={`urgency u${p.urgency}`}>{p.urgency}</span> {label(INDUSTRY_LABELS, p.industry)} · {p.location ?? ''} ·{' '}
                  {p.headcount - p.filledCount}/{p.headcount} · {label(DEGREE_LABELS, p.minDegree)}
                </p>
                <ul class="chips chips-plain">
                  {p.requiredSkills.slice(0, 6).map((s) => (
                    <li key={s.name}>{s.name}</li>
                  ))}
                </ul>
                <p class="actions">
                  <a class="button" href={`#/enterprise/openings/${p.id}`}>
                    {t('ent.candidates')}
                  </a>
                  <a class="button secondary" href={`#/enterprise/openings/${p.id}/edit`} data-edit-opening>
                    {t('opening.edit')}
                  </a>
                  {(ACTIONS[p.status] ?? []).map((a) => (
                    <button key={a.to} type="button" class="secondary" data-set-status={a.to} disabled={busy === p.id} onClick={() => setStatus(p, a.to)}>
                      {t(a.key)}
                    </button>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
