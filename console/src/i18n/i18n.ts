import { useEffect, useState } from 'preact/hooks';
import { en } from './en';
import { MessageKey, zh } from './zh';

export type Lang = 'zh' | 'en';
const KEY = 'btc.lang';
const listeners = new Set<() => void>();
let lang: Lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

export function getLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  lang = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  listeners.forEach((l) => l());
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = (lang === 'zh' ? zh : en)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

/** Picks the label of a `{ zh, en }` pair, falling back to the code. */
export function label(labels: Record<string, { zh: string; en: string }>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code]?.[lang] ?? code;
}

/** Re-renders the calling component when the language changes. */
export function useLang(): Lang {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return lang;
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}
