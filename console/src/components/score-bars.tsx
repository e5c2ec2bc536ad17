import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/zh';

const ORDER = ['skills', 'relevance', 'experience', 'salary', 'degree', 'major', 'location', 'tier'];

/** Overall score and one bar per component (components are 0–1). */
export function ScoreBars({ score, components }: { score: number; components: Record<string, number> }) {
  const keys = [...ORDER.filter((k) => k in components), ...Object.keys(components).filter((k) => !ORDER.includes(k))];
  return (
    <div class="score">
      <div class="score-total">
        <span class="score-number">{Math.round(score)}</span>
        <span class="muted">{t('cand.score')}</span>
      </div>
      <dl class="bars">
        {keys.map((k) => {
          const v = Math.max(0, Math.min(1, Number(components[k]) || 0));
          const name = `comp.${k}` as MessageKey;
          return (
            <div class="bar-row" key={k}>
              <dt>{t(name) === name ? k : t(name)}</dt>
              <dd>
                <span class="bar" aria-hidden="true">
                  <span class="bar-fill" style={{ width: `${Math.round(v * 100)}%` }} />
                </span>
                <span class="bar-value">{Math.round(v * 100)}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
