import { DataSource } from 'typeorm';
import type { FeatureSpace } from '../matching/score/feature-space';

/** A university that teaches a skill, with its programmes that do: where a talent (or the office, for order-based training) can get it. */
export interface TeachingUniversity {
  universityId: string;
  university: string;
  city: string;
  /** How the university works with the zone (job fairs, order-based training, internships, research). */
  partnershipTypes: string[];
  programmes: { programmeId: string; major: string; degree: string }[];
}

interface ProgrammeRow {
  programmeId: string;
  major: string;
  degree: string;
  skillsTaught: unknown;
  universityId: string;
  university: string;
  city: string;
  partnershipTypes: unknown;
}

/**
 * Universities by the skills their programmes teach (taxonomy index), read once and kept while
 * programmes and universities are unchanged (their count and latest update are the fingerprint);
 * universities with more kinds of partnership with the zone first.
 */
export class SkillTeachingIndex {
  private fingerprint = '';
  private bySkill = new Map<number, TeachingUniversity[]>();

  async load(dataSource: DataSource, space: FeatureSpace): Promise<Map<number, TeachingUniversity[]>> {
    const [{ n, at }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM programme) + (SELECT count(*)::int FROM university) AS n,
              greatest((SELECT max(updated_at) FROM programme), (SELECT max(updated_at) FROM university)) AS at`,
    );
    const fingerprint = `${n}:${at ? new Date(at).toISOString() : ''}`;
    if (fingerprint === this.fingerprint) return this.bySkill;
    const rows: ProgrammeRow[] = await dataSource.query(
      `SELECT p.id AS "programmeId", p.major, p.degree, p.skills_taught AS "skillsTaught",
              u.id AS "universityId", u.name_zh AS university, u.city, u.partnership_types AS "partnershipTypes"
         FROM programme p JOIN university u ON u.id = p.university_id
        ORDER BY jsonb_array_length(u.partnership_types) DESC, u.name_zh, u.id, p.major, p.id`,
    );
    const bySkill = new Map<number, TeachingUniversity[]>();
    for (const row of rows) {
      const taught = new Set((Array.isArray(row.skillsTaught) ? row.skillsTaught : []).map((name) => space.resolveSkill(String(name))));
      for (const index of taught) {
        if (index < 0) continue;
        const list = bySkill.get(index) ?? [];
        let university = list.find((u) => u.universityId === row.universityId);
        if (!university) {
          university = {
            universityId: row.universityId,
            university: row.university,
            city: row.city,
            partnershipTypes: Array.isArray(row.partnershipTypes) ? row.partnershipTypes.map(String) : [],
            programmes: [],
          };
          list.push(university);
        }
        university.programmes.push({ programmeId: row.programmeId, major: row.major, degree: row.degree });
        bySkill.set(index, list);
      }
    }
    this.bySkill = bySkill;
    this.fingerprint = fingerprint;
    return bySkill;
  }
}
