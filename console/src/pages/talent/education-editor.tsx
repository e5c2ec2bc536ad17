import { FieldError } from '../../components/ui';
import { label, t } from '../../i18n/i18n';
import { DEGREE_LABELS } from '../../i18n/vocabulary';
import type { TalentEducation } from '../../types';

export interface EducationRow {
  school: string;
  major: string;
  degree: string;
  graduationYear: string;
}

export function toEducationRows(education: TalentEducation[]): EducationRow[] {
  return education.map((e) => ({
    school: e.school ?? '',
    major: e.major ?? '',
    degree: e.degree ?? '',
    graduationYear: e.graduationYear === undefined || e.graduationYear === null ? '' : String(e.graduationYear),
  }));
}

/**
 * Rows as the API takes them: an empty row is dropped, an empty box is "not given", and a year is sent
 * as typed when it is not a number, so the API's validation names it (the same rules as every client).
 */
export function fromEducationRows(rows: EducationRow[]): TalentEducation[] {
  return rows
    .filter((r) => r.school.trim() || r.major.trim() || r.degree || r.graduationYear.trim())
    .map((r) => {
      const item: TalentEducation = {};
      if (r.school.trim()) item.school = r.school.trim();
      if (r.major.trim()) item.major = r.major.trim();
      item.degree = r.degree || null;
      const year = r.graduationYear.trim();
      item.graduationYear = year === '' ? null : /^-?\d+(\.\d+)?$/.test(year) ? Number(year) : (year as unknown as number);
      return item;
    });
}

/** Education history of the profile: school, major, degree and graduation year per row. */
export function EducationEditor({ rows, set, error }: { rows: EducationRow[]; set: (rows: EducationRow[]) => void; error: unknown }) {
  const update = (i: number, patch: Partial<EducationRow>) => set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const degrees = Object.keys(DEGREE_LABELS);
  return (
    <fieldset class="education-editor">
      <legend>{t('profile.education')}</legend>
      <ol>
        {rows.map((r, i) => (
          <li class="education-row" key={i} data-index={i}>
            <label class="grow">
              <span>{t('profile.school')}</span>
              <input name={`education.${i}.school`} value={r.school} onInput={(e) => update(i, { school: e.currentTarget.value })} />
              <FieldError error={error} field={`education.${i}.school`} />
            </label>
            <label class="grow">
              <span>{t('profile.major')}</span>
              <input name={`education.${i}.major`} value={r.major} onInput={(e) => update(i, { major: e.currentTarget.value })} />
              <FieldError error={error} field={`education.${i}.major`} />
            </label>
            <label>
              <span>{t('profile.degree')}</span>
              <select name={`education.${i}.degree`} value={r.degree} onChange={(e) => update(i, { degree: e.currentTarget.value })}>
                <option value="">{t('profile.degreeNone')}</option>
                {degrees.map((d) => (
                  <option key={d} value={d}>
                    {label(DEGREE_LABELS, d)}
                  </option>
                ))}
              </select>
              <FieldError error={error} field={`education.${i}.degree`} />
            </label>
            <label>
              <span>{t('profile.graduationYear')}</span>
              <input name={`education.${i}.graduationYear`} inputMode="numeric" value={r.graduationYear} onInput={(e) => update(i, { graduationYear: e.currentTarget.value })} />
              <FieldError error={error} field={`education.${i}.graduationYear`} />
            </label>
            <button type="button" class="link danger" onClick={() => set(rows.filter((_, j) => j !== i))}>
              {t('profile.remove')}
            </button>
          </li>
        ))}
      </ol>
      <FieldError error={error} field="education" items />
      <button type="button" class="secondary" data-action="add-education" onClick={() => set([...rows, { school: '', major: '', degree: '', graduationYear: '' }])}>
        {t('profile.addEducation')}
      </button>
    </fieldset>
  );
}
