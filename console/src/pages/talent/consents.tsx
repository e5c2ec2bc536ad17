import { useState } from 'preact/hooks';
import { api, get } from '../../api';
import { Async, FormError } from '../../components/ui';
import { formatTime, t } from '../../i18n/i18n';
import type { Consent } from '../../types';
import { useLoad } from '../../use-load';

interface ContactView {
  at: string;
  enterpriseName: string;
  actorRole: string;
}

export function ConsentsPage() {
  const consents = useLoad(() => get<{ items: Consent[] }>('/consents'), []);
  const views = useLoad(() => get<{ items: ContactView[] }>('/me/contact-views'), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function act(consent: Consent, action: 'grant' | 'withdraw') {
    setBusy(consent.id);
    setError(null);
    try {
      const updated = await api<Consent>('POST', `/consents/${consent.id}/${action}`, {});
      consents.setData({ items: (consents.data?.items ?? []).map((c) => (c.id === consent.id ? { ...c, ...updated } : c)) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="page" aria-labelledby="consents-title">
      <h1 id="consents-title">{t('consents.title')}</h1>
      <FormError error={error} />
      <Async state={consents} empty={(d) => d.items.length === 0}>
        {(data) => (
          <ul class="cards">
            {data.items.map((c) => (
              <li class="card consent" key={c.id} data-consent-id={c.id}>
                <div class="candidate-head">
                  <h2>{c.enterpriseName}</h2>
                  <span class={`status consent-${c.status}`}>{t(`consent.${c.status}`)}</span>
                </div>
                <p>
                  <strong>{t('consents.purpose')}:</strong> {c.purpose}
                </p>
                <p class="meta">
                  {t('consents.requestedAt')} {formatTime(c.requestedAt)}
                  {c.expiresAt ? ` · ${t('consents.expiresAt')} ${formatTime(c.expiresAt)}` : ''}
                </p>
                <div class="actions">
                  {c.status === 'requested' && (
                    <button type="button" disabled={busy === c.id} onClick={() => act(c, 'grant')}>
                      {t('consents.grant')}
                    </button>
                  )}
                  {(c.status === 'granted' || c.status === 'requested') && (
                    // Withdrawing a request not yet granted declines it (the API records "declined").
                    <button type="button" class="secondary danger" disabled={busy === c.id} onClick={() => act(c, 'withdraw')}>
                      {c.status === 'requested' ? t('consents.decline') : t('consents.withdraw')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Async>
      <h2>{t('consents.views')}</h2>
      <Async state={views} empty={(d) => d.items.length === 0}>
        {(data) => (
          <div class="table-wrap">
            <table class="compact">
              <thead>
                <tr>
                  <th>{t('consents.viewAt')}</th>
                  <th>{t('consents.viewer')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((v, i) => (
                  <tr key={i}>
                    <td>{formatTime(v.at)}</td>
                    <td>{v.enterpriseName ?? v.actorRole}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Async>
    </section>
  );
}
