/**
 * Schema and data of the bench:scale database: the migrations (as the app and `npm run seed` apply them),
 * the skill taxonomy and the demo enterprises (through the demo loader's own helpers), then the synthetic
 * positions and talents in large multi-row INSERTs (`jsonb_to_recordset` of a few thousand rows per
 * statement), all in one transaction, ending with the one coalesced full-rebuild request the demo loader
 * makes (`bumpGeneration` = rebuild '*', plus programme '*').
 */
import 'reflect-metadata';
import { DataSource, EntityManager } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { Enterprise } from '../../src/enterprises/enterprise.entity';
import type { PositionProfile, TalentProfile } from '../../src/matching/types';
import { bumpGeneration, REBUILD_ALL, requestRecompute } from '../../src/recompute/outbox';
import { buildDemoData } from '../../src/seed/demo';
import { loadTaxonomy } from '../../src/seed/demo-loader';
import { syntheticCorpus } from '../synthetic-data';

/** Rows per INSERT statement (a few MB of JSON each at most). */
const BATCH = 2_000;

export interface SeedResult {
  positions: number;
  talents: number;
  skills: number;
  enterprises: number;
  generateMs: number;
  migrateMs: number;
  insertMs: number;
}

/** Sends `rows` as one jsonb parameter per statement; PostgreSQL turns it into rows (no 65,535-parameter limit). */
async function insertJson(manager: EntityManager, table: string, columns: string, recordType: string, select: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await manager.query(
      `INSERT INTO ${table} (${columns}) SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})`,
      [JSON.stringify(rows.slice(i, i + BATCH))],
    );
  }
}

function positionRow(p: PositionProfile, enterpriseId: string) {
  return {
    external_key: p.id,
    enterprise_id: enterpriseId,
    title: p.title,
    description: p.description ?? '',
    industry: p.industry,
    required_skills: (p.requiredSkills ?? []).map((r) => ({ name: r.name, weight: r.weight ?? 1, minLevel: r.minLevel ?? 1 })),
    preferred_skills: p.preferredSkills ?? [],
    min_degree: p.minDegree ?? null,
    preferred_majors: p.preferredMajors ?? [],
    min_years_experience: p.minYearsExperience ?? 0,
    urgency: p.urgency ?? 3,
    tier_sought: p.tierSought ?? null,
    location: p.location ?? '包头',
  };
}

function talentRow(t: TalentProfile, n: number) {
  return {
    external_key: t.id,
    name: `人才${String(n).padStart(7, '0')}`,
    headline: t.headline ?? '',
    education: t.education ?? [],
    work: t.work ?? [],
    skills: t.skills ?? [],
    summary: t.summary ?? '',
    tier: t.tier ?? null,
    current_city: t.currentCity ?? null,
    willing_to_relocate: t.willingToRelocate ?? false,
  };
}

export async function seedScale(databaseUrl: string, talents: number, positions: number, log: (line: string) => void): Promise<SeedResult> {
  let t = Date.now();
  const corpus = syntheticCorpus(talents, positions);
  const generateMs = Date.now() - t;
  log(`generated ${positions} positions and ${talents} talents in ${(generateMs / 1000).toFixed(1)} s`);

  t = Date.now();
  const dataSource = new DataSource(buildDataSourceOptions({ url: databaseUrl, migrationsRun: true, poolSize: 2 }));
  await dataSource.initialize();
  const migrateMs = Date.now() - t;
  try {
    t = Date.now();
    const counts = await dataSource.transaction(async (manager) => {
      const skills = await loadTaxonomy(manager);
      const enterprises = buildDemoData().enterprises.map(({ key, ...e }) => ({ ...e, externalKey: key }));
      await manager.createQueryBuilder().insert().into(Enterprise).values(enterprises).orIgnore('external_key').execute();
      const enterpriseIds: string[] = (await manager.query('SELECT id FROM enterprise ORDER BY external_key')).map((r: { id: string }) => r.id);
      // Synthetic positions carry no enterprise: spread them round-robin over the demo enterprises.
      await insertJson(
        manager,
        'position',
        'external_key, enterprise_id, title, description, industry, required_skills, preferred_skills, min_degree, preferred_majors, min_years_experience, urgency, tier_sought, location',
        'external_key text, enterprise_id uuid, title text, description text, industry text, required_skills jsonb, preferred_skills jsonb, min_degree text, preferred_majors jsonb, min_years_experience real, urgency smallint, tier_sought text, location text',
        'external_key, enterprise_id, title, description, industry, required_skills, preferred_skills, min_degree, preferred_majors, min_years_experience, urgency, tier_sought, location',
        corpus.positions.map((p, i) => positionRow(p, enterpriseIds[i % enterpriseIds.length])),
      );
      await insertJson(
        manager,
        'talent',
        'external_key, name, headline, education, work, skills, summary, tier, current_city, willing_to_relocate',
        'external_key text, name text, headline text, education jsonb, work jsonb, skills jsonb, summary text, tier text, current_city text, willing_to_relocate boolean',
        'external_key, name, headline, education, work, skills, summary, tier, current_city, willing_to_relocate',
        corpus.talents.map((tp, i) => talentRow(tp, i)),
      );
      // Exactly one full rebuild: the loader's request (loadTaxonomy already asked on the same row; the
      // outbox row (rebuild, '*') is one coalesced request whatever the number of calls).
      await bumpGeneration(manager);
      await requestRecompute(manager, 'programme', REBUILD_ALL);
      return { skills, enterprises: enterpriseIds.length };
    });
    await dataSource.query('ANALYZE');
    const insertMs = Date.now() - t;
    log(`inserted ${counts.skills} skills, ${counts.enterprises} enterprises, ${positions} positions, ${talents} talents in ${(insertMs / 1000).toFixed(1)} s (one transaction)`);
    return { positions, talents, skills: counts.skills, enterprises: counts.enterprises, generateMs, migrateMs, insertMs };
  } finally {
    await dataSource.destroy();
  }
}
