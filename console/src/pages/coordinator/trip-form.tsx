import { FieldError } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { INDUSTRIES, INDUSTRY_LABELS } from '../../i18n/vocabulary';

export interface TripForm {
  days: string;
  stopsPerDay: string;
  industries: string[];
  minUrgency: string;
  budget: string;
  yield: string;
  startDate: string;
  title: string;
}

export const INITIAL_TRIP: TripForm = { days: '2', stopsPerDay: '2', industries: ['rare_earth'], minUrgency: '', budget: '', yield: '0.1', startDate: '', title: '' };

/** The request body; numbers stay numbers only when they parse, so the API names a bad field itself. */
export function tripRequest(f: TripForm): Record<string, unknown> {
  const num = (s: string) => (s.trim() === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s);
  const focus: Record<string, unknown> = {};
  if (f.industries.length) focus.industries = f.industries;
  if (f.minUrgency) focus.minUrgency = Number(f.minUrgency);
  const body: Record<string, unknown> = { days: num(f.days), stopsPerDay: num(f.stopsPerDay), budget: num(f.budget), yield: num(f.yield) };
  if (Object.keys(focus).length) body.focus = focus;
  if (f.startDate) body.startDate = f.startDate;
  if (f.title.trim()) body.title = f.title.trim();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

export function TripFormFields({ form, set, error }: { form: TripForm; set: (f: TripForm) => void; error: unknown }) {
  const field = (key: keyof TripForm, type = 'text', extra: Record<string, string> = {}) => (
    <input name={key} type={type} value={form[key] as string} onInput={(e) => set({ ...form, [key]: e.currentTarget.value })} {...extra} />
  );
  const toggle = (industry: string) =>
    set({ ...form, industries: form.industries.includes(industry) ? form.industries.filter((i) => i !== industry) : [...form.industries, industry] });
  return (
    <>
      <div class="form-grid">
        <label>
          <span>{t('trip.days')}</span>
          {field('days', 'number', { min: '1', max: '14', inputmode: 'numeric' })}
          <FieldError error={error} field="days" />
        </label>
        <label>
          <span>{t('trip.stopsPerDay')}</span>
          {field('stopsPerDay', 'number', { min: '1', max: '4', inputmode: 'numeric' })}
          <FieldError error={error} field="stopsPerDay" />
        </label>
        <label>
          <span>{t('trip.minUrgency')}</span>
          <select name="minUrgency" value={form.minUrgency} onChange={(e) => set({ ...form, minUrgency: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {[5, 4, 3, 2].map((u) => (
              <option key={u} value={u}>
                ≥ {u}
              </option>
            ))}
          </select>
          <FieldError error={error} field="focus.minUrgency" />
        </label>
        <label>
          <span>{t('trip.budget')}</span>
          {field('budget', 'number', { min: '0', inputmode: 'numeric' })}
          <FieldError error={error} field="budget" />
        </label>
        <label>
          <span>{t('trip.yield')}</span>
          {field('yield', 'number', { min: '0.001', max: '1', step: '0.01' })}
          <FieldError error={error} field="yield" />
        </label>
        <label>
          <span>{t('trip.startDate')}</span>
          {field('startDate', 'date')}
          <FieldError error={error} field="startDate" />
        </label>
        <label class="span-2">
          <span>{t('trip.name')}</span>
          {field('title')}
          <FieldError error={error} field="title" />
        </label>
      </div>
      <fieldset class="checks">
        <legend>{t('trip.industries')}</legend>
        {INDUSTRIES.map((i) => (
          <label key={i} class="check">
            <input type="checkbox" name="industries" value={i} checked={form.industries.includes(i)} onChange={() => toggle(i)} />
            <span>{label(INDUSTRY_LABELS, i)}</span>
          </label>
        ))}
        <FieldError error={error} field="focus" />
      </fieldset>
    </>
  );
}
