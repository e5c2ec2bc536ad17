import { FusedRanker, RankerVocabulary, type CompiledTalentQuery, type FusedRankerParams, type RankablePosition } from '../index/fused-ranker';
import { TopKHeap } from '../index/top-k';
import { DEFAULT_ENGINE_PARAMS, EngineParams } from '../score/engine-params';
import { explainPair } from '../score/explain';
import { FeatureSpace } from '../score/feature-space';
import type { MatchResult } from '../score/match-result';
import { PairScorer } from '../score/pair-scorer';
import { compilePosition, compileTalent, packPositions, type PositionFeatures, type TalentFeatures } from '../score/profile-features';
import { roleFactor, roleGroupOf } from '../title/role-compatibility';
import type { PositionProfile, TalentProfile } from '../types';
import { rankablePosition, rankableTalent } from './profile-mapping';
import { CorpusStatistics, skillDocumentFrequencies, skillKey, type SkillKey } from './corpus-statistics';
import { RowScorer } from './row-scorer';

export interface EngineOptions {
  params?: Partial<EngineParams>;
  relevance?: Partial<FusedRankerParams>;
  /** Shared across engines of one process: the skill similarity tables take a moment to build. */
  space?: FeatureSpace;
  /**
   * The statistics generation to score with (frozen corpus statistics). Without it the engine's own
   * initial positions are the snapshot; `statistics` then returns it, for other engines to share.
   */
  statistics?: CorpusStatistics;
}

export interface RankOptions {
  limit?: number;
  minScore?: number;
  /** Ineligible pairs are left out unless asked for (they still carry their reasons in `explain`). */
  includeIneligible?: boolean;
}

export interface RankedMatch {
  id: string;
  score: number;
  eligible: boolean;
}

interface TalentEntry {
  profile: TalentProfile;
  features: TalentFeatures;
  query: CompiledTalentQuery;
  /** Role group of the current job in the work history (role-compatibility.ts), -1 when none is known. */
  roleGroup: number;
}

let sharedSpace: FeatureSpace | undefined;

/**
 * The matching engine: talents against the open positions, scored under one statistics generation
 * (corpus-statistics.ts). Positions and talents are added, replaced and removed in place: a position
 * change rebuilds the position side (indexes, packed requirements) from cached analyses, under the same
 * frozen statistics, so every other position's scores stay exactly as they were.
 */
export class MatchingEngine {
  readonly params: EngineParams;
  readonly space: FeatureSpace;
  private readonly relevanceParams: Partial<FusedRankerParams> | undefined;
  private readonly vocabulary: RankerVocabulary;
  /** Set once the positions first change (or when given): until then the live ranker is the snapshot. */
  private frozen: CorpusStatistics | null;
  private positions: PositionProfile[] = [];
  private positionFeatures: PositionFeatures[] = [];
  private readonly positionIndex = new Map<string, number>();
  private ranker!: FusedRanker;
  private readonly talents = new Map<string, TalentEntry>();
  private readonly scorer: PairScorer;
  private relevanceRow = new Float32Array(0);
  /** Role group of each position's title, -1 when its head says no kind of work. */
  private positionRoles = new Int8Array(0);
  private rows!: RowScorer;
  /** Per position profile (by object): what the ranker reads, and its compiled features before weighting. */
  private readonly rankables = new WeakMap<PositionProfile, RankablePosition>();
  private readonly compiled = new WeakMap<PositionProfile, PositionFeatures>();
  /** Per position profile (by object): the role group of its title (parsing 5,000 titles costs ~30 ms a rebuild). */
  private readonly roleGroups = new WeakMap<PositionProfile, number>();
  /** Per position profile (by object): its features weighted by specificity under a frozen generation. */
  private readonly weighted = new WeakMap<PositionProfile, { statistics: CorpusStatistics; features: PositionFeatures }>();
  /** Talent ids in order, kept until the set of ids changes (sorting 100k ids on every call costs ~50 ms). */
  private sortedTalentIds: string[] | null = null;
  /** The entries in that order, for column scans (an upsert of a known id replaces its entry: cleared too). */
  private sortedEntries: TalentEntry[] | null = null;

  constructor(positions: readonly PositionProfile[], talents: readonly TalentProfile[] = [], options: EngineOptions = {}) {
    this.params = { ...DEFAULT_ENGINE_PARAMS, ...options.params, weights: { ...DEFAULT_ENGINE_PARAMS.weights, ...options.params?.weights } };
    this.space = options.space ?? (sharedSpace ??= new FeatureSpace());
    this.relevanceParams = options.relevance;
    this.frozen = options.statistics ?? null;
    this.vocabulary = this.frozen?.ranker.vocabulary ?? new RankerVocabulary();
    this.scorer = new PairScorer(this.space, this.params);
    this.setPositions(positions);
    for (const talent of talents) this.upsertTalent(talent);
  }

  /**
   * The statistics generation this engine scores with. Until the positions change, the engine's own
   * ranker is the snapshot; asking for the statistics (or changing a position) freezes it.
   */
  get statistics(): CorpusStatistics {
    return (this.frozen ??= CorpusStatistics.of(this.ranker, this.positions, this.positions.map((p) => this.compiledFeatures(p))));
  }

  /** Adds a position or replaces the one with its id; only its own column of scores changes. */
  upsertPosition(position: PositionProfile): void {
    const next = this.positions.filter((p) => p.id !== position.id);
    next.push(position);
    this.statistics;
    this.setPositions(next);
  }

  /** Removes a position (closed or deleted); returns whether it was there. */
  removePosition(id: string): boolean {
    if (!this.positionIndex.has(id)) return false;
    this.statistics;
    this.setPositions(this.positions.filter((p) => p.id !== id));
    return true;
  }

  /**
   * Makes these the engine's positions (added, replaced, removed at once) under the same statistics:
   * pass the same profile object for an unchanged position and its analysis is reused.
   */
  syncPositions(positions: readonly PositionProfile[]): void {
    this.statistics;
    this.setPositions(positions);
  }

  /**
   * Runs `fn` with this profile in the engine and puts back what was there before (the talent's previous
   * entry, or nothing): for scoring a profile without disturbing a loaded talent side.
   */
  withTalent<T>(profile: TalentProfile, fn: () => T): T {
    const previous = this.talents.get(profile.id);
    this.upsertTalent(profile);
    try {
      return fn();
    } finally {
      if (previous) {
        this.talents.set(profile.id, previous);
        this.sortedEntries = null;
      } else {
        this.removeTalent(profile.id);
      }
    }
  }

  /** The talent profile with this id, if the engine has it. */
  talent(id: string): TalentProfile | undefined {
    return this.talents.get(id)?.profile;
  }

  /** The position profile with this id, if the engine has it. */
  position(id: string): PositionProfile | undefined {
    const index = this.positionIndex.get(id);
    return index === undefined ? undefined : this.positions[index];
  }

  /**
   * (Re)builds the position side over these positions: sorted by id (the same set gives the same engine,
   * whatever order it arrives in), analyses and compiled features reused for unchanged profile objects.
   */
  private setPositions(positions: readonly PositionProfile[]): void {
    this.positions = [...positions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.positionIndex.clear();
    this.positions.forEach((p, i) => this.positionIndex.set(p.id, i));
    const compiled = this.positions.map((p) => this.compiledFeatures(p));
    const frozen = this.frozen;
    if (frozen) {
      // Under frozen statistics each position's weighting depends on itself and the generation only: the
      // weighted copy of an unchanged profile is reused (the same numbers as weighting the whole set).
      this.positionFeatures = this.positions.map((p, i) => {
        const cached = this.weighted.get(p);
        if (cached && cached.statistics === frozen) return cached.features;
        const [features] = weightRequirementsBySpecificity([compiled[i]], this.params.skillSpecificity, frozen.skillDf, frozen.positionCount);
        this.weighted.set(p, { statistics: frozen, features });
        return features;
      });
    } else {
      this.positionFeatures = weightRequirementsBySpecificity(compiled, this.params.skillSpecificity, null, 0);
    }
    this.rows = new RowScorer(this.space, this.params, packPositions(this.positionFeatures));
    const rankable = this.positions.map((p) => {
      let r = this.rankables.get(p);
      if (!r) this.rankables.set(p, (r = rankablePosition(p)));
      return r;
    });
    this.ranker = new FusedRanker(rankable, this.relevanceParams, { vocabulary: this.vocabulary, statistics: this.frozen?.ranker });
    this.relevanceRow = new Float32Array(this.positions.length);
    this.positionRoles = Int8Array.from(this.positions, (p) => {
      let group = this.roleGroups.get(p);
      if (group === undefined) this.roleGroups.set(p, (group = roleGroupOf(p.title, p.lang)));
      return group;
    });
  }

  private compiledFeatures(position: PositionProfile): PositionFeatures {
    let features = this.compiled.get(position);
    if (!features) this.compiled.set(position, (features = compilePosition(this.space, position)));
    return features;
  }

  get positionCount(): number {
    return this.positions.length;
  }

  get talentCount(): number {
    return this.talents.size;
  }

  positionIds(): string[] {
    return this.positions.map((p) => p.id);
  }

  talentIds(): string[] {
    return this.orderedTalentIds().slice();
  }

  private orderedTalentIds(): string[] {
    return (this.sortedTalentIds ??= [...this.talents.keys()].sort());
  }

  hasPosition(id: string): boolean {
    return this.positionIndex.has(id);
  }

  hasTalent(id: string): boolean {
    return this.talents.has(id);
  }

  /**
   * Compiles the talent (text analysis, skill resolution). Its per-signal relevance maxima are computed on
   * first use (the next row or pair score), not here: a full recompute scores the row anyway, so an eager
   * pass would only double the cost of loading a corpus.
   */
  upsertTalent(profile: TalentProfile): void {
    const query = this.ranker.compile(rankableTalent(profile));
    if (!this.talents.has(profile.id)) this.sortedTalentIds = null;
    this.sortedEntries = null;
    // Only a job in the history says what kind of work the person does now; a headline may be the job sought.
    const current = (profile.work ?? []).find((w) => w.title?.trim())?.title;
    const roleGroup = roleGroupOf(current, profile.lang);
    this.talents.set(profile.id, { profile, features: compileTalent(this.space, profile, this.params), query, roleGroup });
  }

  removeTalent(id: string): boolean {
    const removed = this.talents.delete(id);
    if (removed) this.sortedTalentIds = this.sortedEntries = null;
    return removed;
  }

  /**
   * Text relevance 0–1, times the role factor: words in the profile of someone whose current job is another
   * kind of work (a sales representative applying to an engineer's post) count for less. Rounded to float32
   * as the row path stores it, so pair and row scores are the same numbers.
   */
  private pairRelevance(entry: TalentEntry, position: number): number {
    return this.withRole(entry, position, this.ranker.scorePair(entry.query, position) / this.ranker.maxScore);
  }

  private withRole(entry: TalentEntry, position: number, relevance: number): number {
    const factor = roleFactor(entry.roleGroup, this.positionRoles[position]);
    return factor === 1 ? relevance : Math.fround(Math.fround(relevance) * factor);
  }

  /** The role factor over a relevance row (float32, as `withRole`). */
  private applyRoles(entry: TalentEntry, row: Float32Array): void {
    const group = entry.roleGroup;
    if (group < 0) return;
    const roles = this.positionRoles;
    for (let i = 0; i < row.length; i++) {
      const factor = roleFactor(group, roles[i]);
      if (factor !== 1) row[i] *= factor;
    }
  }

  /** `applyRoles` at the positions `at[0 … count − 1]` only. */
  private applyRolesAt(entry: TalentEntry, row: Float32Array, at: Int32Array, count: number): void {
    const group = entry.roleGroup;
    if (group < 0) return;
    const roles = this.positionRoles;
    for (let j = 0; j < count; j++) {
      const i = at[j];
      const factor = roleFactor(group, roles[i]);
      if (factor !== 1) row[i] *= factor;
    }
  }

  /**
   * Scores of one talent against every position: `scores[i]` for the position at index i, `eligible[i]`
   * 1 or 0. The hot path of recomputes and benchmarks: typed arrays only.
   */
  scoreTalentRow(talentId: string, scores: Float32Array, eligible: Uint8Array): void {
    const entry = this.requireTalent(talentId);
    this.ranker.relevanceAll(entry.query, this.relevanceRow);
    this.applyRoles(entry, this.relevanceRow);
    this.rows.load(entry.features);
    this.rows.scoreRow(this.relevanceRow, scores, eligible);
  }

  /**
   * The row for a full top-k (full-top-k.ts): the eligible pairs that may enter the talent's k best or the
   * list of a position whose current k-th score is `positionFloors[i]` (-Infinity while shorter than k),
   * as position indexes (in no particular order) and exact scores. Returns how many; no other pair can.
   */
  scoreTalentRowForTopK(talentId: string, k: number, positionFloors: Float32Array, positions: Int32Array, scores: Float32Array): number {
    const entry = this.requireTalent(talentId);
    // Eligibility first: relevance is fused and role-weighted only where the row scorer reads it.
    this.rows.load(entry.features);
    const eligible = this.rows.collectEligible();
    this.ranker.relevanceAt(entry.query, this.relevanceRow, this.rows.eligibleAt, eligible);
    this.applyRolesAt(entry, this.relevanceRow, this.rows.eligibleAt, eligible);
    return this.rows.scoreRowForTopK(this.relevanceRow, k, positionFloors, positions, scores);
  }

  /** One pair's score without the explanation. */
  scorePair(talentId: string, positionId: string): { score: number; eligible: boolean } {
    const entry = this.requireTalent(talentId);
    const p = this.requirePosition(positionId);
    this.scorer.load(entry.features);
    const score = this.scorer.score(this.positionFeatures[p], this.pairRelevance(entry, p));
    return { score, eligible: this.scorer.ineligible === 0 };
  }

  rankPositionsForTalent(talentId: string, options: RankOptions = {}): RankedMatch[] {
    const scores = new Float32Array(this.positions.length);
    const eligible = new Uint8Array(this.positions.length);
    this.scoreTalentRow(talentId, scores, eligible);
    return this.select(scores, eligible, options, (i) => this.positions[i].id);
  }

  rankTalentsForPosition(positionId: string, options: RankOptions = {}): RankedMatch[] {
    this.requirePosition(positionId);
    const ids = this.orderedTalentIds();
    const scores = new Float32Array(ids.length);
    const eligible = new Uint8Array(ids.length);
    this.scoreTalentColumn(positionId, scores, eligible);
    return this.select(scores, eligible, options, (i) => ids[i]);
  }

  /**
   * Scores of every talent (in `talentIds()` order) against one position: the column counterpart of
   * `scoreTalentRow`. The position's text is scattered once, so each talent costs array reads only.
   */
  scoreTalentColumn(positionId: string, scores: Float32Array, eligible: Uint8Array): void {
    const p = this.requirePosition(positionId);
    const entries = (this.sortedEntries ??= this.orderedTalentIds().map((id) => this.talents.get(id)!));
    const features = this.positionFeatures[p];
    const maxScore = this.ranker.maxScore;
    this.ranker.preparePosition(p);
    try {
      for (let t = 0; t < entries.length; t++) {
        const entry = entries[t];
        this.scorer.loadSparse(entry.features);
        scores[t] = this.scorer.score(features, this.withRole(entry, p, this.ranker.scorePrepared(entry.query, p) / maxScore));
        eligible[t] = this.scorer.ineligible === 0 ? 1 : 0;
      }
    } finally {
      this.ranker.releasePosition(p);
    }
  }

  /** The full, explained result for one pair (eligible or not). */
  explain(talentId: string, positionId: string): MatchResult {
    const entry = this.requireTalent(talentId);
    const p = this.requirePosition(positionId);
    return explainPair(
      this.space,
      this.scorer,
      this.params,
      entry.profile,
      entry.features,
      this.positions[p],
      this.positionFeatures[p],
      this.pairRelevance(entry, p),
    );
  }

  private select(scores: Float32Array, eligible: Uint8Array, options: RankOptions, idOf: (i: number) => string): RankedMatch[] {
    const limit = options.limit ?? 20;
    const minScore = options.minScore ?? 0;
    const heap = new TopKHeap(limit);
    for (let i = 0; i < scores.length; i++) {
      if (scores[i] < minScore) continue;
      if (!eligible[i] && !options.includeIneligible) continue;
      heap.push(i, scores[i]);
    }
    const { docs, scores: top } = heap.drain();
    return Array.from(docs, (i, k) => ({ id: idOf(i), score: round2(top[k]), eligible: eligible[i] === 1 }));
  }

  private requireTalent(id: string): TalentEntry {
    const entry = this.talents.get(id);
    if (!entry) throw new EngineLookupError('talent', id);
    return entry;
  }

  private requirePosition(id: string): number {
    const index = this.positionIndex.get(id);
    if (index === undefined) throw new EngineLookupError('position', id);
    return index;
  }
}

export class EngineLookupError extends Error {
  constructor(
    readonly kind: 'talent' | 'position',
    readonly id: string,
  ) {
    super(`Unknown ${kind} ${id} in this engine generation`);
  }
}

/**
 * A skill that every opening asks for (安全生产, Microsoft Office) says little about fit; one that few ask
 * for (晶界扩散) says much. Each requirement's (and preferred skill's) weight is multiplied by
 * (1 − s) + s · idf / max idf, where idf = ln(1 + N / df) and s is the specificity share. N and df are the
 * statistics generation's (`frozenDf`, `frozenCount`; a skill it never saw counts once), or, without one,
 * these positions' own. Returns weighted copies: the compiled features stay as compiled, for reuse.
 */
function weightRequirementsBySpecificity(
  compiled: readonly PositionFeatures[],
  share: number,
  frozenDf: ReadonlyMap<SkillKey, number> | null,
  frozenCount: number,
): PositionFeatures[] {
  const positions = compiled.map((p) => ({ ...p, requiredWeights: p.requiredWeights.slice(), preferredWeights: p.preferredWeights.slice() }));
  if (share <= 0 || positions.length === 0) return positions;
  let df: ReadonlyMap<SkillKey, number>;
  let n: number;
  if (frozenDf) {
    df = frozenDf;
    n = Math.max(1, frozenCount);
  } else {
    df = skillDocumentFrequencies(positions);
    n = positions.length;
  }
  const maxIdf = Math.log(1 + n);
  const factor = (k: SkillKey) => 1 - share + (share * Math.log(1 + n / Math.min(n, df.get(k) ?? 1))) / maxIdf;
  for (const p of positions) {
    for (let r = 0; r < p.requiredSkills.length; r++) p.requiredWeights[r] *= factor(skillKey(p.requiredSkills[r], p.requiredNames[r]));
    for (let i = 0; i < p.preferredSkills.length; i++) p.preferredWeights[i] *= factor(skillKey(p.preferredSkills[i], p.preferredNames[i]));
  }
  return positions;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
