import { FieldError } from '../../components/ui';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { TalentSkill } from '../../types';

export interface SkillRow {
  name: string;
  level: string;
  years: string;
}

export function toRows(skills: TalentSkill[]): SkillRow[] {
  return skills.map((s) => ({ name: s.name, level: String(s.level ?? 3), years: s.years === undefined || s.years === null ? '' : String(s.years) }));
}

export function fromRows(rows: SkillRow[]): TalentSkill[] {
  return rows
    .filter((r) => r.name.trim() !== '')
    .map((r) => {
      const skill: TalentSkill = { name: r.name.trim(), level: Number(r.level) };
      if (r.years.trim() !== '') skill.years = Number(r.years);
      return skill;
    });
}

/** Skill rows with a picker over the taxonomy (a datalist: free text is still allowed, the API normalises it). */
export function SkillEditor({ rows, set, error, taxonomy }: { rows: SkillRow[]; set: (rows: SkillRow[]) => void; error: unknown; taxonomy: string[] }) {
  const update = (i: number, patch: Partial<SkillRow>) => set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="skills-editor">
      <legend>{t('profile.skills')}</legend>
      <datalist id="skill-taxonomy">
        {taxonomy.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ol>
        {rows.map((r, i) => (
          <li class="skill-row" key={i} data-index={i}>
            <label class="grow">
              <span>{t('profile.skillName')}</span>
              <input name={`skills.${i}.name`} list="skill-taxonomy" value={r.name} onInput={(e) => update(i, { name: e.currentTarget.value })} />
              <FieldError error={error} field={`skills.${i}.name`} />
            </label>
            <label>
              <span>{t('profile.level')}</span>
              <select name={`skills.${i}.level`} value={r.level} onChange={(e) => update(i, { level: e.currentTarget.value })}>
                {[1, 2, 3, 4, 5].map((l) => (
                  <option key={l} value={l}>
                    {l} {t(`skill.level.${l}` as MessageKey)}
                  </option>
                ))}
              </select>
              <FieldError error={error} field={`skills.${i}.level`} />
            </label>
            <label>
              <span>{t('profile.years')}</span>
              <input name={`skills.${i}.years`} type="number" min="0" max="60" inputmode="decimal" value={r.years} onInput={(e) => update(i, { years: e.currentTarget.value })} />
              <FieldError error={error} field={`skills.${i}.years`} />
            </label>
            <button type="button" class="link danger" onClick={() => set(rows.filter((_, j) => j !== i))}>
              {t('profile.remove')}
            </button>
          </li>
        ))}
      </ol>
      <FieldError error={error} field="skills" items />
      <button type="button" class="secondary" data-action="add-skill" onClick={() => set([...rows, { name: '', level: '3', years: '' }])}>
        {t('profile.addSkill')}
      </button>
    </fieldset>
  );
}
