import type { ComponentChildren } from 'preact';
import { PolicyLines } from './policy-briefs';
import { ScoreBars } from './score-bars';
import { Chips } from './ui';
import { formatNumber, getLang, label, t } from '../i18n/i18n';
import { INDUSTRY_LABELS } from '../i18n/vocabulary';
import type { Recommendation, SkillGap } from '../types';

/** A recommended opening: score by component, why it fits, what the talent still lacks; `actions` below (申请). */
export function RecommendationItem({ rec, compact = false, actions }: { rec: Recommendation; compact?: boolean; actions?: ComponentChildren }) {
  const reasons = rec.reasons?.[getLang()] ?? [];
  return (
    <li class="card recommendation" data-position-id={rec.positionId} data-score={rec.score} data-below-threshold={String(Boolean(rec.belowThreshold))}>
      <div class="rec-head">
        <h3 class="rec-title">{rec.title}</h3>
        <span class="score-number small-score">{Math.round(rec.score)}</span>
      </div>
      {rec.belowThreshold && <p class="below-threshold small warn">{t('rec.belowThreshold')}</p>}
      <p class="meta">
        {rec.enterpriseName} · {label(INDUSTRY_LABELS, rec.industry)} · {rec.location ?? ''}
        {rec.salaryMin && rec.salaryMax ? ` · ${t('rec.salary', { min: formatNumber(rec.salaryMin), max: formatNumber(rec.salaryMax) })}` : ''}
      </p>
      <PolicyLines policies={rec.policies} showNearly={!compact} />
      {!compact && (
        <>
          <ScoreBars score={rec.score} components={rec.components} />
          {reasons.length > 0 && (
            <>
              <h4>{t('rec.why')}</h4>
              <ul class="small">
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          <Chips items={rec.matchedSkills} kind="matched" />
        </>
      )}
      <h4>{t('rec.lacking')}</h4>
      {rec.missingSkills.length || rec.partialSkills.length ? (
        !compact && rec.gaps && rec.gaps.length > 0 ? (
          <GapList gaps={rec.gaps} />
        ) : (
          <>
            <Chips items={rec.missingSkills} kind="missing" />
            <Chips items={rec.partialSkills} kind="partial" />
          </>
        )
      ) : (
        <p class="good small">{t('rec.nothingMissing')}</p>
      )}
      {actions}
    </li>
  );
}

/** Each gap: the level asked (and held), what it would bring, a step from a skill the talent has, where it is taught. */
function GapList({ gaps }: { gaps: SkillGap[] }) {
  return (
    <ul class="gaps small">
      {gaps.map((g) => {
        const step = g.stepsFrom[0];
        const where = g.learnAt[0];
        return (
          <li key={g.skill} class={`gap gap-${g.kind}`} data-skill={g.skill}>
            <strong>{g.skill}</strong>{' '}
            <span class="muted">
              {g.heldLevel !== null ? t('gap.levelHeld', { need: g.requiredLevel, held: g.heldLevel }) : t('gap.level', { need: g.requiredLevel })}
            </span>
            {Math.round(g.scoreGain) > 0 && <span class="gain"> {t('gap.gain', { n: Math.round(g.scoreGain) })}</span>}
            {step && <div>{t('gap.step', { skill: step.skill })}</div>}
            {where && (
              <div data-learn-at={where.universityId}>
                {t('gap.learnAt', { university: where.university, city: where.city, majors: where.programmes.map((p) => p.major).join('、') })}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
