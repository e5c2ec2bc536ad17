import { t } from './i18n';
import type { MessageKey } from './zh';
import { zh } from './zh';

/**
 * An API field path in the words of the console's forms: `days` → 天数, `education.1.graduationYear` →
 * 教育经历 第 2 条 · 毕业年份. A name without a label stays as the API spells it.
 */
export function fieldLabel(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} ${t('form.item', { n: Number(segment) + 1 })}`.trim();
      continue;
    }
    const key = `field.${segment}`;
    parts.push(key in zh ? t(key as MessageKey) : segment);
  }
  return parts.join(' · ');
}
