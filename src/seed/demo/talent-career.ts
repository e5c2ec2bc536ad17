/**
 * Education and work history for one synthetic talent, consistent in time: degrees follow each other at
 * the usual intervals, work starts after the last degree, and no year falls outside 1995–2026.
 */
import type { Degree, Tier } from '../../domain/vocabulary';
import type { DemoEducation, DemoProgramme, DemoUniversity, DemoWork } from './demo-data.types';
import type { Rng } from './prng';
import type { TalentArchetype } from './talent-archetypes.types';

/** The year the data set describes; graduates of 2026 are still studying. */
export const REFERENCE_YEAR = 2025;
const EARLIEST_YEAR = 1995;

/** Secondary vocational schools (中专/技校) outside the university list; names are generic. */
const SECONDARY_SCHOOLS = ['包头市职业教育中心', '包头技师学院', '呼和浩特市职业技术学校', '内蒙古工业技师学院'];
/** Higher-vocational colleges outside the university list. */
const OTHER_COLLEGES = ['包头轻工职业技术学院', '包头铁道职业技术学院', '内蒙古化工职业学院'];

const DEGREE_WEIGHTS: Record<Tier, Partial<Record<Degree, number>>> = {
  skilled_worker: { vocational: 50, associate: 50 },
  graduate: { associate: 25, bachelor: 50, master: 20, doctorate: 5 },
  shortage_professional: { associate: 5, bachelor: 60, master: 32, doctorate: 3 },
  high_level: { bachelor: 8, master: 20, doctorate: 72 },
};

export function pickDegree(rng: Rng, archetype: TalentArchetype, tier: Tier): Degree {
  const entries = Object.entries(DEGREE_WEIGHTS[tier])
    .filter(([d]) => (archetype.majors[d as Degree]?.length ?? 0) > 0)
    .map(([d, w]) => [d as Degree, w] as const);
  if (entries.length > 0) return rng.weighted(entries);
  // Fall back to the archetype's highest degree level when the tier's usual ones do not apply.
  const own = (['doctorate', 'master', 'bachelor', 'associate', 'vocational'] as const).find((d) => archetype.majors[d]);
  return own ?? 'bachelor';
}

/** Years of work experience by tier. */
export function pickExperience(rng: Rng, tier: Tier): number {
  switch (tier) {
    case 'skilled_worker':
      return rng.chance(0.7) ? rng.int(1, 12) : rng.int(13, 28);
    case 'shortage_professional':
      return rng.chance(0.7) ? rng.int(3, 10) : rng.int(11, 22);
    case 'high_level':
      return rng.int(8, 28);
    case 'graduate':
      return 0;
  }
}

/** Degrees earned on the way to `final`, with years before the final graduation (most recent last). */
function ladder(rng: Rng, final: Degree): { degree: Degree; before: number }[] {
  switch (final) {
    case 'doctorate':
      return rng.chance(0.8)
        ? [{ degree: 'bachelor', before: 7 }, { degree: 'master', before: 4 }, { degree: 'doctorate', before: 0 }]
        : [{ degree: 'bachelor', before: 5 }, { degree: 'doctorate', before: 0 }];
    case 'master':
      return [{ degree: 'bachelor', before: rng.pick([2, 3, 3]) }, { degree: 'master', before: 0 }];
    default:
      return [{ degree: final, before: 0 }];
  }
}

export class SchoolPicker {
  private readonly offering = new Map<string, string[]>();

  constructor(
    programmes: readonly DemoProgramme[],
    private readonly universities: readonly DemoUniversity[],
  ) {
    const nameByKey = new Map(universities.map((u) => [u.key, u.nameZh]));
    for (const p of programmes) {
      const k = `${p.major}|${p.degree}`;
      const list = this.offering.get(k) ?? [];
      list.push(nameByKey.get(p.universityKey)!);
      this.offering.set(k, list);
    }
  }

  /** A school that runs the major at that level, when the list has one; otherwise a plausible other. */
  pick(rng: Rng, major: string, degree: Degree): string {
    const offering = this.offering.get(`${major}|${degree}`);
    if (offering && rng.chance(0.9)) return rng.pick(offering);
    if (degree === 'vocational') return rng.pick(SECONDARY_SCHOOLS);
    if (degree === 'associate') return offering ? rng.pick(OTHER_COLLEGES) : rng.pick([...OTHER_COLLEGES, '包头钢铁职业技术学院']);
    return rng.pick(this.universities.filter((u) => !u.nameZh.includes('职业')).map((u) => u.nameZh));
  }

  cityOf(school: string): string | null {
    return this.universities.find((u) => u.nameZh === school)?.city ?? null;
  }
}

export function buildEducation(
  rng: Rng,
  archetype: TalentArchetype,
  final: Degree,
  finalYear: number,
  schools: SchoolPicker,
): DemoEducation[] {
  const steps = ladder(rng, final);
  let previousMajor: string | undefined;
  return steps.map(({ degree, before }) => {
    const majors = archetype.majors[degree] ?? archetype.majors.bachelor ?? archetype.majors[final]!;
    // Postgraduates often stay in their undergraduate field; keep the major when the names agree.
    const major = previousMajor && majors.includes(previousMajor) && rng.chance(0.6) ? previousMajor : rng.pick(majors);
    previousMajor = major;
    return { school: schools.pick(rng, major, degree), major, degree, graduationYear: finalYear - before };
  });
}

/** Final graduation year and experience, pulled in so that the first degree is not before 1995. */
export function timeline(rng: Rng, tier: Tier, final: Degree): { finalYear: number; experience: number } {
  const span = final === 'doctorate' ? 7 : final === 'master' ? 3 : 0;
  if (tier === 'graduate') {
    const finalYear = rng.weighted([[2023, 2], [2024, 3], [2025, 3], [2026, 2]] as const);
    return { finalYear, experience: Math.max(0, REFERENCE_YEAR - finalYear - 0) };
  }
  let experience = pickExperience(rng, tier);
  let finalYear = REFERENCE_YEAR - experience;
  if (finalYear - span < EARLIEST_YEAR) {
    finalYear = EARLIEST_YEAR + span;
    experience = REFERENCE_YEAR - finalYear;
  }
  return { finalYear, experience };
}

/** Splits `total` years into `parts` positive integers. */
function split(rng: Rng, total: number, parts: number): number[] {
  const cuts = rng.sample(
    Array.from({ length: total - 1 }, (_, i) => i + 1),
    parts - 1,
  ).sort((a, b) => a - b);
  const bounds = [0, ...cuts, total];
  return bounds.slice(1).map((b, i) => b - bounds[i]);
}

export function titleAt(rng: Rng, archetype: TalentArchetype, yearsBefore: number): string {
  const [junior, mid, senior] = archetype.titles;
  return rng.pick(yearsBefore < 3 ? junior : yearsBefore < 8 ? mid : senior);
}

/** Jobs, most recent first. `employer` draws an employer for the job at the given position in the career. */
export function buildWork(
  rng: Rng,
  archetype: TalentArchetype,
  experience: number,
  employer: (isCurrent: boolean) => string,
): DemoWork[] {
  if (experience <= 0) return [];
  const maxJobs = experience <= 2 ? 1 : experience <= 6 ? 2 : experience <= 12 ? 3 : 4;
  const jobs = rng.int(experience > 12 ? 2 : 1, maxJobs);
  const lengths = split(rng, experience, jobs);
  const work: DemoWork[] = [];
  // Deal duties from one shuffled pile so that successive jobs read differently.
  const duties = rng.shuffle(archetype.duties);
  let nextDuty = 0;
  const takeDuty = () => duties[nextDuty++ % duties.length];
  let before = 0;
  for (let i = 0; i < lengths.length; i++) {
    const years = lengths[i];
    // A senior title needs the years to have passed; titles are chosen by experience at the job's end.
    const title = titleAt(rng, archetype, before + years - 1);
    const description = rng.chance(0.4) && duties.length > lengths.length ? takeDuty() + takeDuty() : takeDuty();
    work.push({ employer: employer(i === lengths.length - 1), title, years, description });
    before += years;
  }
  return work.reverse();
}
