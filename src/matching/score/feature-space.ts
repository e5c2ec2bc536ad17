import { majorSimilarity } from '../majors/major-families';
import { getSkillTaxonomy, SkillTaxonomy } from '../skills/skill-normaliser';
import { SKILL_TAXONOMY } from '../skills/taxonomy-data';
import { normalise } from '../text/normalise';

/**
 * Integer ids for everything the pair scorer compares (skills, majors, cities), with the similarity
 * tables between them precomputed, so that scoring a pair is array reads, not string work.
 */
export class FeatureSpace {
  readonly taxonomy: SkillTaxonomy;
  readonly skillCount: number;
  readonly skillIds: readonly string[];
  /** skillSimilarity[a * skillCount + b] = hierarchy similarity of skills a and b. */
  readonly skillSimilarity: Float32Array;
  /** For each skill, the skills with non-zero similarity to it (CSR), so affinity vectors stay sparse. */
  readonly relatedOffsets: Int32Array;
  readonly relatedSkills: Int32Array;
  private readonly skillIndex = new Map<string, number>();

  private readonly majorIds = new Map<string, number>();
  private readonly majorNames: string[] = [];
  private majorMatrix = new Float32Array(0);
  private majorCapacity = 0;

  private readonly cityIds = new Map<string, number>();

  constructor(taxonomy: SkillTaxonomy = getSkillTaxonomy()) {
    this.taxonomy = taxonomy;
    this.skillIds = SKILL_TAXONOMY.map((s) => s.id);
    this.skillIds.forEach((id, i) => this.skillIndex.set(id, i));
    const n = (this.skillCount = this.skillIds.length);
    this.skillSimilarity = new Float32Array(n * n);
    const offsets = new Int32Array(n + 1);
    const related: number[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const s = a === b ? 1 : taxonomy.similarity(this.skillIds[a], this.skillIds[b]);
        this.skillSimilarity[a * n + b] = s;
        if (s > 0) related.push(b);
      }
      offsets[a + 1] = related.length;
    }
    this.relatedOffsets = offsets;
    this.relatedSkills = Int32Array.from(related);
  }

  skillIndexOf(id: string): number {
    return this.skillIndex.get(id) ?? -1;
  }

  /** Free-text skill → taxonomy index, or -1 when it does not resolve. */
  resolveSkill(text: string): number {
    const hit = this.taxonomy.resolve(text);
    return hit ? this.skillIndexOf(hit.id) : -1;
  }

  /** Interned major id; similarities to every known major are computed once, on first sight. */
  majorId(text: string): number {
    const key = normalise(text).trim();
    if (!key) return -1;
    const known = this.majorIds.get(key);
    if (known !== undefined) return known;
    const id = this.majorNames.length;
    this.majorIds.set(key, id);
    this.majorNames.push(key);
    this.ensureMajorCapacity(id + 1);
    const cap = this.majorCapacity;
    for (let other = 0; other <= id; other++) {
      const s = other === id ? 1 : majorSimilarity(key, this.majorNames[other]);
      this.majorMatrix[id * cap + other] = s;
      this.majorMatrix[other * cap + id] = s;
    }
    return id;
  }

  majorSimilarity(a: number, b: number): number {
    return a < 0 || b < 0 ? 0 : this.majorMatrix[a * this.majorCapacity + b];
  }

  cityId(text: string | null | undefined): number {
    const key = text ? normaliseCity(text) : '';
    if (!key) return -1;
    let id = this.cityIds.get(key);
    if (id === undefined) {
      id = this.cityIds.size;
      this.cityIds.set(key, id);
    }
    return id;
  }

  private ensureMajorCapacity(needed: number): void {
    if (needed <= this.majorCapacity) return;
    const cap = Math.max(64, this.majorCapacity * 2, needed);
    const next = new Float32Array(cap * cap);
    const old = this.majorCapacity;
    for (let a = 0; a < old; a++) next.set(this.majorMatrix.subarray(a * old, a * old + old), a * cap);
    this.majorMatrix = next;
    this.majorCapacity = cap;
  }
}

/** 包头市 and 包头 are one city; so are "Baotou" and "baotou". */
export function normaliseCity(text: string): string {
  return normalise(text).trim().replace(/(市|地区|盟)$/u, '');
}
