import { useState } from 'preact/hooks';
import { api, get, query } from '../../api';
import { Async, FieldError, FormError } from '../../components/ui';
import { formatTime, t } from '../../i18n/i18n';
import { PIPELINE_STAGES, PipelineEntry, PipelinePage, PipelineStage } from '../../types';
import { useLoad } from '../../use-load';

const stageLabel = (s: PipelineStage) => t(`stage.${s}` as never);

/** 招聘流程 of one opening: entries by stage (filter, sort), the filled count, and moves with notes. */
export function PipelineView({ positionId }: { positionId: string }) {
  const [stage, setStage] = useState('');
  const [sort, setSort] = useState('updated');
  const list = useLoad(() => get<PipelinePage>(`/positions/${positionId}/pipeline${query({ stage, sort, limit: 100 })}`), [positionId, stage, sort]);
  return (
    <div class="pipeline">
      <div class="filters">
        <label>
          {t('pipe.stageFilter')}{' '}
          <select name="stage-filter" value={stage} onChange={(e) => setStage((e.target as HTMLSelectElement).value)}>
            <option value="">{t('pipe.all')}</option>
            {PIPELINE_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
                {list.data ? ` (${list.data.counts[s]})` : ''}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('pipe.sort')}{' '}
          <select name="pipeline-sort" value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value)}>
            {(['updated', 'stage', 'applied'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`pipe.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Async state={list}>
        {(data) => (
          <>
            <p class="filled-count" data-filled={data.filledCount} data-headcount={data.headcount}>
              {t('pipe.filled', { filled: data.filledCount, headcount: data.headcount })}
            </p>
            {data.items.length === 0 ? (
              <p class="empty">{t('pipe.empty')}</p>
            ) : (
              <ol class="cards pipeline-entries">
                {data.items.map((e) => (
                  <PipelineItem key={`${e.id}-${e.version}`} positionId={positionId} entry={e} onSaved={list.reload} />
                ))}
              </ol>
            )}
          </>
        )}
      </Async>
    </div>
  );
}

function PipelineItem({ positionId, entry, onSaved }: { positionId: string; entry: PipelineEntry; onSaved: () => void }) {
  const [next, setNext] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('PATCH', `/positions/${positionId}/pipeline/${entry.talentId}`, { version: entry.version, ...(next ? { stage: next } : {}), ...(note.trim() ? { note } : {}) });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card pipeline-entry" data-talent-id={entry.talentId} data-stage={entry.stage} data-source={entry.source}>
      <div class="candidate-head">
        <div class="who">
          <h2 class="cand-name">{entry.name}</h2>
          <p class="meta">
            {t(`pipe.source.${entry.source}` as never)}
            {entry.score !== null ? ` · ${t('cand.score')} ${Math.round(entry.score)}` : ''}
          </p>
        </div>
        <span class={`status stage-${entry.stage}`}>{stageLabel(entry.stage)}</span>
      </div>
      {entry.withdrawnAt && <p class="warn small withdrawn">{t('pipe.withdrawnAt')}</p>}
      <p class="contact-detail small" data-masked={String(entry.masked)}>
        {t('cand.contact')}：{entry.phone ?? '—'} {entry.email ?? ''}
        {entry.masked && <span class="muted"> {t('cand.masked')}</span>}
      </p>
      {entry.interestNote && (
        <p class="small interest-note">
          {t('pipe.interestNote')}：{entry.interestNote}
        </p>
      )}
      <details>
        <summary class="small">{t('pipe.history')}</summary>
        <ul class="small history">
          {entry.history.map((h) => (
            <li key={h.at + h.to}>
              {formatTime(h.at)} · {t(`role.${h.byRole}` as never)}：{h.from ? `${stageLabel(h.from)} → ` : ''}
              {stageLabel(h.to)}
            </li>
          ))}
        </ul>
      </details>
      {entry.notes.length > 0 && (
        <ul class="small notes">
          {entry.notes.map((n) => (
            <li key={n.at}>
              {formatTime(n.at)} · {t(`role.${n.byRole}` as never)}：{n.text}
            </li>
          ))}
        </ul>
      )}
      <form class="move-form" onSubmit={save}>
        <label>
          {t('pipe.move')}{' '}
          <select name="move-stage" value={next} onChange={(e) => setNext((e.target as HTMLSelectElement).value)}>
            <option value="">—</option>
            {entry.allowedMoves.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <FieldError error={error} field="stage" />
        <label>
          {t('pipe.note')}
          <textarea name="pipeline-note" maxLength={2000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
        <FieldError error={error} field="note" />
        <button type="submit" data-action="move" disabled={busy}>
          {t('pipe.save')}
        </button>
        <FormError error={error} />
      </form>
    </li>
  );
}
