/**
 * The candidates an enterprise sees first on the demo data, for the posts of issue 15 (稀土萃取分离工程师,
 * 信息化工程师, 销售经理): printed with their leading reasons, and checked for level fit: the top five of an
 * engineer's or manager's post are not mostly people two rungs above it.
 */
import { buildDemoData, type DemoData, type DemoPosition } from '../../seed/demo';
import { titleSeniority } from '../title/seniority';
import { MatchingEngine } from './matching-engine';
import { demoPositionProfile, demoTalentProfile } from './testing/demo-profiles';

const POSTS: ReadonlyArray<{ title: RegExp; minDegree?: string; years?: number }> = [
  { title: /^稀土萃取分离工程师$/u, minDegree: 'bachelor', years: 4 },
  { title: /^信息化工程师$/u },
  { title: /^销售经理$/u },
];

describe('demo top candidates (issue 15)', () => {
  let data: DemoData;
  let engine: MatchingEngine;

  beforeAll(() => {
    data = buildDemoData();
    engine = new MatchingEngine(data.positions.map(demoPositionProfile), data.talents.map(demoTalentProfile));
  });

  const pick = (spec: (typeof POSTS)[number]): DemoPosition | undefined =>
    data.positions.find((p) => spec.title.test(p.title) && (!spec.minDegree || p.minDegree === spec.minDegree) && (spec.years === undefined || p.minYearsExperience === spec.years)) ??
    data.positions.find((p) => spec.title.test(p.title));

  it.each(POSTS.map((spec) => [spec.title.source, spec] as const))('%s: top five fit the post’s level', (_, spec) => {
    const position = pick(spec);
    expect(position).toBeDefined();
    const p = position!;
    const top = engine.rankTalentsForPosition(p.key, { limit: 5 });
    const talents = new Map(data.talents.map((t) => [t.key, t]));
    const postLevel = titleSeniority(p.title)!.level;
    const lines = [`${p.key} ${p.title}（${p.minDegree}，≥${p.minYearsExperience}年，${p.salaryMin}–${p.salaryMax}元/月）`];
    let farAbove = 0;
    top.forEach((m, i) => {
      const t = talents.get(m.id)!;
      const years = t.work.reduce((s, w) => s + w.years, 0);
      const current = t.work[0]?.title ?? t.headline;
      if ((titleSeniority(current)?.level ?? 0) >= postLevel + 2) farAbove++;
      const x = engine.explain(m.id, p.key);
      lines.push(`${i + 1}. ${m.score.toFixed(2)} ${t.key} ${current}，${years}年，${t.education.at(-1)?.degree ?? '-'}  [level ${x.components.experience}]`);
      const level = (rs: string[], re: RegExp) => rs.find((r) => re.test(r));
      for (const r of [x.reasons.zh[0], level(x.reasons.zh, /^资历/u), level(x.reasons.en, /senior to|junior to|Seniority fits/)]) if (r) lines.push(`     · ${r}`);
    });
    console.log(lines.join('\n'));
    expect(top).toHaveLength(5);
    expect(farAbove).toBeLessThanOrEqual(1);
  });
});
