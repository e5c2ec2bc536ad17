/**
 * The 225 urgent openings (紧缺急需岗位), drawn from per-industry role templates and split over the
 * enterprises in proportion to their recruiting weight.
 */
import type { Tier } from '../../domain/vocabulary';
import type { DemoEnterprise, DemoPosition, DemoSkillRequirement } from './demo-data.types';
import { positionQuota } from './enterprises';
import { templatesFor, type PositionTemplate } from './position-templates';
import { type Rng, rngFor } from './prng';

export const POSITION_COUNT = 225;

const URGENCY: readonly (readonly [1 | 2 | 3 | 4 | 5, number])[] = [[1, 2], [2, 6], [3, 20], [4, 36], [5, 36]];

const round1 = (x: number) => Math.round(x * 10) / 10;
const round500 = (x: number) => Math.round(x / 500) * 500;
const clampLevel = (x: number) => Math.max(1, Math.min(5, x));

/** Draws templates without replacement (weight = copies in the deck) and reshuffles when empty. */
class Deck {
  private cards: PositionTemplate[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly templates: readonly PositionTemplate[],
  ) {}

  get empty(): boolean {
    return this.templates.length === 0;
  }

  draw(): PositionTemplate {
    if (this.cards.length === 0) {
      this.cards = this.rng.shuffle(this.templates.flatMap((t) => Array<PositionTemplate>(t.weight ?? 1).fill(t)));
    }
    return this.cards.pop()!;
  }
}

type Variant = 'standard' | 'senior' | 'campus';

function chooseVariant(rng: Rng, t: PositionTemplate): Variant {
  const engineerTitle = t.titles.some((title) => title.endsWith('工程师'));
  if (t.tier === 'shortage_professional' && engineerTitle && rng.chance(0.2)) return 'senior';
  if (t.tier === 'shortage_professional' && t.years[0] <= 1 && rng.chance(0.25)) return 'campus';
  return 'standard';
}

function titleFor(rng: Rng, t: PositionTemplate, variant: Variant): string {
  const engineerTitles = t.titles.filter((title) => title.endsWith('工程师'));
  if (variant === 'senior') return `高级${rng.pick(engineerTitles)}`;
  const title = rng.pick(t.titles);
  return variant === 'campus' ? `${title}（应届生）` : title;
}

function requiredSkills(rng: Rng, t: PositionTemplate, variant: Variant): DemoSkillRequirement[] {
  const levelShift = variant === 'senior' ? 1 : variant === 'campus' ? -1 : 0;
  const target = rng.int(Math.max(3, t.core.length), Math.min(6, t.core.length + t.extra.length));
  const core = t.core.map(([name, level]) => ({
    name,
    weight: round1(1.3 + rng.float() * 0.7),
    minLevel: clampLevel(level + levelShift + (rng.chance(0.2) ? 1 : 0)),
  }));
  const extra = rng.sample(t.extra, target - core.length).map(([name, level]) => ({
    name,
    weight: round1(0.5 + rng.float() * 0.7),
    minLevel: clampLevel(level + levelShift + (rng.chance(0.25) ? rng.pick([-1, 1]) : 0)),
  }));
  return [...core, ...extra];
}

function salaryFor(rng: Rng, t: PositionTemplate, variant: Variant): [number, number] {
  const [lo, hi] = t.salary;
  const factor = variant === 'senior' ? 1.25 : variant === 'campus' ? 0.85 : 1;
  const span = hi - lo;
  const min = round500((lo + rng.float() * 0.3 * span) * factor);
  const max = Math.max(min + 1000, round500((hi - rng.float() * 0.3 * span) * factor));
  return [min, max];
}

function buildPosition(rng: Rng, key: string, enterprise: DemoEnterprise, t: PositionTemplate): DemoPosition {
  const variant = chooseVariant(rng, t);
  const required = requiredSkills(rng, t, variant);
  const requiredNames = new Set(required.map((s) => s.name));
  const preferredPool = t.preferred.filter((p) => !requiredNames.has(p));
  const duties = rng.sample(t.duties, rng.int(2, Math.min(4, t.duties.length)));
  const headcount = variant === 'senior' ? 1 : rng.int(t.headcount[0], t.headcount[1]);
  const filledCount = Math.min(headcount - 1, Math.floor(rng.float() ** 2 * headcount));
  const [salaryMin, salaryMax] = salaryFor(rng, t, variant);
  const baseYears = rng.int(t.years[0], t.years[1]);
  const tierSought: Tier = variant === 'campus' ? 'graduate' : t.tier;
  return {
    key,
    enterpriseKey: enterprise.key,
    title: titleFor(rng, t, variant),
    description: duties.join(''),
    industry: enterprise.industry,
    requiredSkills: required,
    preferredSkills: rng.sample(preferredPool, rng.int(1, Math.min(3, preferredPool.length))),
    minDegree: variant === 'senior' ? t.minDegree[t.minDegree.length - 1] : rng.pick(t.minDegree),
    preferredMajors: rng.sample(t.majors, rng.int(1, Math.min(3, t.majors.length))),
    minYearsExperience: variant === 'campus' ? 0 : variant === 'senior' ? baseYears + 3 : baseYears,
    headcount,
    filledCount,
    urgency: rng.weighted(URGENCY),
    tierSought,
    location: rng.pick(t.locations ?? ['包头']),
    salaryMin,
    salaryMax,
    status: 'open',
  };
}

export function buildPositions(seed: number, enterprises: readonly DemoEnterprise[]): DemoPosition[] {
  const rng = rngFor(seed, 'positions');
  const quota = positionQuota(POSITION_COUNT);
  const positions: DemoPosition[] = [];
  for (const enterprise of enterprises) {
    const { specific, common } = templatesFor(enterprise.industry);
    const specificDeck = new Deck(rng, specific);
    const commonDeck = new Deck(rng, common);
    // Research bodies and HR firms post only their own kinds of role; industrial firms mostly post
    // process roles and about a third shared roles (automation, maintenance, quality, lab, safety, sales).
    for (let i = 0; i < (quota.get(enterprise.key) ?? 0); i++) {
      const deck = commonDeck.empty || specificDeck.empty ? (specificDeck.empty ? commonDeck : specificDeck) : rng.chance(0.62) ? specificDeck : commonDeck;
      const key = `pos-${String(positions.length + 1).padStart(3, '0')}`;
      positions.push(buildPosition(rng, key, enterprise, deck.draw()));
    }
  }
  return positions;
}
