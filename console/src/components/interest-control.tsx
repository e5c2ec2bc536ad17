import { useState } from 'preact/hooks';
import { api } from '../api';
import { t } from '../i18n/i18n';
import type { Application } from '../types';
import { FieldError, FormError } from './ui';

/**
 * 申请 on a recommended opening: an optional note, the consent it gives stated before sending; then
 * 已申请 with the stage, and 撤回申请 (which revokes the consent). An invitation shows above the button.
 */
export function InterestControl({ talentId, positionId, application, onChange }: { talentId: string; positionId: string; application: Application | null; onChange: (a: Application) => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(work: () => Promise<Application>) {
    setBusy(true);
    setError(null);
    try {
      onChange(await work());
      setOpen(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const apply = (e: Event) => {
    e.preventDefault();
    return run(() => api<Application>('POST', `/talents/${talentId}/applications`, { positionId, ...(note.trim() ? { note } : {}) }));
  };
  const withdraw = () => run(() => api<Application>('POST', `/talents/${talentId}/applications/${positionId}/withdraw`));

  const applied = Boolean(application?.appliedAt) && !application?.withdrawnAt;
  return (
    <div class="interest" data-applied={String(applied)}>
      {application?.invitedAt && !applied && (
        <p class="small invited">
          {t('apply.invited')}
          {application.inviteNote ? `：${application.inviteNote}` : ''}
        </p>
      )}
      {applied ? (
        <p class="small">
          <span class="status consent-granted" data-stage={application!.stage}>
            {t('apply.applied')} · {t('apply.stage', { stage: t(`stage.${application!.stage}` as never) })}
          </span>{' '}
          <button type="button" class="secondary" data-action="withdraw-application" disabled={busy} onClick={withdraw}>
            {t('apply.withdraw')}
          </button>
        </p>
      ) : open ? (
        <form class="apply-form" onSubmit={apply}>
          <label>
            {t('apply.note')}
            <textarea name="interest-note" maxLength={1000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <FieldError error={error} field="note" />
          <p class="muted small">{t('apply.consentNotice')}</p>
          <button type="submit" data-action="confirm-apply" disabled={busy}>
            {t('apply.confirm')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setOpen(false)}>
            {t('apply.cancel')}
          </button>
        </form>
      ) : (
        <p>
          {application?.withdrawnAt && <span class="muted small">{t('apply.withdrawn')} </span>}
          <button type="button" data-action="apply" onClick={() => setOpen(true)}>
            {t('apply.button')}
          </button>
        </p>
      )}
      <FormError error={error} />
    </div>
  );
}
