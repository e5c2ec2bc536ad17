import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { fieldLabel } from '../i18n/field-labels';
import { getLang, t } from '../i18n/i18n';
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
      <span>{t('common.error', { message: errorText(error) })}</span>
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

/** The error's message in the console's language (the API sends both). */
export function errorText(error: unknown): string {
  if (error instanceof ApiError && getLang() === 'zh' && error.messageZh) return error.messageZh;
  return (error as Error).message;
}

/** Path → message in the console's language: `fieldsZh` in Chinese (path by path, English where one is missing), else `fields`. */
export function fieldMessages(error: ApiError): Record<string, string> {
  if (getLang() !== 'zh') return error.fields;
  return Object.fromEntries(Object.entries(error.fields).map(([path, message]) => [path, error.fieldsZh[path] ?? message]));
}

/**
 * The message for one input, shown beside it (inside its label, so after the form's own label text).
 * `field` covers its sub-paths too (`focus` shows `focus.industries.0`); `data-path` says which path it
 * shows, so FormError can list the others.
 */
export function FieldError({ error, field, items }: { error: unknown; field: string; items?: boolean }) {
  if (!(error instanceof ApiError)) return null;
  const messages = fieldMessages(error);
  // `items`: a list whose items' fields have inputs of their own; only the list or a whole item is shown here.
  const covers = (k: string) => k.startsWith(`${field}.`) && (!items || /^\d+$/.test(k.slice(field.length + 1)));
  const path = field in messages ? field : Object.keys(messages).find(covers);
  return path ? (
    <span class="field-error" role="alert" data-field={field} data-path={path}>
      {messages[path]}
    </span>
  ) : null;
}

/**
 * The form-level message: the API's message, or a pointer to the marked fields plus a line for each
 * path no input of the form shows (labelled with the field's name in the console's language).
 */
export function FormError({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const paths = error instanceof ApiError ? Object.keys(error.fields) : [];
  useLayoutEffect(() => {
    const scope = ref.current?.closest('form') ?? ref.current?.closest('section') ?? document;
    const shown = new Set(Array.from(scope.querySelectorAll('.field-error[data-path]'), (e) => e.getAttribute('data-path')));
    const next = paths.filter((p) => !shown.has(p));
    if (next.join('\n') !== unplaced.join('\n')) setUnplaced(next);
  });
  if (!error) return null;
  if (!(error instanceof ApiError) || paths.length === 0) {
    return (
      <p class="form-error" role="alert">
        {t('common.error', { message: errorText(error) })}
      </p>
    );
  }
  const messages = fieldMessages(error);
  return (
    <div class="form-error" role="alert" ref={ref}>
      <p>{t('common.fieldErrors')}</p>
      {unplaced.length > 0 && (
        <ul class="unplaced-errors">
          {unplaced.map((path) => (
            <li key={path} data-path={path}>
              {t('form.fieldProblem', { field: fieldLabel(path), message: messages[path] })}
            </li>
          ))}
        </ul>
      )}
    </div>
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
