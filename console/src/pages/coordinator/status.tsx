import { api, get } from '../../api';
import { Async } from '../../components/ui';
import { formatTime, label, t } from '../../i18n/i18n';
import { KIND_LABELS } from '../../i18n/vocabulary';
import { useLoad, usePoll } from '../../use-load';

/** The board cannot read the Bearer header from a link: ask for a one-minute ticket, then open it. */
async function openBoard(): Promise<void> {
  const { url } = await api<{ url: string }>('POST', '/auth/queue-board-ticket');
  window.open(url, '_blank', 'noopener');
}

interface RecomputeStatus {
  pending: { kind: string; n: number; oldest: string }[];
  queue: { waiting: number; active: number; failed: number };
}

interface Health {
  status: string;
  [part: string]: unknown;
}

async function loadHealth(): Promise<Health> {
  // /health answers 503 with the same body when a part is down; show it rather than an error.
  const res = await fetch('/health', { headers: { accept: 'application/json' } });
  return (await res.json()) as Health;
}

/** One part of /health: a status word and its detail, or a plain value. */
function describePart(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const { status, detail } = value as { status?: string; detail?: string };
  return [status, detail].filter(Boolean).join(' · ');
}

export function StatusPage() {
  const status = useLoad(() => get<RecomputeStatus>('/recompute/status'), []);
  const health = useLoad(loadHealth, []);
  usePoll(true, 5000, () => {
    status.reload();
    health.reload();
  });
  return (
    <section class="page" aria-labelledby="status-title">
      <h1 id="status-title">{t('status.title')}</h1>
      <div class="grid two">
        <div class="card">
          <h2>{t('status.pending')}</h2>
          <Async state={status}>
            {(s) => (
              <>
                {s.pending.length === 0 ? (
                  <p class="good">{t('status.nothingPending')}</p>
                ) : (
                  <table class="compact">
                    <thead>
                      <tr>
                        <th>{t('status.kind')}</th>
                        <th class="num">{t('status.count')}</th>
                        <th>{t('status.oldest')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.pending.map((p) => (
                        <tr key={p.kind}>
                          <td>{label(KIND_LABELS, p.kind)}</td>
                          <td class="num">{p.n}</td>
                          <td>{formatTime(p.oldest)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <h2>{t('status.queue')}</h2>
                <dl class="stats">
                  <div>
                    <dt>{t('status.waiting')}</dt>
                    <dd>{s.queue.waiting}</dd>
                  </div>
                  <div>
                    <dt>{t('status.active')}</dt>
                    <dd>{s.queue.active}</dd>
                  </div>
                  <div>
                    <dt>{t('status.failed')}</dt>
                    <dd class={s.queue.failed ? 'bad' : ''}>{s.queue.failed}</dd>
                  </div>
                </dl>
              </>
            )}
          </Async>
        </div>
        <div class="card">
          <h2>{t('status.health')}</h2>
          <Async state={health}>
            {(h) => (
              <dl class="health">
                {Object.entries(h).map(([part, v]) => (
                  <div key={part}>
                    <dt>{part}</dt>
                    <dd class={JSON.stringify(v).includes('down') ? 'bad' : ''}>{describePart(v)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Async>
          <p>
            <button type="button" class="link" data-board onClick={openBoard}>
              {t('status.board')}
            </button>
          </p>
          <p class="muted small">{t('status.boardNote')}</p>
        </div>
      </div>
    </section>
  );
}
