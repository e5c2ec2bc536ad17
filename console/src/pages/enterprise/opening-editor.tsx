import { useEffect, useState } from 'preact/hooks';
import { api, get } from '../../api';
import { FieldError, FormError, Spinner } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { DEGREE_LABELS, INDUSTRIES, INDUSTRY_LABELS } from '../../i18n/vocabulary';
import { navigate } from '../../router';
import type { Position } from '../../types';

/** The fields an enterprise edits, as typed (numbers as text, so the API names a bad one itself). */
interface OpeningForm {
  title: string;
  industry: string;
  description: string;
  location: string;
  headcount: string;
  urgency: string;
  minDegree: string;
  minYearsExperience: string;
  salaryMin: string;
  salaryMax: string;
  requiredSkills: { name: string; minLevel: string }[];
}

const EMPTY: OpeningForm = {
  title: '',
  industry: 'rare_earth',
  description: '',
  location: '包头',
  headcount: '1',
  urgency: '3',
  minDegree: '',
  minYearsExperience: '',
  salaryMin: '',
  salaryMax: '',
  requiredSkills: [{ name: '', minLevel: '2' }],
};

const DEGREES = ['vocational', 'associate', 'bachelor', 'master', 'doctorate'];

function formOf(p: Position & Record<string, unknown>): OpeningForm {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    title: p.title,
    industry: p.industry,
    description: text(p.description),
    location: text(p.location),
    headcount: text(p.headcount),
    urgency: text(p.urgency),
    minDegree: text(p.minDegree),
    minYearsExperience: text(p.minYearsExperience),
    salaryMin: text(p.salaryMin),
    salaryMax: text(p.salaryMax),
    requiredSkills: p.requiredSkills.map((s) => ({ name: s.name, minLevel: text(s.minLevel ?? 1) })),
  };
}

/** The request body: empty optional fields are left out on create and cleared (null) on edit. */
function body(f: OpeningForm, editing: boolean): Record<string, unknown> {
  const num = (s: string) => (s.trim() === '' ? (editing ? null : undefined) : Number.isFinite(Number(s)) ? Number(s) : s);
  const out: Record<string, unknown> = {
    title: f.title.trim(),
    industry: f.industry,
    description: f.description,
    location: f.location.trim() || undefined,
    headcount: num(f.headcount) ?? undefined,
    urgency: num(f.urgency) ?? undefined,
    minDegree: f.minDegree || (editing ? null : undefined),
    minYearsExperience: num(f.minYearsExperience),
    salaryMin: num(f.salaryMin),
    salaryMax: num(f.salaryMax),
    requiredSkills: f.requiredSkills.filter((s) => s.name.trim()).map((s) => ({ name: s.name.trim(), minLevel: Number(s.minLevel) })),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/**
 * An enterprise posts or edits one of its openings: the API's own validation, its messages beside the
 * fields. Saving asks for the opening's column to be scored; its candidates follow once the worker has run.
 */
export function OpeningEditorPage({ positionId }: { positionId?: string }) {
  const [form, setForm] = useState<OpeningForm | null>(positionId ? null : EMPTY);
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!positionId) return;
    get<Position & Record<string, unknown>>(`/positions/${positionId}`).then(
      (p) => {
        setForm(formOf(p));
        setVersion(p.version);
      },
      setError,
    );
  }, [positionId]);
  if (!form) return error ? <FormError error={error} /> : <Spinner />;
  const set = (patch: Partial<OpeningForm>) => setForm({ ...form, ...patch });
  const input = (key: keyof Omit<OpeningForm, 'requiredSkills'>, type = 'text', extra: Record<string, string> = {}) => (
    <input name={key} type={type} value={form[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} {...extra} />
  );
  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const saved = positionId
        ? await api<Position>('PATCH', `/positions/${positionId}`, { ...body(form, true), version })
        : await api<Position>('POST', '/positions', body(form, false));
      navigate(`#/enterprise/openings/${saved.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  const skills = form.requiredSkills;
  return (
    <section class="page" aria-labelledby="opening-editor-title">
      <p>
        <a href="#/enterprise/openings">{t('ent.back')}</a>
      </p>
      <h1 id="opening-editor-title">{positionId ? t('opening.editTitle') : t('opening.newTitle')}</h1>
      <form class="card opening-editor" onSubmit={save} noValidate>
        <div class="form-grid">
          <label class="span-2">
            <span>{t('field.title')}</span>
            {input('title', 'text', { maxlength: '200', required: '' })}
            <FieldError error={error} field="title" />
          </label>
          <label>
            <span>{t('field.industry')}</span>
            <select name="industry" value={form.industry} onChange={(e) => set({ industry: e.currentTarget.value })}>
              {INDUSTRIES.map((i) => (
                <option key={i} value={i}>
                  {label(INDUSTRY_LABELS, i)}
                </option>
              ))}
            </select>
            <FieldError error={error} field="industry" />
          </label>
          <label>
            <span>{t('field.location')}</span>
            {input('location')}
            <FieldError error={error} field="location" />
          </label>
          <label>
            <span>{t('field.headcount')}</span>
            {input('headcount', 'number', { min: '1', inputmode: 'numeric' })}
            <FieldError error={error} field="headcount" />
          </label>
          <label>
            <span>{t('field.urgency')}</span>
            <select name="urgency" value={form.urgency} onChange={(e) => set({ urgency: e.currentTarget.value })}>
              {[5, 4, 3, 2, 1].map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
            <FieldError error={error} field="urgency" />
          </label>
          <label>
            <span>{t('field.minDegree')}</span>
            <select name="minDegree" value={form.minDegree} onChange={(e) => set({ minDegree: e.currentTarget.value })}>
              <option value="">{t('opening.anyDegree')}</option>
              {DEGREES.map((d) => (
                <option key={d} value={d}>
                  {label(DEGREE_LABELS, d)}
                </option>
              ))}
            </select>
            <FieldError error={error} field="minDegree" />
          </label>
          <label>
            <span>{t('field.minYearsExperience')}</span>
            {input('minYearsExperience', 'number', { min: '0', step: '0.5' })}
            <FieldError error={error} field="minYearsExperience" />
          </label>
          <label>
            <span>{t('field.salaryMin')}</span>
            {input('salaryMin', 'number', { min: '0', inputmode: 'numeric' })}
            <FieldError error={error} field="salaryMin" />
          </label>
          <label>
            <span>{t('field.salaryMax')}</span>
            {input('salaryMax', 'number', { min: '0', inputmode: 'numeric' })}
            <FieldError error={error} field="salaryMax" />
          </label>
          <label class="span-2">
            <span>{t('field.description')}</span>
            <textarea name="description" rows={5} maxlength={5000} value={form.description} onInput={(e) => set({ description: e.currentTarget.value })} />
            <FieldError error={error} field="description" />
          </label>
        </div>
        <fieldset class="required-skills">
          <legend>{t('field.requiredSkills')}</legend>
          <FieldError error={error} field="requiredSkills" items />
          <ol>
            {skills.map((s, i) => (
              <li key={i} class="skill-row">
                <label>
                  <span class="sr-only">{t('field.name')}</span>
                  <input
                    name={`requiredSkills.${i}.name`}
                    value={s.name}
                    placeholder={t('opening.skillPlaceholder')}
                    onInput={(e) => set({ requiredSkills: skills.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })}
                  />
                  <FieldError error={error} field={`requiredSkills.${i}.name`} />
                </label>
                <label>
                  <span class="sr-only">{t('field.minLevel')}</span>
                  <select
                    name={`requiredSkills.${i}.minLevel`}
                    value={s.minLevel}
                    onChange={(e) => set({ requiredSkills: skills.map((x, j) => (j === i ? { ...x, minLevel: e.currentTarget.value } : x)) })}
                  >
                    {[1, 2, 3, 4, 5].map((l) => (
                      <option key={l} value={l}>
                        {t('opening.atLeast', { level: `${l} ${t(`skill.level.${l}` as 'skill.level.1')}` })}
                      </option>
                    ))}
                  </select>
                  <FieldError error={error} field={`requiredSkills.${i}.minLevel`} />
                </label>
                <button type="button" class="secondary" onClick={() => set({ requiredSkills: skills.filter((_, j) => j !== i) })}>
                  {t('opening.removeSkill')}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" class="secondary" data-add-skill onClick={() => set({ requiredSkills: [...skills, { name: '', minLevel: '2' }] })}>
            {t('opening.addSkill')}
          </button>
        </fieldset>
        <FormError error={error} />
        <p class="actions">
          <button type="submit" disabled={saving}>
            {saving ? t('common.saving') : positionId ? t('opening.save') : t('opening.publish')}
          </button>
        </p>
      </form>
    </section>
  );
}
