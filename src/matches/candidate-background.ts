import { degreeRank, DEGREES, type Degree } from '../domain/vocabulary';

/**
 * What an HR reader looks at first on a candidate card: the highest degree (school, major), years of
 * work, and the current title and employer. Read from the stored profile, tolerant of partial entries.
 */
export interface CandidateBackground {
  degree: Degree | null;
  school: string | null;
  major: string | null;
  /** Sum of the work entries' years, one decimal. */
  years: number;
  currentTitle: string | null;
  /** Null when masked: an employer identifies a person as surely as a name does. */
  currentEmployer: string | null;
}

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

export function candidateBackground(education: unknown, work: unknown): CandidateBackground {
  const schooling = Array.isArray(education) ? education.filter(isEntry) : [];
  const jobs = Array.isArray(work) ? work.filter(isEntry) : [];
  let highest: Entry | null = null;
  for (const entry of schooling) {
    const degree = DEGREES.includes(entry.degree as Degree) ? (entry.degree as Degree) : null;
    if (!highest || degreeRank(degree) >= degreeRank(highest.degree as Degree)) highest = entry;
  }
  const years = jobs.reduce((sum, job) => sum + (typeof job.years === 'number' && Number.isFinite(job.years) && job.years > 0 ? job.years : 0), 0);
  // Work entries are kept most recent first (the profile editor and the import write them so).
  const current = jobs[0] ?? null;
  return {
    degree: highest && DEGREES.includes(highest.degree as Degree) ? (highest.degree as Degree) : null,
    school: text(highest?.school),
    major: text(highest?.major),
    years: Math.round(years * 10) / 10,
    currentTitle: text(current?.title),
    currentEmployer: text(current?.employer),
  };
}
