import { formatNumber, getLang, t } from '../i18n/i18n';
import type { PolicyBenefit, PolicyBriefs } from '../types';

type Brief = PolicyBriefs['applies'][number] | PolicyBriefs['nearly'][number];

const nameOf = (p: Brief) => (getLang() === 'zh' ? p.nameZh : p.nameEn ?? p.nameZh);

const MONEY = new Set(['subsidy', 'allowance', 'researchFunding']);

/** What the policies that apply bring, summed: money (subsidies, allowances, research funding), flats, loan ceilings, posts. */
export function benefitTotals(briefs: PolicyBriefs['applies']) {
  const all: PolicyBenefit[] = briefs.flatMap((p) => p.benefits);
  return {
    moneyYuan: all.filter((b) => MONEY.has(b.kind)).reduce((s, b) => s + (b.amountYuan ?? 0), 0),
    flats: all.filter((b) => b.kind === 'housing').reduce((s, b) => s + (b.flats ?? 0), 0),
    loanYuan: all.filter((b) => b.kind === 'loan').reduce((s, b) => s + (b.amountYuan ?? 0), 0),
    posts: all.filter((b) => b.kind === 'post').length,
  };
}

/** "获得鹿城英才需：年龄未登记…" → "年龄未登记…": the name is already said. */
function missingText(p: PolicyBriefs['nearly'][number]): string {
  const zh = getLang() === 'zh';
  const prefix = zh ? `获得${p.nameZh}需：` : `${p.nameEn ?? p.nameZh} needs: `;
  return p.missing
    .map((m) => {
      const text = zh ? m.zh : m.en;
      return text.startsWith(prefix) ? text.slice(prefix.length) : text;
    })
    .join(zh ? '；' : '; ');
}

/** One line of benefit totals ("补贴与经费 72,000 元 · 人才公寓 1 套 …"); empty when none. */
export function BenefitSummary({ briefs }: { briefs: PolicyBriefs['applies'] }) {
  const total = benefitTotals(briefs);
  const parts: [string, string][] = [];
  if (total.moneyYuan > 0) parts.push(['money', t('policy.money', { n: formatNumber(total.moneyYuan) })]);
  if (total.flats > 0) parts.push(['flats', t('policy.flats', { n: total.flats })]);
  if (total.loanYuan > 0) parts.push(['loan', t('policy.loan', { n: formatNumber(total.loanYuan) })]);
  if (total.posts > 0) parts.push(['posts', t('policy.post')]);
  if (parts.length === 0) return null;
  return (
    <p class="small policy-benefits" data-money={total.moneyYuan} data-flats={total.flats} data-loan={total.loanYuan} data-posts={total.posts}>
      {parts.map(([k, text], i) => (
        <span key={k} data-benefit={k}>
          {i > 0 ? ' · ' : ''}
          {text}
        </span>
      ))}
    </p>
  );
}

/**
 * The policies of one (talent, position) pair: "入职可申请：…" for those that apply and "差一点：…需…" for
 * those nearly, with the missing condition. `appliesKey` words the first line for its reader.
 */
export function PolicyLines({ policies, appliesKey = 'policy.applies', showNearly = true, benefits = false }: {
  policies: PolicyBriefs | undefined;
  appliesKey?: 'policy.applies' | 'policy.brings';
  showNearly?: boolean;
  benefits?: boolean;
}) {
  if (!policies) return null;
  const { applies, nearly } = policies;
  if (applies.length === 0 && (!showNearly || nearly.length === 0)) return null;
  const illustrative = [...applies, ...nearly].some((p) => p.illustrative);
  return (
    <div class="policies small" data-applies={applies.length} data-nearly={nearly.length}>
      {applies.length > 0 && (
        <p class="policy-applies">
          <strong>{t(appliesKey)}</strong>
          {applies.map((p, i) => (
            <span key={p.policyId} class="policy" data-policy-id={p.policyId} data-name={p.nameZh}>
              {i > 0 ? '、' : ''}
              {nameOf(p)}
            </span>
          ))}
        </p>
      )}
      {benefits && applies.length > 0 && <BenefitSummary briefs={applies} />}
      {showNearly && nearly.length > 0 && (
        <ul class="policy-nearly">
          {nearly.map((p) => (
            <li key={p.policyId} data-policy-id={p.policyId} data-name={p.nameZh} data-unknown={String(p.missing.every((m) => m.unknown))}>
              {t('policy.nearly', { name: nameOf(p), missing: missingText(p) })}
            </li>
          ))}
        </ul>
      )}
      {illustrative && <p class="muted policy-note">{t('policy.illustrative')}</p>}
    </div>
  );
}
