import { FieldError } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { INDUSTRIES, INDUSTRY_LABELS, PARTNERSHIP_LABELS } from '../../i18n/vocabulary';

export interface TripForm {
  days: string;
  stopsPerDay: string;
  industries: string[];
  minUrgency: string;
  budget: string;
  yield: string;
  startDate: string;
  title: string;
  cities: string[];
  provinces: string[];
  universities: string[];
  partnershipTypes: string[];
  requirePartnership: boolean;
  enterprises: string[];
}

/** GET /recruitment-trips/options: what a coordinator picks destinations and enterprises from. */
export interface TripOptions {
  cities: { city: string; province: string; universities: number }[];
  provinces: { province: string; universities: number }[];
  universities: { id: string; name: string; city: string; province: string; partnershipTypes: string[] }[];
  enterprises: { id: string; name: string; openPositions: number }[];
  partnershipTypes: string[];
}

export const INITIAL_TRIP: TripForm = {
  days: '2',
  stopsPerDay: '2',
  industries: ['rare_earth'],
  minUrgency: '',
  budget: '',
  yield: '0.1',
  startDate: '',
  title: '',
  cities: [],
  provinces: [],
  universities: [],
  partnershipTypes: [],
  requirePartnership: false,
  enterprises: [],
};

/** The request body; numbers stay numbers only when they parse, so the API names a bad field itself. */
export function tripRequest(f: TripForm): Record<string, unknown> {
  const num = (s: string) => (s.trim() === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s);
  const focus: Record<string, unknown> = {};
  if (f.industries.length) focus.industries = f.industries;
  if (f.minUrgency) focus.minUrgency = Number(f.minUrgency);
  const body: Record<string, unknown> = { days: num(f.days), stopsPerDay: num(f.stopsPerDay), budget: num(f.budget), yield: num(f.yield) };
  if (Object.keys(focus).length) body.focus = focus;
  // Nothing picked means "plan the best trip": the lists are sent only when something is chosen.
  for (const key of ['cities', 'provinces', 'universities', 'partnershipTypes', 'enterprises'] as const) if (f[key].length) body[key] = f[key];
  if (f.requirePartnership && f.partnershipTypes.length) body.requirePartnership = true;
  if (f.startDate) body.startDate = f.startDate;
  if (f.title.trim()) body.title = f.title.trim();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

type ListKey = 'industries' | 'cities' | 'provinces' | 'universities' | 'partnershipTypes' | 'enterprises';

export function TripFormFields({ form, set, error, options }: { form: TripForm; set: (f: TripForm) => void; error: unknown; options: TripOptions | null }) {
  const field = (key: keyof TripForm, type = 'text', extra: Record<string, string> = {}) => (
    <input name={key} type={type} value={form[key] as string} onInput={(e) => set({ ...form, [key]: e.currentTarget.value })} {...extra} />
  );
  const toggle = (key: ListKey, value: string) =>
    set({ ...form, [key]: form[key].includes(value) ? form[key].filter((v) => v !== value) : [...form[key], value] });
  const checks = (key: ListKey, items: { value: string; text: string }[]) =>
    items.map((item) => (
      <label key={item.value} class="check">
        <input type="checkbox" name={key} value={item.value} checked={form[key].includes(item.value)} onChange={() => toggle(key, item.value)} />
        <span>{item.text}</span>
      </label>
    ));
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
      <p class="small muted">{t('trip.destinationsHint')}</p>
      <fieldset class="checks" data-testid="trip-cities">
        <legend>{t('trip.cities')}</legend>
        {checks('cities', (options?.cities ?? []).map((c) => ({ value: c.city, text: `${c.city}（${c.universities}）` })))}
        <FieldError error={error} field="cities" />
      </fieldset>
      <details class="picker">
        <summary>
          {t('trip.provinces')}
          {form.provinces.length > 0 && ` · ${form.provinces.length}`}
        </summary>
        <fieldset class="checks" aria-label={t('trip.provinces')}>
          {checks('provinces', (options?.provinces ?? []).map((p) => ({ value: p.province, text: `${p.province}（${p.universities}）` })))}
        </fieldset>
      </details>
      <FieldError error={error} field="provinces" />
      <details class="picker">
        <summary>
          {t('trip.universities')}
          {form.universities.length > 0 && ` · ${form.universities.length}`}
        </summary>
        <fieldset class="checks" aria-label={t('trip.universities')}>
          {checks('universities', (options?.universities ?? []).map((u) => ({ value: u.id, text: `${u.name} · ${u.city}` })))}
        </fieldset>
      </details>
      <FieldError error={error} field="universities" />
      <fieldset class="checks">
        <legend>{t('trip.partnershipTypes')}</legend>
        {checks('partnershipTypes', (options?.partnershipTypes ?? Object.keys(PARTNERSHIP_LABELS)).map((p) => ({ value: p, text: label(PARTNERSHIP_LABELS, p) })))}
        <label class="check">
          <input
            type="checkbox"
            name="requirePartnership"
            checked={form.requirePartnership}
            disabled={form.partnershipTypes.length === 0}
            onChange={() => set({ ...form, requirePartnership: !form.requirePartnership })}
          />
          <span>{t('trip.requirePartnership')}</span>
        </label>
        <FieldError error={error} field="partnershipTypes" />
      </fieldset>
      <details class="picker">
        <summary>
          {t('trip.enterprises')}
          {form.enterprises.length > 0 && ` · ${form.enterprises.length}`}
        </summary>
        <fieldset class="checks" aria-label={t('trip.enterprises')}>
          {checks('enterprises', (options?.enterprises ?? []).map((e) => ({ value: e.id, text: `${e.name}（${e.openPositions}）` })))}
        </fieldset>
      </details>
      <FieldError error={error} field="enterprises" />
      <fieldset class="checks">
        <legend>{t('trip.industries')}</legend>
        {checks('industries', INDUSTRIES.map((i) => ({ value: i, text: label(INDUSTRY_LABELS, i) })))}
        <FieldError error={error} field="focus" />
      </fieldset>
    </>
  );
}
