import type { EntityManager } from 'typeorm';
import { DEGREE_LABELS, DEGREES, TIER_LABELS, TIERS } from '../domain/vocabulary';
import { invalidate } from '../recompute/invalidation';
import { CreateTalentDto } from '../talents/talent.dto';
import { Talent } from '../talents/talent.entity';
import { bool, decimal, integer, list, oneOf, records, text } from './cell-codecs';
import { idColumn, ImportSpec, keyColumn, SideTable } from './import-spec';

const degree = oneOf(DEGREES, DEGREE_LABELS);

/** Skills as "溶剂萃取:4:5; ICP-OES:3" — name, level 1–5, years. */
const skills = records(
  [
    { name: 'name', codec: text },
    { name: 'level', codec: integer },
    { name: 'years', codec: decimal },
  ],
  ':',
  /[;\n]/,
  '; ',
);

/** One degree per line (or ";"): school|major|degree|graduation year. */
const education = records(
  [
    { name: 'school', codec: text },
    { name: 'major', codec: text },
    { name: 'degree', codec: degree },
    { name: 'graduationYear', codec: integer },
  ],
  '|',
  /[;\n]/,
  '\n',
);

/** One job per line only: descriptions are prose and contain ";". employer|title|years|description. */
const work = records(
  [
    { name: 'employer', codec: text },
    { name: 'title', codec: text },
    { name: 'years', codec: decimal },
    { name: 'description', codec: text },
  ],
  '|',
  /\n/,
  '\n',
);

/** Contact details live in talent_contact; normalised as TalentsService does (digits only, lower-case email). */
const contact: SideTable = {
  keys: ['contact.phone', 'contact.email'],
  async fetch(manager, ids) {
    const rows: { talent_id: string; phone: string | null; email: string | null }[] = await manager.query(
      'SELECT talent_id, phone, email FROM talent_contact WHERE talent_id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.talent_id, { 'contact.phone': r.phone, 'contact.email': r.email }]));
  },
  async write(manager, rows, present) {
    if (rows.length === 0 || present.length === 0) return;
    const sets = present.map((k) => (k === 'contact.phone' ? 'phone = EXCLUDED.phone' : 'email = EXCLUDED.email')).join(', ');
    await manager.query(
      `INSERT INTO talent_contact (talent_id, phone, email)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
       ON CONFLICT (talent_id) DO UPDATE SET ${sets}`,
      [rows.map((r) => r.id), rows.map((r) => r.values['contact.phone'] ?? null), rows.map((r) => r.values['contact.email'] ?? null)],
    );
  },
};

export const talentSpec: ImportSpec = {
  type: 'talents',
  label: 'talent',
  entity: Talent,
  dto: CreateTalentDto,
  columns: [
    keyColumn(text, 'tal-example-1'),
    { key: 'name', zh: '姓名', en: 'name', codec: text, example: '张三', required: true },
    { key: 'headline', zh: '职位头衔', en: 'headline', codec: text, example: '稀土冶炼工程师', empty: '' },
    { key: 'tier', zh: '人才类别', en: 'tier', codec: oneOf(TIERS, TIER_LABELS), example: '专业型紧缺人才', empty: null },
    { key: 'currentCity', zh: '现居城市', en: 'currentCity', codec: text, example: '包头', empty: null },
    { key: 'willingToRelocate', zh: '愿意迁居', en: 'willingToRelocate', codec: bool, example: '是', empty: false },
    { key: 'skills', zh: '技能', en: 'skills', codec: skills, example: '溶剂萃取:4:5; ICP-OES:3', empty: [] },
    { key: 'education', zh: '教育经历', en: 'education', codec: education, example: '内蒙古科技大学|冶金工程|本科|2018', empty: [] },
    { key: 'work', zh: '工作经历', en: 'work', codec: work, example: '北方稀土|萃取工艺工程师|5|萃取分离工艺优化', empty: [] },
    { key: 'honours', zh: '荣誉', en: 'honours', codec: list(), example: '鹿城英才', empty: [] },
    { key: 'summary', zh: '简介', en: 'summary', codec: text, example: '五年稀土萃取分离经验。', empty: '' },
    { key: 'expectedSalaryMin', zh: '期望月薪下限', en: 'expectedSalaryMin', codec: integer, example: 9000, empty: null },
    { key: 'expectedSalaryMax', zh: '期望月薪上限', en: 'expectedSalaryMax', codec: integer, example: 14000, empty: null },
    { key: 'contact.phone', zh: '手机', en: 'phone', codec: text, example: '13800001234', empty: null, notExported: true },
    { key: 'contact.email', zh: '邮箱', en: 'email', codec: text, example: 'zhang.san@example.cn', empty: null, notExported: true },
    idColumn(text),
  ],
  finish(record) {
    const phone = record['contact.phone'];
    if (typeof phone === 'string') record['contact.phone'] = phone.replace(/[\s-]/g, '');
    const email = record['contact.email'];
    if (typeof email === 'string') record['contact.email'] = email.toLowerCase();
  },
  // The table's check constraint, reported on the row and column instead of failing the whole batch.
  check: (t): Record<string, string> => {
    const min = t.expectedSalaryMin;
    const max = t.expectedSalaryMax;
    return typeof min === 'number' && typeof max === 'number' && min > max ? { expectedSalaryMin: 'must not exceed expectedSalaryMax' } : {};
  },
  side: contact,
  async recompute(manager: EntityManager, ids: string[] | null) {
    await invalidate(manager, { kind: 'talents', ids });
  },
};
