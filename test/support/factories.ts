import type { TestApp } from './test-app';

let counter = 0;
const next = () => ++counter;

export function enterpriseBody(overrides: Record<string, unknown> = {}) {
  return { nameZh: `测试稀土企业${next()}`, nameEn: 'Test Rare Earth Co.', industry: 'rare_earth', ...overrides };
}

export function positionBody(enterpriseId: string, overrides: Record<string, unknown> = {}) {
  return {
    enterpriseId,
    title: '稀土萃取分离工程师',
    description: '负责萃取分离生产线工艺优化。',
    industry: 'rare_earth',
    requiredSkills: [{ name: '溶剂萃取', weight: 2, minLevel: 3 }],
    preferredSkills: ['ICP-OES'],
    minDegree: 'bachelor',
    preferredMajors: ['冶金工程'],
    minYearsExperience: 2,
    headcount: 3,
    urgency: 5,
    tierSought: 'shortage_professional',
    location: '包头',
    salaryMin: 8000,
    salaryMax: 12000,
    ...overrides,
  };
}

export function talentBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `测试人才${next()}`,
    headline: '稀土冶炼工程师',
    education: [{ school: '内蒙古科技大学', major: '冶金工程', degree: 'bachelor', graduationYear: 2018 }],
    work: [{ employer: '北方稀土', title: '萃取工艺工程师', years: 5, description: '萃取分离工艺优化' }],
    skills: [{ name: '溶剂萃取', level: 4, years: 5 }],
    summary: '五年稀土萃取分离经验。',
    tier: 'shortage_professional',
    currentCity: '包头',
    willingToRelocate: false,
    contact: { phone: '13800001234', email: 'test@example.cn' },
    ...overrides,
  };
}

export function universityBody(overrides: Record<string, unknown> = {}) {
  return {
    nameZh: `测试大学${next()}`,
    city: '兰州',
    province: '甘肃',
    latitude: 36.05,
    longitude: 103.86,
    partnershipTypes: ['job_fair'],
    ...overrides,
  };
}

export async function createEnterprise(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t.http().post('/enterprises').send(enterpriseBody(overrides)).expect(201);
  return res.body as { id: string; version: number };
}

export async function createPosition(t: TestApp, enterpriseId: string, overrides: Record<string, unknown> = {}) {
  const res = await t.http().post('/positions').send(positionBody(enterpriseId, overrides)).expect(201);
  return res.body as { id: string; version: number };
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const rows: { n: string }[] = await t.dataSource.query(`SELECT count(*) AS n FROM "${table}"`);
  return Number(rows[0].n);
}
