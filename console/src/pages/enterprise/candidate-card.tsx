import { useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { PolicyLines } from '../../components/policy-briefs';
import { ScoreBars } from '../../components/score-bars';
import { Chips, FieldError, FormError } from '../../components/ui';
import { getLang, label, t } from '../../i18n/i18n';
import { DEGREE_LABELS, TIER_LABELS } from '../../i18n/vocabulary';
import type { Candidate, CandidateBackground, Consent, Contact, Decision } from '../../types';

/** One ranked candidate: score by component, skills, reasons, masked contact, consent and decision. */
export function CandidateCard({ positionId, positionTitle, rank, candidate }: { positionId: string; positionTitle: string; rank: number; candidate: Candidate }) {
  const [consent, setConsent] = useState(candidate.consentStatus ?? 'none');
  const [decision, setDecision] = useState<Decision>(candidate.decision ?? 'none');
  const [contact, setContact] = useState<Contact | null>(null);
  const [asking, setAsking] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const showContact = () => run(async () => setContact(await api<Contact>('GET', `/talents/${candidate.talentId}/contact`)));
  const requestConsent = (e: Event) => {
    e.preventDefault();
    return run(async () => {
      const c = await api<Consent>('POST', '/consent-requests', { talentId: candidate.talentId, purpose });
      setConsent(c.status);
      setAsking(false);
    });
  };
  const decide = (next: Decision) =>
    run(async () => {
      const res = await api<{ decision: Decision }>('PUT', `/positions/${positionId}/candidates/${candidate.talentId}/decision`, { decision: next });
      setDecision(res.decision);
    });

  const invite = () =>
    run(async () => {
      await api('POST', `/positions/${positionId}/invitations`, { talentId: candidate.talentId });
      setInvited(true);
    });

  const withdrawInvitation = () =>
    run(async () => {
      await api('POST', `/positions/${positionId}/invitations/${candidate.talentId}/withdraw`);
      setInvited(false);
    });

  const canRequest = consent === 'none' || consent === 'withdrawn' || consent === 'declined';
  return (
    <li class={`card candidate decision-${decision}`} data-talent-id={candidate.talentId}>
      <div class="candidate-head">
        <span class="rank">#{rank}</span>
        <div class="who">
          <h2 class="cand-name">{candidate.name}</h2>
          <p class="meta">
            {candidate.headline} · {candidate.currentCity} · {label(TIER_LABELS, candidate.tier)}
          </p>
          <Background background={candidate.background} employerMasked={Boolean(candidate.employerMasked)} />
        </div>
        <span class={`status consent-${consent}`} data-consent={consent}>
          {t(`consent.${consent}`)}
        </span>
      </div>
      <ScoreBars score={candidate.score} components={candidate.components} />
      <PolicyLines policies={candidate.policies} appliesKey="policy.brings" showNearly={false} benefits />
      <div class="skills">
        <div>
          <h3>{t('cand.matched')}</h3>
          {candidate.matchedSkills.length ? <Chips items={candidate.matchedSkills} kind="matched" /> : <p class="muted">—</p>}
        </div>
        {candidate.partialSkills.length > 0 && (
          <div>
            <h3>{t('cand.partial')}</h3>
            <Chips items={candidate.partialSkills} kind="partial" />
          </div>
        )}
        {candidate.missingSkills.length > 0 && (
          <div>
            <h3>{t('cand.missing')}</h3>
            <Chips items={candidate.missingSkills} kind="missing" />
          </div>
        )}
      </div>
      <details class="reasons">
        <summary>{t('cand.reasons')}</summary>
        <ul class="small">
          {(candidate.reasons[getLang()] ?? []).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      <div class="contact">
        <h3>{t('cand.contact')}</h3>
        {contact ? (
          <p class="contact-detail" data-masked={String(contact.masked)}>
            {contact.name} · {contact.phone ?? '—'} · {contact.email ?? '—'}
            {contact.masked && <span class="muted small"> ({t('cand.masked')})</span>}
          </p>
        ) : (
          <button type="button" class="secondary" data-action="contact" disabled={busy} onClick={showContact}>
            {t('cand.showContact')}
          </button>
        )}
      </div>
      {asking ? (
        <form class="consent-form" onSubmit={requestConsent} noValidate>
          <label>
            <span>{t('cand.purpose')}</span>
            <textarea name="purpose" rows={2} value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />
            <FieldError error={error} field="purpose" />
          </label>
          <div class="actions">
            <button type="submit" disabled={busy} data-action="send-consent">
              {t('cand.send')}
            </button>
            <button type="button" class="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          {canRequest && (
            <button type="button" data-action="request-consent" disabled={busy} onClick={() => {
                setPurpose(t('cand.purposeDefault', { title: positionTitle }));
                setAsking(true);
              }}>
              {t('cand.requestConsent')}
            </button>
          )}
          {invited ? (
            <>
              <span class="badge" data-invited="true">
                {t('pipe.invited')}
              </span>
              <button type="button" class="link" data-action="withdraw-invitation" disabled={busy} onClick={withdrawInvitation}>
                {t('pipe.withdrawInvitation')}
              </button>
            </>
          ) : (
            <button type="button" class="secondary" data-action="invite" disabled={busy} onClick={invite}>
              {t('pipe.invite')}
            </button>
          )}
          {decision === 'none' ? (
            <>
              <button type="button" class="secondary" data-action="shortlist" disabled={busy} onClick={() => decide('shortlisted')}>
                {t('cand.shortlist')}
              </button>
              <button type="button" class="secondary danger" data-action="reject" disabled={busy} onClick={() => decide('rejected')}>
                {t('cand.reject')}
              </button>
            </>
          ) : (
            <>
              <span class="badge" data-decision={decision}>
                {t(`decision.${decision}`)}
              </span>
              <button type="button" class="link" disabled={busy} onClick={() => decide('none')}>
                {t('cand.undo')}
              </button>
            </>
          )}
        </div>
      )}
      {error instanceof ApiError && Object.keys(error.fields).length === 0 ? <FormError error={error} /> : error && !(error instanceof ApiError) ? <FormError error={error} /> : null}
    </li>
  );
}

/** Degree, school and major; years; current title and employer (masked until the talent consents). */
function Background({ background: b, employerMasked }: { background: CandidateBackground; employerMasked: boolean }) {
  const schooling = [label(DEGREE_LABELS, b.degree), b.school, b.major].filter(Boolean).join(' · ');
  const employer = employerMasked ? t('cand.employerMasked') : b.currentEmployer;
  const job = [b.currentTitle, employer].filter(Boolean).join(' @ ');
  return (
    <dl class="background small">
      {schooling && (
        <div>
          <dt>{t('cand.education')}</dt>
          <dd data-field="education">{schooling}</dd>
        </div>
      )}
      <div>
        <dt>{t('cand.years')}</dt>
        <dd data-field="years">{t('cand.yearsValue', { n: b.years })}</dd>
      </div>
      {job && (
        <div>
          <dt>{t('cand.current')}</dt>
          <dd data-field="current" data-masked={String(employerMasked)}>
            {job}
          </dd>
        </div>
      )}
    </dl>
  );
}
