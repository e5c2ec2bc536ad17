import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get, query } from '../../api';
import { RecommendationItem } from '../../components/recommendation-item';
import { Async, FieldError, FormError, Progress } from '../../components/ui';
import { getLang, t } from '../../i18n/i18n';
import type { Page, RecommendationList, Talent } from '../../types';
import { useLoad, usePoll } from '../../use-load';
import { EducationEditor, EducationRow, fromEducationRows, toEducationRows } from './education-editor';
import { fromRows, SkillEditor, SkillRow, toRows } from './skill-editor';

interface Draft {
  headline: string;
  currentCity: string;
  willingToRelocate: boolean;
  /** Kept as typed; empty means unknown. */
  salaryMin: string;
  salaryMax: string;
  summary: string;
  skills: SkillRow[];
  education: EducationRow[];
}

/** An empty box is "not given" (null); anything else goes to the API as typed, which names a bad value. */
const salaryValue = (text: string): number | null => (text.trim() === '' ? null : Number(text));

function draftOf(talent: Talent): Draft {
  return {
    headline: talent.headline ?? '',
    currentCity: talent.currentCity ?? '',
    willingToRelocate: talent.willingToRelocate,
    salaryMin: talent.expectedSalaryMin?.toString() ?? '',
    salaryMax: talent.expectedSalaryMax?.toString() ?? '',
    summary: talent.summary ?? '',
    skills: toRows(talent.skills ?? []),
    education: toEducationRows(talent.education ?? []),
  };
}

async function loadTaxonomy(): Promise<string[]> {
  const names: string[] = [];
  for (let page = 1; page <= 10; page++) {
    const res = await get<Page<{ nameZh: string }>>(`/skills${query({ page, limit: 100 })}`);
    names.push(...res.items.map((s) => s.nameZh));
    if (page * 100 >= res.total) break;
  }
  return names;
}

export function ProfilePage({ talentId }: { talentId: string }) {
  const talent = useLoad(() => get<Talent>(`/talents/${talentId}`), [talentId]);
  const recs = useLoad(() => get<RecommendationList>(`/talents/${talentId}/recommendations${query({ limit: 5 })}`), [talentId]);
  const taxonomy = useLoad(loadTaxonomy, []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [phase, setPhase] = useState<'idle' | 'recomputing' | 'done' | 'conflict'>('idle');

  useEffect(() => {
    if (talent.data) setDraft(draftOf(talent.data));
  }, [talent.data]);
  usePoll(phase === 'recomputing' || Boolean(recs.data?.stale), 1000, recs.reload);
  useEffect(() => {
    if (phase === 'recomputing' && recs.data && !recs.data.stale && !recs.loading) setPhase('done');
  }, [recs.data, recs.loading, phase]);

  async function save(e: Event) {
    e.preventDefault();
    if (!talent.data || !draft) return;
    setSaving(true);
    setError(null);
    setPhase('idle');
    try {
      const updated = await api<Talent>('PATCH', `/talents/${talentId}`, {
        version: talent.data.version,
        headline: draft.headline,
        currentCity: draft.currentCity || null,
        willingToRelocate: draft.willingToRelocate,
        expectedSalaryMin: salaryValue(draft.salaryMin),
        expectedSalaryMax: salaryValue(draft.salaryMax),
        summary: draft.summary,
        skills: fromRows(draft.skills),
        education: fromEducationRows(draft.education),
      });
      talent.setData(updated);
      setPhase('recomputing');
      recs.reload();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 409) {
        setPhase('conflict');
        talent.reload();
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="page" aria-labelledby="profile-title">
      <h1 id="profile-title">{t('profile.title')}</h1>
      <div class="grid profile-grid">
        <Async state={talent}>
          {(tal) =>
            draft && (
              <form class="card profile-form" onSubmit={save} noValidate>
                <p class="profile-name">
                  <strong>{tal.name}</strong>
                </p>
                <label>
                  <span>{t('profile.headline')}</span>
                  <input name="headline" value={draft.headline} onInput={(e) => setDraft({ ...draft, headline: e.currentTarget.value })} />
                  <FieldError error={error} field="headline" />
                </label>
                <label>
                  <span>{t('profile.city')}</span>
                  <input name="currentCity" value={draft.currentCity} onInput={(e) => setDraft({ ...draft, currentCity: e.currentTarget.value })} />
                  <FieldError error={error} field="currentCity" />
                </label>
                <label class="check">
                  <input type="checkbox" name="willingToRelocate" checked={draft.willingToRelocate} onChange={(e) => setDraft({ ...draft, willingToRelocate: e.currentTarget.checked })} />
                  <span>{t('profile.relocate')}</span>
                </label>
                <div class="salary-range">
                  <label>
                    <span>{t('profile.salaryMin')}</span>
                    <input name="expectedSalaryMin" inputMode="numeric" value={draft.salaryMin} onInput={(e) => setDraft({ ...draft, salaryMin: e.currentTarget.value })} />
                    <FieldError error={error} field="expectedSalaryMin" />
                  </label>
                  <label>
                    <span>{t('profile.salaryMax')}</span>
                    <input name="expectedSalaryMax" inputMode="numeric" value={draft.salaryMax} onInput={(e) => setDraft({ ...draft, salaryMax: e.currentTarget.value })} />
                    <FieldError error={error} field="expectedSalaryMax" />
                  </label>
                </div>
                <label>
                  <span>{t('profile.summary')}</span>
                  <textarea name="summary" rows={4} value={draft.summary} onInput={(e) => setDraft({ ...draft, summary: e.currentTarget.value })} />
                  <FieldError error={error} field="summary" />
                </label>
                <EducationEditor rows={draft.education} set={(education) => setDraft({ ...draft, education })} error={error} />
                <SkillEditor rows={draft.skills} set={(skills) => setDraft({ ...draft, skills })} error={error} taxonomy={taxonomy.data ?? []} />
                {phase === 'conflict' ? <p class="form-error">{t('profile.conflict')}</p> : <FormError error={error} />}
                <button type="submit" disabled={saving} data-action="save-profile">
                  {saving ? t('common.saving') : t('common.save')}
                </button>
                {phase === 'recomputing' && <Progress text={t('profile.saved')} />}
                {phase === 'done' && (
                  <p class="good" role="status" data-testid="recomputed">
                    {t('profile.recomputed')}
                  </p>
                )}
              </form>
            )
          }
        </Async>
        <aside class="card">
          <h2>{recs.data && recs.data.items.length > 0 ? t('profile.topRecsN', { n: recs.data.items.length }) : t('profile.topRecs')}</h2>
          <Async state={recs}>
            {(data) =>
              data.items.length ? (
                <ol class="cards compact-recs" data-stale={String(data.stale)}>
                  {data.items.map((r) => (
                    <RecommendationItem key={r.positionId} rec={r} compact />
                  ))}
                </ol>
              ) : (
                <p class="empty">{data.emptyReason ? data.emptyReason.message[getLang()] : t('common.empty')}</p>
              )
            }
          </Async>
          <a href="#/talent/recommendations">{t('nav.recommendations')} →</a>
        </aside>
      </div>
    </section>
  );
}
