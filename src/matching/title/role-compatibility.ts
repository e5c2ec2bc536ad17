/**
 * How far the kind of work of a candidate's current job is from a post's (role-head groups of role-heads.ts):
 * a sales representative whose summary is full of extraction words is not an extraction engineer. Words in
 * a profile count for less when the person's job is of another kind. General occupational knowledge; pure.
 */
import { parseTitle } from './title-parser';

/** Groups whose heads say the kind of work; lead (经理, 主管) and support (助理) heads say the rung, not the kind. */
export const ROLE_GROUPS = ['technical', 'professional', 'operative', 'office', 'sales', 'creative', 'education', 'health', 'service'] as const;

/** Kinds of work that are neighbours: engineers, analysts and inspectors, operators and fitters; clerks and specialists. */
const NEIGHBOURS: ReadonlyArray<readonly [string, string, number]> = [
  ['technical', 'professional', 0.85],
  ['technical', 'operative', 0.85],
  ['professional', 'operative', 0.8],
  ['professional', 'office', 0.85],
  ['professional', 'sales', 0.7],
  ['office', 'sales', 0.7],
  ['creative', 'technical', 0.7],
  ['education', 'professional', 0.7],
  ['health', 'professional', 0.7],
  ['service', 'operative', 0.7],
  ['service', 'sales', 0.7],
];

/** Factor for unrelated kinds of work. */
export const UNRELATED_ROLE_FACTOR = 0.5;

const N = ROLE_GROUPS.length;
const MATRIX = (() => {
  const m = new Float32Array(N * N).fill(UNRELATED_ROLE_FACTOR);
  for (let i = 0; i < N; i++) m[i * N + i] = 1;
  for (const [a, b, f] of NEIGHBOURS) {
    const i = ROLE_GROUPS.indexOf(a as (typeof ROLE_GROUPS)[number]);
    const j = ROLE_GROUPS.indexOf(b as (typeof ROLE_GROUPS)[number]);
    m[i * N + j] = m[j * N + i] = f;
  }
  return m;
})();

/** The role group index of a title, or -1 when its head says no kind of work (or there is no head). */
export function roleGroupOf(title: string | null | undefined, lang?: 'zh' | 'en'): number {
  if (!title?.trim()) return -1;
  return ROLE_GROUPS.indexOf(parseTitle(title, lang).headGroup as (typeof ROLE_GROUPS)[number]);
}

/** 1 for the same or an unknown kind, less for neighbours, UNRELATED_ROLE_FACTOR for unrelated kinds. */
export function roleFactor(talentGroup: number, positionGroup: number): number {
  if (talentGroup < 0 || positionGroup < 0) return 1;
  return MATRIX[talentGroup * N + positionGroup];
}

export const ROLE_LABELS: Record<(typeof ROLE_GROUPS)[number], { zh: string; en: string }> = {
  technical: { zh: '工程技术类', en: 'technical' },
  professional: { zh: '专业分析类', en: 'professional' },
  operative: { zh: '操作技能类', en: 'operative' },
  office: { zh: '行政事务类', en: 'office' },
  sales: { zh: '销售类', en: 'sales' },
  creative: { zh: '设计创意类', en: 'creative' },
  education: { zh: '教育培训类', en: 'education' },
  health: { zh: '医疗卫生类', en: 'health' },
  service: { zh: '服务类', en: 'service' },
};
