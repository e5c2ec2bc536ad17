import { useState } from 'preact/hooks';
import { ApiError, login } from '../api';
import { errorText, FieldError } from '../components/ui';
import { t } from '../i18n/i18n';
import { navigate } from '../router';
import { homeOf } from '../session';

export function LoginPage({ expired }: { expired: boolean }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: Event) {
    e.preventDefault();
    // Checked here, before any request: an empty form is not a wrong password (and costs no attempt).
    if (username.trim() === '' || password === '') {
      setError(new Error(t('login.empty')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await login(username.trim(), password);
      navigate(homeOf(session.user.role));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const message =
    error instanceof ApiError
      ? error.status === 429
        ? t('login.lockedMinutes', { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) })
        : error.status === 401
          ? t('login.failed')
          : Object.keys(error.fields).length
            ? null
            : errorText(error)
      : error
        ? (error as Error).message
        : null;

  return (
    <section class="login card" aria-labelledby="login-title">
      <h1 id="login-title">{t('app.title')}</h1>
      <h2>{t('login.title')}</h2>
      {expired && !error && <p class="notice">{t('login.expired')}</p>}
      <form onSubmit={submit} noValidate>
        <label>
          <span>{t('login.username')}</span>
          <input name="username" autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
          <FieldError error={error} field="username" />
        </label>
        <label>
          <span>{t('login.password')}</span>
          <input name="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          <FieldError error={error} field="password" />
        </label>
        {message && (
          <p class="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
      <p class="muted small">{t('login.demo')}</p>
    </section>
  );
}
