/**
 * Seeded synthetic corpora at any scale for the engine benchmark. Rows are recombined from the demo data
 * set (src/seed/demo): each synthetic row starts from one demo row and borrows parts (sentences, work
 * entries, skills, majors, cities) from demo rows of the same kind (same title / same headline), so the
 * text stays realistic Chinese and the parts still agree with each other. Deterministic: a seeded PRNG
 * (mulberry32), never Math.random. Scale 2,000 × 225 returns the demo rows themselves.
 */
import type { PositionProfile, TalentProfile } from '../src/matching/types';
import { buildDemoData, type DemoPosition, type DemoTalent } from '../src/seed/demo';
import { Rng, rngFor } from '../src/seed/demo/prng';

export interface SyntheticCorpus {
  positions: PositionProfile[];
  talents: TalentProfile[];
}

export const BENCH_SEED = 20240601;

const POSITION_CITIES: readonly (readonly [string, number])[] = [['包头', 85], ['北京', 5], ['宁波', 4], ['呼和浩特', 4], ['鄂尔多斯', 2]];
const TALENT_CITIES: readonly (readonly [string, number])[] = [
  ['包头', 60], ['呼和浩特', 8], ['鄂尔多斯', 4], ['北京', 5], ['西安', 4], ['兰州', 4], ['太原', 3], ['沈阳', 3],
  ['赣州', 3], ['天津', 2], ['上海', 2], ['宁波', 2],
];

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[。；！])/u).filter((s) => s.trim().length > 0);
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

function demoPosition(p: DemoPosition, id: string): PositionProfile {
  return {
    id,
    title: p.title,
    description: p.description,
    industry: p.industry,
    requiredSkills: p.requiredSkills.map((r) => ({ ...r })),
    preferredSkills: [...p.preferredSkills],
    minDegree: p.minDegree,
    preferredMajors: [...p.preferredMajors],
    minYearsExperience: p.minYearsExperience,
    tierSought: p.tierSought,
    location: p.location,
    urgency: p.urgency,
  };
}

function demoTalent(t: DemoTalent, id: string): TalentProfile {
  return {
    id,
    headline: t.headline,
    summary: t.summary,
    skills: t.skills.map((s) => ({ ...s })),
    education: t.education.map((e) => ({ ...e })),
    work: t.work.map((w) => ({ ...w })),
    tier: t.tier,
    currentCity: t.currentCity,
    willingToRelocate: t.willingToRelocate,
  };
}

/** A position like `base`, with sentences and skills mixed in from another opening of the same industry. */
function recombinePosition(rng: Rng, base: DemoPosition, sameIndustry: readonly DemoPosition[], id: string): PositionProfile {
  const donor = rng.pick(sameIndustry);
  const own = sentences(base.description);
  const borrowed = donor === base ? [] : rng.sample(sentences(donor.description), rng.int(0, 1));
  const kept = rng.sample(own, Math.max(2, own.length - rng.int(0, 1)));
  const required = base.requiredSkills.map((r) => ({ ...r, minLevel: clamp(r.minLevel + rng.int(-1, 1) * (rng.chance(0.3) ? 1 : 0), 1, 5) }));
  const extra = donor.requiredSkills.find((r) => !required.some((x) => x.name === r.name));
  if (extra && rng.chance(0.3)) required.push({ ...extra, weight: Math.min(extra.weight, 1) });
  return {
    ...demoPosition(base, id),
    description: [...kept, ...borrowed].join(''),
    requiredSkills: required,
    preferredSkills: rng.sample([...new Set([...base.preferredSkills, ...donor.preferredSkills])], base.preferredSkills.length),
    minYearsExperience: Math.max(0, base.minYearsExperience + rng.int(-1, 1)),
    location: rng.chance(0.7) ? base.location : rng.weighted(POSITION_CITIES),
    urgency: rng.int(1, 5),
  };
}

/** A talent like `base` (same headline and tier), with work, skills and education mixed in from a peer. */
function recombineTalent(rng: Rng, base: DemoTalent, peers: readonly DemoTalent[], id: string): TalentProfile {
  const donor = rng.pick(peers);
  const skills = base.skills.map((s) => ({ ...s, level: clamp(s.level + (rng.chance(0.3) ? rng.int(-1, 1) : 0), 1, 5) }));
  for (const s of rng.sample(donor.skills, rng.int(0, 2))) if (!skills.some((x) => x.name === s.name)) skills.push({ ...s });
  const work = base.work.map((w, i) => {
    const other = donor.work[i];
    return other && rng.chance(0.5) ? { ...w, description: other.description } : { ...w };
  });
  const education = base.education.map((e, i) => (donor.education[i] && rng.chance(0.3) ? { ...e, major: donor.education[i].major } : { ...e }));
  return {
    ...demoTalent(base, id),
    summary: rng.chance(0.5) ? base.summary : donor.summary,
    skills: rng.shuffle(skills),
    work,
    education,
    currentCity: rng.chance(0.5) ? base.currentCity : rng.weighted(TALENT_CITIES),
    willingToRelocate: rng.chance(0.9) ? base.willingToRelocate : !base.willingToRelocate,
  };
}

/** `talents` × `positions` rows; ids are zero-padded so that id order is generation order. */
export function syntheticCorpus(talentCount: number, positionCount: number, seed = BENCH_SEED): SyntheticCorpus {
  const demo = buildDemoData();
  if (talentCount === demo.talents.length && positionCount === demo.positions.length) {
    return {
      positions: demo.positions.map((p) => demoPosition(p, p.key)),
      talents: demo.talents.map((t) => demoTalent(t, t.key)),
    };
  }
  const byIndustry = groupBy(demo.positions, (p) => p.industry);
  const byHeadline = groupBy(demo.talents, (t) => `${t.tier}|${t.headline}`);
  const pr = rngFor(seed, 'positions');
  const positions: PositionProfile[] = [];
  for (let i = 0; i < positionCount; i++) {
    const base = pr.pick(demo.positions);
    positions.push(recombinePosition(pr, base, byIndustry.get(base.industry)!, `p${String(i).padStart(6, '0')}`));
  }
  const tr = rngFor(seed, 'talents');
  const talents: TalentProfile[] = [];
  for (let i = 0; i < talentCount; i++) {
    const base = tr.pick(demo.talents);
    talents.push(recombineTalent(tr, base, byHeadline.get(`${base.tier}|${base.headline}`)!, `t${String(i).padStart(7, '0')}`));
  }
  return { positions, talents };
}
