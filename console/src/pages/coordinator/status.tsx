import { api, get } from '../../api';
import { Async } from '../../components/ui';
import { formatTime, getLang, label, t } from '../../i18n/i18n';
import { KIND_LABELS } from '../../i18n/vocabulary';
import { useLoad, usePoll } from '../../use-load';

/** The board cannot read the Bearer header from a link: ask for a one-minute ticket, then open it. */
async function openBoard(): Promise<void> {
  const { url } = await api<{ url: string }>('POST', '/auth/queue-board-ticket');
  window.open(url, '_blank', 'noopener');
}

interface QuarantinedRecord {
  kind: string;
  entityId: string;
  entityVersion: number;
  field: string | null;
  reason: string;
  /** Field and reason in words, Chinese first. */
  message: { zh: string; en: string };
  quarantinedAt: string;
}

interface RecomputeStatus {
  pending: { kind: string; n: number; oldest: string }[];
  /** Null while the queue cannot be reached (Redis down): the outbox still lists what is pending. */
  queue: { waiting: number; active: number; failed: number } | null;
  /** Recomputes that failed and are being retried. */
  failing: { kind: string; entityId: string; attempts: number; lastError: string | null }[];
  /** Records the engine could not score, set aside so that everyone else is still computed. */
  quarantined: { total: number; items: QuarantinedRecord[] };
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
                {s.queue ? (
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
                ) : (
                  <p class="bad">{t('status.queueDown')}</p>
                )}
                {s.failing.length > 0 && <FailingTable failing={s.failing} />}
              </>
            )}
          </Async>
        </div>
        <div class="card">
          <h2>{t('status.health')}</h2>
          <Async state={health}>
            {(h) => (
              <dl class="health">
                {Object.entries(h)
                  .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
                  .map(([part, v]) => (
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
      <div class="card quarantine-card">
        <h2>{t('status.quarantine')}</h2>
        <Async state={status}>{(s) => <QuarantineTable quarantined={s.quarantined} />}</Async>
      </div>
    </section>
  );
}

/** The first characters of an id: enough to find the record, short enough for a phone. */
const shortId = (id: string) => id.slice(0, 8);

function QuarantineTable({ quarantined }: { quarantined: RecomputeStatus['quarantined'] }) {
  if (quarantined.total === 0) return <p class="good">{t('status.nothingQuarantined')}</p>;
  return (
    <>
      <p class="muted small">{t('status.quarantineNote', { n: quarantined.total })}</p>
      <table class="compact quarantine">
        <thead>
          <tr>
            <th>{t('status.kind')}</th>
            <th>{t('status.record')}</th>
            <th>{t('status.field')}</th>
            <th>{t('status.reason')}</th>
            <th>{t('status.since')}</th>
          </tr>
        </thead>
        <tbody>
          {quarantined.items.map((q) => (
            <tr key={`${q.kind}:${q.entityId}`} data-kind={q.kind} data-entity-id={q.entityId}>
              <td>{label(KIND_LABELS, q.kind)}</td>
              <td title={q.entityId}>
                <code>{shortId(q.entityId)}</code>
              </td>
              <td>
                <code>{q.field ?? '—'}</code>
              </td>
              <td class="bad">{q.message[getLang()]}</td>
              <td>{formatTime(q.quarantinedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FailingTable({ failing }: { failing: RecomputeStatus['failing'] }) {
  return (
    <>
      <h2>{t('status.failing')}</h2>
      <table class="compact failing">
        <thead>
          <tr>
            <th>{t('status.kind')}</th>
            <th>{t('status.record')}</th>
            <th class="num">{t('status.attempts')}</th>
            <th>{t('status.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {failing.map((f) => (
            <tr key={`${f.kind}:${f.entityId}`}>
              <td>{label(KIND_LABELS, f.kind)}</td>
              <td title={f.entityId}>
                <code>{shortId(f.entityId)}</code>
              </td>
              <td class="num">{f.attempts}</td>
              <td class="bad">{f.lastError ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
