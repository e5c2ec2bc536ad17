import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity';
import { SKILL_TAXONOMY, SkillRecord } from '../matching/skills/taxonomy-data';
import { Policy } from '../policies/policy.entity';
import { Position } from '../positions/position.entity';
import { Programme } from '../programmes/programme.entity';
import { Skill } from '../skills/skill.entity';
import { TalentContact } from '../talents/talent-contact.entity';
import { Talent } from '../talents/talent.entity';
import { University } from '../universities/university.entity';
import { invalidate } from '../recompute/invalidation';
import type { DemoData } from './demo/demo-data.types';
import { DEMO_POLICIES } from './demo/policies';

export interface SeedCounts {
  skills: number;
  enterprises: number;
  positions: number;
  universities: number;
  programmes: number;
  talents: number;
  policies: number;
}

const CHUNK = 500;

/**
 * Inserts the rows that are not there yet, keyed by a unique column, in chunks; returns how many were
 * new. Running the seed twice changes nothing.
 */
async function insertMissing<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
  conflictColumn: string,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK) as never)
      .orIgnore(conflictColumn)
      .returning('1')
      .execute();
    inserted += (result.raw as unknown[]).length;
  }
  return inserted;
}

async function idsByKey(manager: EntityManager, target: EntityTarget<ObjectLiteral>): Promise<Map<string, string>> {
  const rows: { id: string; external_key: string }[] = await manager
    .createQueryBuilder()
    .select(['e.id AS id', 'e.external_key AS external_key'])
    .from(target, 'e')
    .where('e.external_key IS NOT NULL')
    .getRawMany();
  return new Map(rows.map((row) => [row.external_key, row.id]));
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo data refers to unknown ${what} "${key}"`);
  return id;
}

/** Parents before children, so the broader-skill foreign key always points at an inserted row. */
function skillsInDependencyOrder(): SkillRecord[] {
  const byId = new Map(SKILL_TAXONOMY.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const parent = byId.get(id)?.broader;
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  return [...SKILL_TAXONOMY].sort((a, b) => depthOf(a.id) - depthOf(b.id));
}

export async function loadTaxonomy(manager: EntityManager): Promise<number> {
  const rows: Partial<Skill>[] = skillsInDependencyOrder().map((s) => ({
    id: s.id,
    nameZh: s.zh,
    nameEn: s.en,
    aliases: [...s.aliases],
    broaderId: s.broader,
    category: s.category,
    occupationGroup: s.occupationGroup ?? null,
  }));
  const added = await insertMissing(manager, Skill, rows, 'id');
  if (added > 0) await requestFullRecompute(manager);
  return added;
}

/**
 * The illustrative talent policies (idempotent, keyed by external key). Nothing stored depends on a
 * policy, so no recompute is asked for.
 */
export async function loadDemoPolicies(manager: EntityManager): Promise<number> {
  return insertMissing(
    manager,
    Policy,
    DEMO_POLICIES.map(({ key, ...p }) => ({ ...p, externalKey: key, illustrative: true, active: true })),
    'external_key',
  );
}

/** Rows loaded in bulk bypass the services, so the loader asks for the recompute itself. */
async function requestFullRecompute(manager: EntityManager): Promise<void> {
  await invalidate(manager, { kind: 'corpus-loaded' });
}

export async function loadDemoData(manager: EntityManager, data: DemoData): Promise<SeedCounts> {
  const skills = await loadTaxonomy(manager);
  const enterprises = await insertMissing(
    manager,
    Enterprise,
    data.enterprises.map(({ key, ...e }) => ({ ...e, externalKey: key })),
    'external_key',
  );
  const enterpriseIds = await idsByKey(manager, Enterprise);
  const positions = await insertMissing(
    manager,
    Position,
    data.positions.map(({ key, enterpriseKey, ...p }) => ({
      ...p,
      externalKey: key,
      enterpriseId: lookup(enterpriseIds, enterpriseKey, 'enterprise'),
    })),
    'external_key',
  );
  const universities = await insertMissing(
    manager,
    University,
    data.universities.map(({ key, ...u }) => ({ ...u, externalKey: key })),
    'external_key',
  );
  const universityIds = await idsByKey(manager, University);
  const programmes = await insertMissing(
    manager,
    Programme,
    data.programmes.map(({ key, universityKey, ...p }) => ({
      ...p,
      externalKey: key,
      universityId: lookup(universityIds, universityKey, 'university'),
    })),
    'external_key',
  );
  const talents = await insertMissing(
    manager,
    Talent,
    data.talents.map(({ key, phone: _phone, email: _email, ...t }) => ({ ...t, externalKey: key })),
    'external_key',
  );
  const talentIds = await idsByKey(manager, Talent);
  await insertMissing(
    manager,
    TalentContact,
    data.talents.map((t) => ({ talentId: lookup(talentIds, t.key, 'talent'), phone: t.phone, email: t.email })),
    'talent_id',
  );
  const policies = await loadDemoPolicies(manager);
  await requestFullRecompute(manager);
  return { skills, enterprises, positions, universities, programmes, talents, policies };
}
