import type { ComponentChildren } from 'preact';
import { ApiError } from '../api';
import { t } from '../i18n/i18n';
import type { Loaded } from '../use-load';

export function Spinner({ text }: { text?: string }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{text ?? t('common.loading')}</span>
    </div>
  );
}

export function Empty({ text }: { text?: string }) {
  return <p class="empty">{text ?? t('common.empty')}</p>;
}

export function ErrorBanner({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <div class="error-banner" role="alert">
      <span>{t('common.error', { message: error.message })}</span>
      {onRetry && (
        <button type="button" class="secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** The three states of a load: spinner, error with retry, or the content (or an empty note). */
export function Async<T>({ state, empty, children }: { state: Loaded<T>; empty?: (data: T) => boolean; children: (data: T) => ComponentChildren }) {
  if (state.error) return <ErrorBanner error={state.error} onRetry={state.reload} />;
  if (state.data === null) return <Spinner />;
  if (empty?.(state.data)) return <Empty />;
  return <>{children(state.data)}</>;
}

/** Indeterminate progress for long operations, with the step it is on. */
export function Progress({ text, value }: { text: string; value?: number }) {
  return (
    <div class="progress" role="progressbar" aria-valuetext={text} aria-valuenow={value === undefined ? undefined : Math.round(value * 100)} aria-valuemin={0} aria-valuemax={100}>
      <div class={value === undefined ? 'progress-bar indeterminate' : 'progress-bar'} style={value === undefined ? undefined : { width: `${Math.round(value * 100)}%` }} />
      <span class="progress-text">{text}</span>
    </div>
  );
}

export function FieldError({ error, field }: { error: unknown; field: string }) {
  if (!(error instanceof ApiError)) return null;
  const message = error.fields[field] ?? Object.entries(error.fields).find(([k]) => k.startsWith(`${field}.`))?.[1];
  return message ? (
    <span class="field-error" role="alert" data-field={field}>
      {message}
    </span>
  ) : null;
}

/** The form-level message: the API's message, or a pointer to the marked fields. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const text = error instanceof ApiError && Object.keys(error.fields).length ? t('common.fieldErrors') : t('common.error', { message: (error as Error).message });
  return (
    <p class="form-error" role="alert">
      {text}
    </p>
  );
}

export function Chips({ items, kind }: { items: string[]; kind: 'matched' | 'partial' | 'missing' | 'plain' }) {
  if (!items.length) return null;
  return (
    <ul class={`chips chips-${kind}`}>
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

export function Pager({ page, limit, total, onPage }: { page: number; limit: number; total: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav class="pager" aria-label="pagination">
      <button type="button" class="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.prev')}
      </button>
      <span>{t('common.page', { page, pages, total })}</span>
      <button type="button" class="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}

export function Freshness({ stale, computedAt }: { stale?: boolean; computedAt?: string | null }) {
  if (stale) return <Progress text={t('common.stale')} />;
  return computedAt ? <p class="muted freshness">{t('common.fresh', { at: new Date(computedAt).toLocaleString() })}</p> : null;
}
