import fc from 'fast-check';
import { CandidateEvidence, leadReasons } from './distinguish';

const base = (id: string, over: Partial<CandidateEvidence> = {}): CandidateEvidence => ({
  id,
  matchedSkills: [{ name: '稀土萃取', level: 4 }],
  currentTitle: '萃取工程师',
  currentEmployer: null,
  years: 6,
  major: '化学工程与工艺',
  school: '内蒙古科技大学',
  degreeLabel: { zh: '本科', en: "Bachelor's" },
  components: { skills: 0.6, relevance: 0.5, major: 0.6 },
  ...over,
});

describe('lead reasons that tell candidates apart', () => {
  it('leads with what only this candidate has, not what the whole list shares', () => {
    const list = [
      base('a', { matchedSkills: [{ name: '稀土萃取', level: 4 }, { name: '串级萃取理论与设计', level: 5 }] }),
      base('b', { currentTitle: '萃取车间主任' }),
      base('c', { major: '稀土工程' }),
    ];
    const leads = leadReasons(list);
    expect(leads[0].zh).toContain('串级萃取理论与设计');
    expect(leads[1].zh).toContain('萃取车间主任');
    expect(leads[2].zh).toContain('稀土工程');
  });

  it('names the component a candidate leads the list on when nothing else is its own', () => {
    const list = [base('a', { components: { skills: 0.9, relevance: 0.5, major: 0.6 } }), base('b'), base('c')];
    expect(leadReasons(list)[0]).toMatchObject({ kind: 'component', zh: '本名单中必备技能覆盖最高' });
  });

  it('never gives two candidates the same lead, whatever the list', () => {
    const candidate = fc.record({
      skill: fc.constantFrom('稀土萃取', 'AutoCAD', '熔盐电解', null),
      level: fc.integer({ min: 0, max: 5 }),
      title: fc.constantFrom('工程师', '技术员', '总工程师', null),
      major: fc.constantFrom('冶金工程', '化学工程与工艺', null),
      skills: fc.float({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 25 }), (drawn) => {
        const list = drawn.map((d, i) =>
          base(`t${i}`, {
            matchedSkills: d.skill ? [{ name: d.skill, level: d.level }] : [],
            currentTitle: d.title,
            major: d.major,
            components: { skills: d.skills },
          }),
        );
        const leads = leadReasons(list).map((l) => l.zh);
        return new Set(leads).size === leads.length;
      }),
    );
  });
});
