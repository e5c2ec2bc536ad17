/**
 * Words for a quarantine problem, in Chinese first and English: the profile check states its reasons in a
 * few fixed English forms (stored as they are, for staff and logs); the people who must act on them, a
 * talent correcting a profile or a coordinator reading the status page, get them in their own language,
 * with the field named as the console names it ("工作经历第 1 条 · 年限", not `work.0.years`).
 * Pure module (no framework imports).
 */

export interface Wording {
  zh: string;
  en: string;
}

const FIELD_WORDS: Record<string, Wording> = {
  id: { zh: '编号', en: 'id' },
  headline: { zh: '求职意向', en: 'headline' },
  summary: { zh: '个人简介', en: 'summary' },
  skills: { zh: '技能', en: 'skills' },
  education: { zh: '教育经历', en: 'education' },
  work: { zh: '工作经历', en: 'work history' },
  tier: { zh: '人才层次', en: 'talent tier' },
  currentCity: { zh: '所在城市', en: 'current city' },
  willingToRelocate: { zh: '是否愿意迁移', en: 'willing to relocate' },
  name: { zh: '名称', en: 'name' },
  level: { zh: '熟练程度', en: 'level' },
  years: { zh: '年限', en: 'years' },
  school: { zh: '学校', en: 'school' },
  major: { zh: '专业', en: 'major' },
  degree: { zh: '学历', en: 'degree' },
  graduationYear: { zh: '毕业年份', en: 'graduation year' },
  employer: { zh: '单位', en: 'employer' },
  description: { zh: '描述', en: 'description' },
  title: { zh: '名称', en: 'title' },
  requiredSkills: { zh: '必备技能', en: 'required skills' },
  preferredSkills: { zh: '优先技能', en: 'preferred skills' },
  preferredMajors: { zh: '优先专业', en: 'preferred majors' },
  weight: { zh: '权重', en: 'weight' },
  minLevel: { zh: '最低熟练程度', en: 'minimum level' },
  minDegree: { zh: '最低学历', en: 'minimum degree' },
  minYearsExperience: { zh: '最低工作年限', en: 'minimum years of experience' },
  tierSought: { zh: '所需人才层次', en: 'tier sought' },
  location: { zh: '工作地点', en: 'location' },
  urgency: { zh: '紧迫程度', en: 'urgency' },
};

/** `work.0.years` → 工作经历第 1 条 · 年限 / work history #1 · years. Unknown parts are kept as they are. */
export function fieldWording(field: string): Wording {
  const zh: string[] = [];
  const en: string[] = [];
  for (const part of field.split('.')) {
    if (/^\d+$/.test(part) && zh.length > 0) {
      const n = Number(part) + 1;
      zh[zh.length - 1] += `第 ${n} 条`;
      en[en.length - 1] += ` #${n}`;
      continue;
    }
    zh.push(FIELD_WORDS[part]?.zh ?? part);
    en.push(FIELD_WORDS[part]?.en ?? part);
  }
  return { zh: zh.join(' · '), en: en.join(' · ') };
}

/** The profile check's reasons (see profile-check.ts), each matched whole; anything else is kept in English. */
const REASONS: { pattern: RegExp; zh: (m: RegExpMatchArray) => string }[] = [
  { pattern: /^must be non-empty text$/, zh: () => '不能为空' },
  { pattern: /^must be text$/, zh: () => '应为文字' },
  { pattern: /^must be a number$/, zh: () => '应为数字' },
  { pattern: /^must be between (\S+) and (\S+)$/, zh: (m) => `应在 ${m[1]} 到 ${m[2]} 之间` },
  { pattern: /^must be one of (.+)$/, zh: (m) => `应为以下之一：${m[1]}` },
  { pattern: /^must be true or false$/, zh: () => '应为“是”或“否”' },
  { pattern: /^must be a list$/, zh: () => '应为列表' },
  { pattern: /^must be an object$/, zh: () => '格式不正确（每一项应包含名称等字段）' },
];

export function reasonWording(reason: string): Wording {
  for (const { pattern, zh } of REASONS) {
    const match = reason.match(pattern);
    if (match) return { zh: zh(match), en: reason };
  }
  return { zh: reason, en: reason };
}

/** One sentence for staff lists: "工作经历第 1 条 · 年限：应在 0 到 80 之间". */
export function problemWording(field: string | null, reason: string): Wording {
  const why = reasonWording(reason);
  if (!field) return why;
  const where = fieldWording(field);
  return { zh: `${where.zh}：${why.zh}`, en: `${where.en}: ${why.en}` };
}
