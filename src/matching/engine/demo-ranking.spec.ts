/**
 * The engine over the whole demo data set (225 positions, 2,000 talents): do rare-earth separation and
 * smelting engineers get rare-earth separation and smelting openings, and are the explanations complete?
 */
import { buildDemoData, type DemoData, type DemoPosition, type DemoTalent } from '../../seed/demo';
import { MatchingEngine, type RankedMatch } from './matching-engine';
import { demoPositionProfile, demoTalentProfile } from './testing/demo-profiles';

/** A rare-earth smelting / separation engineer, by title: 稀土 + (冶炼|萃取|分离) + 工程师. */
function isRareEarthProcessEngineerTitle(title: string): boolean {
  return title.includes('稀土') && /冶炼|萃取|分离/u.test(title) && title.includes('工程师');
}

const PROCESS_WORDS = /冶炼|萃取|分离|稀土金属|熔盐电解|电解|湿法冶金|精矿分解|焙烧/u;

/** A rare-earth smelting or separation opening: a rare-earth employer, and the post is about the process. */
function isRareEarthProcessOpening(p: DemoPosition): boolean {
  return p.industry === 'rare_earth' && PROCESS_WORDS.test(`${p.title} ${p.description}`);
}

/** Lives where the openings are (all but two are in 包头), or will move there. */
function canTakeBaotouPost(t: DemoTalent): boolean {
  return t.currentCity.replace(/市$/u, '') === '包头' || t.willingToRelocate;
}

describe('MatchingEngine over the demo data', () => {
  let data: DemoData;
  let engine: MatchingEngine;
  let positionByKey: Map<string, DemoPosition>;
  let engineers: DemoTalent[];

  beforeAll(() => {
    data = buildDemoData();
    positionByKey = new Map(data.positions.map((p) => [p.key, p]));
    const started = Date.now();
    engine = new MatchingEngine(data.positions.map(demoPositionProfile), data.talents.map(demoTalentProfile));
    console.log(`engine over ${engine.positionCount} positions and ${engine.talentCount} talents built in ${Date.now() - started} ms`);
    engineers = data.talents.filter((t) => isRareEarthProcessEngineerTitle(t.headline) || t.work.some((w) => isRareEarthProcessEngineerTitle(w.title)));
  });

  it('holds the whole demo set', () => {
    expect(engine.positionCount).toBe(225);
    expect(engine.talentCount).toBe(2000);
    expect(engineers.length).toBeGreaterThanOrEqual(3);
    expect(engineers.filter((t) => isRareEarthProcessEngineerTitle(t.headline)).length).toBeGreaterThanOrEqual(3);
  });

  const share = (top: RankedMatch[]) => top.filter((m) => isRareEarthProcessOpening(positionByKey.get(m.id)!)).length;

  it('recommends mostly rare-earth smelting and separation openings to rare-earth process engineers who can work in Baotou', () => {
    const movable = engineers.filter(canTakeBaotouPost);
    expect(movable.length).toBeGreaterThanOrEqual(3);
    const lines: string[] = [];
    let hits = 0;
    for (const t of movable) {
      const top = engine.rankPositionsForTalent(t.key, { limit: 5 });
      expect(top).toHaveLength(5);
      const n = share(top);
      hits += n;
      lines.push(`${t.key} ${t.headline} (${t.currentCity}): ${n}/5 — ${top.map((m) => positionByKey.get(m.id)!.title).join('、')}`);
      expect(n).toBeGreaterThanOrEqual(4);
    }
    console.log(`rare-earth process share in the top 5: ${hits}/${movable.length * 5}\n${lines.join('\n')}`);
  });

  it('leaves Baotou openings out for engineers elsewhere who will not relocate, but ranks them first when asked for ineligible pairs too', () => {
    const settled = engineers.filter((t) => !canTakeBaotouPost(t));
    const lines: string[] = [];
    for (const t of settled) {
      const eligible = engine.rankPositionsForTalent(t.key, { limit: 5 });
      for (const m of eligible) {
        const p = positionByKey.get(m.id)!;
        // Only a post in their own city, or a high-level (flexible, 柔性引才) post, is open to them.
        expect(p.location === t.currentCity || p.tierSought === 'high_level').toBe(true);
      }
      const all = engine.rankPositionsForTalent(t.key, { limit: 5, includeIneligible: true });
      const n = share(all);
      lines.push(
        `${t.key} ${t.headline} (${t.currentCity}, will not relocate): eligible top ${eligible.length}: ${share(eligible)} rare-earth process; ` +
          `with ineligible: ${n}/5 — ${all.map((m) => `${positionByKey.get(m.id)!.title}${m.eligible ? '' : '×'}`).join('、')}`,
      );
      expect(n).toBeGreaterThanOrEqual(4);
      for (const m of all.filter((x) => !x.eligible)) {
        expect(engine.explain(t.key, m.id).ineligibleReasons.map((r) => r.code)).toContain('will_not_relocate');
      }
    }
    console.log(lines.join('\n') || 'no rare-earth process engineer is settled outside Baotou');
  });

  it('explains the top 10 candidates of rare-earth openings: matched and missing skills partition the requirements', () => {
    const picks = [/稀土萃取分离工程师/u, /熔盐电解工艺工程师/u, /精矿分解工艺工程师/u, /稀土分离岗位操作工/u]
      .map((re) => data.positions.find((p) => p.industry === 'rare_earth' && re.test(p.title)))
      .filter((p): p is DemoPosition => p !== undefined);
    expect(picks.length).toBeGreaterThanOrEqual(3);
    for (const p of picks) {
      const top = engine.rankTalentsForPosition(p.key, { limit: 10 });
      expect(top).toHaveLength(10);
      const required = p.requiredSkills.map((r) => r.name).sort();
      for (const m of top) {
        const x = engine.explain(m.id, p.key);
        expect(x.eligible).toBe(true);
        expect(x.score).toBeCloseTo(m.score, 1);
        const { matched, partial, missing } = x.skills;
        for (const e of [...matched, ...partial, ...missing]) expect(e.name.trim().length).toBeGreaterThan(0);
        expect([...matched, ...partial, ...missing].map((e) => e.name).sort()).toEqual(required);
        // A top-10 candidate covers at least part of the requirements, and the explanation says which.
        expect(matched.length + partial.length).toBeGreaterThan(0);
        expect(x.reasons.zh[0]).toBe(
          `必备技能 ${matched.length}/${required.length} 项完全匹配${matched.length ? `：${matched.map((e) => e.name).join('、')}` : ''}`,
        );
        for (const e of matched) expect(e.coverage).toBeGreaterThanOrEqual(0.95);
        for (const e of partial) expect(e.evidence?.skill).toBeTruthy();
        if (missing.length > 0) {
          expect(x.reasons.zh).toContain(`欠缺：${missing.map((e) => e.name).join('、')}`);
          expect(x.reasons.en).toContain(`Lacks: ${missing.map((e) => e.name).join(', ')}`);
          for (const e of missing) expect(e.coverage).toBe(0);
        } else {
          expect(x.reasons.zh.some((r) => r.startsWith('欠缺'))).toBe(false);
        }
      }
    }
  });

  it('prints one talent’s top 5 with scores and reasons', () => {
    const talent = engineers.find((t) => isRareEarthProcessEngineerTitle(t.headline) && canTakeBaotouPost(t)) ?? engineers[0];
    const top = engine.rankPositionsForTalent(talent.key, { limit: 5 });
    const lines = [`${talent.key} ${talent.name}｜${talent.headline}｜${talent.currentCity}｜技能：${talent.skills.map((s) => `${s.name}(${s.level})`).join('、')}`];
    top.forEach((m, i) => {
      const p = positionByKey.get(m.id)!;
      const x = engine.explain(talent.key, m.id);
      lines.push(`${i + 1}. ${m.score.toFixed(2)}  ${p.key} ${p.title}（${p.industry}，${p.location}）`);
      for (const r of x.reasons.zh) lines.push(`     · ${r}`);
    });
    console.log(lines.join('\n'));
    expect(top).toHaveLength(5);
  });
});
