import { useState } from 'preact/hooks';
import { api, download, request } from '../../api';
import { FormError, Progress } from '../../components/ui';
import { t } from '../../i18n/i18n';
import { setSession } from '../../session';

export function DataPage({ username }: { username: string }) {
  const [exporting, setExporting] = useState(false);
  const [confirm, setConfirm] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function exportData() {
    setExporting(true);
    setError(null);
    try {
      await download(await request('GET', '/me/export'), `my-data-${username}.json`);
    } catch (err) {
      setError(err);
    } finally {
      setExporting(false);
    }
  }

  async function remove(e: Event) {
    e.preventDefault();
    setDeleting(true);
    setError(null);
    try {
      await api('DELETE', '/me');
      setSession(null);
    } catch (err) {
      setError(err);
      setDeleting(false);
    }
  }

  return (
    <section class="page" aria-labelledby="data-title">
      <h1 id="data-title">{t('data.title')}</h1>
      <FormError error={error} />
      <div class="grid two">
        <div class="card">
          <button type="button" data-action="export" disabled={exporting} onClick={exportData}>
            {t('data.export')}
          </button>
          {exporting && <Progress text={t('data.exporting')} />}
        </div>
        <form class="card danger-zone" onSubmit={remove} noValidate>
          <h2>{t('data.delete')}</h2>
          <label>
            <span>{t('data.deleteConfirm', { username })}</span>
            <input name="confirm" autocomplete="off" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} />
          </label>
          <button type="submit" class="danger" disabled={deleting || confirm !== username}>
            {t('data.deleteButton')}
          </button>
        </form>
      </div>
    </section>
  );
}
