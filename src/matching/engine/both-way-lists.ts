/**
 * In-memory both-direction lists: for each talent its best positions and for each position its best
 * talents (eligible pairs with score ≥ a threshold), kept up to date as positions and talents change,
 * without a full recompute. Pure module: typed arrays only, no per-entry objects.
 *
 * Storage. Talents and positions get stable integer slots (freed slots are reused), with id ↔ slot maps.
 * Each list is a block of `capacity` entries in a flat Int32Array (the other side's slots) and
 * Float32Array (scores), unordered, with its count, its floor and a `complete` flag:
 *
 *   INVARIANT (per list, say talent t's row): every entry is an eligible pair with score ≥ threshold and
 *   score ≥ floor; and every eligible pair (t, p) with score ≥ threshold that is NOT in the row has
 *     - complete = 1: no such pair exists (the row holds all qualifying pairs; floor = threshold), or
 *     - complete = 0: score ≤ floor.
 *
 * Why that makes the served lists exact: the best `serve` (N) of a list are the best N pairs overall
 * whenever the list is complete, or holds at least N entries (any outsider scores ≤ floor ≤ every entry;
 * at equal scores either id may be served). A list that is incomplete and shorter than N needs a refill.
 *
 * How each operation keeps it:
 *   - a pair's new score qualifies (eligible, ≥ threshold) and (complete or score > floor) → it is kept or
 *     inserted; when the list is at capacity the lowest entry is evicted, the floor rises to its score
 *     (it is now the best outsider: every other outsider was ≤ the old floor ≤ it) and complete = 0;
 *   - otherwise the pair leaves (or stays out): it scores ≤ floor, or does not qualify, so the invariant
 *     holds with the floor unchanged; the list is one shorter, and needs a refill once it is incomplete
 *     and shorter than N. Lists hold up to `capacity` = N + N/4 (slack), so it takes several losses
 *     without gains for a refill to be needed;
 *   - a position's column (scores against every talent) or a talent's full row replaces that list
 *     outright: computed over all the other side, it is complete by construction (or truncated to
 *     `capacity` with the floor at its lowest kept score).
 *
 * Scores from different scoring paths (row vs column) may differ in the last float32 bits; the floor
 * comparisons are exact on whatever numbers were given.
 */

export interface BothWayListsOptions {
  /** N: how many entries each list serves. */
  serve: number;
  /** Entries each list holds (slack against refills); default N + ceil(N / 4). */
  capacity?: number;
  /** Pairs below this score never enter a list; default 0. */
  threshold?: number;
}

/** Flat top-k lists, rows of k entries best first, unused entries index -1 (as full-top-k.ts's TopKLists). */
export interface FlatLists {
  k: number;
  rows: number;
  indexes: Int32Array;
  scores: Float32Array;
}

/** Served list: ids best first (score descending, then id ascending). */
export interface ServedList {
  ids: string[];
  scores: Float32Array;
}

/** What an update did. */
export interface ListUpdate {
  /** Lists on the other side whose entries changed (a pair entered, left or changed score). */
  changed: number;
  /** Ids on the other side whose list needs a refill (incomplete and now shorter than N). */
  refill: string[];
}

/** One side: lists keyed by slot. */
class Side {
  capacity: number;
  slots = 0;
  others: Int32Array;
  scores: Float32Array;
  counts: Int32Array;
  floors: Float32Array;
  complete: Uint8Array;
  readonly slotOf = new Map<string, number>();
  idOf: (string | undefined)[] = [];
  /** Bumped whenever an id gets or loses a slot (cached id-order → slot maps go stale). */
  version = 0;
  private free: number[] = [];

  constructor(capacity: number, initialSlots: number) {
    this.capacity = capacity;
    const n = Math.max(16, initialSlots);
    this.others = new Int32Array(n * capacity).fill(-1);
    this.scores = new Float32Array(n * capacity);
    this.counts = new Int32Array(n);
    this.floors = new Float32Array(n);
    this.complete = new Uint8Array(n);
  }

  /** Slot count the arrays can hold. */
  get room(): number {
    return this.counts.length;
  }

  allocate(id: string, threshold: number): number {
    const known = this.slotOf.get(id);
    if (known !== undefined) return known;
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.slots++;
      if (slot >= this.room) this.grow(this.room * 2);
    }
    this.version++;
    this.slotOf.set(id, slot);
    this.idOf[slot] = id;
    this.counts[slot] = 0;
    this.floors[slot] = threshold;
    this.complete[slot] = 1;
    return slot;
  }

  release(slot: number): void {
    const id = this.idOf[slot];
    if (id !== undefined) this.slotOf.delete(id);
    this.version++;
    this.idOf[slot] = undefined;
    this.counts[slot] = 0;
    this.free.push(slot);
  }

  private grow(n: number): void {
    const c = this.capacity;
    const others = new Int32Array(n * c).fill(-1);
    others.set(this.others);
    const scores = new Float32Array(n * c);
    scores.set(this.scores);
    const counts = new Int32Array(n);
    counts.set(this.counts);
    const floors = new Float32Array(n);
    floors.set(this.floors);
    const complete = new Uint8Array(n);
    complete.set(this.complete);
    Object.assign(this, { others, scores, counts, floors, complete });
  }

  find(slot: number, other: number): number {
    const base = slot * this.capacity;
    const end = base + this.counts[slot];
    const others = this.others;
    for (let j = base; j < end; j++) if (others[j] === other) return j;
    return -1;
  }

  /** Removes the entry at flat index j of this slot's block (swap with the last). */
  removeAt(slot: number, j: number): void {
    const last = slot * this.capacity + --this.counts[slot];
    this.others[j] = this.others[last];
    this.scores[j] = this.scores[last];
    this.others[last] = -1;
  }

  /** Inserts (other, score), evicting the lowest entry when full (the floor rises to it). */
  insert(slot: number, other: number, score: number): void {
    const base = slot * this.capacity;
    const count = this.counts[slot];
    if (count < this.capacity) {
      this.others[base + count] = other;
      this.scores[base + count] = score;
      this.counts[slot] = count + 1;
      return;
    }
    let low = base;
    for (let j = base + 1; j < base + count; j++) if (this.scores[j] < this.scores[low]) low = j;
    if (this.scores[low] > score) {
      // Cannot happen under the admission rule unless the new pair is the lowest: it becomes the floor.
      this.floors[slot] = Math.max(this.floors[slot], score);
      this.complete[slot] = 0;
      return;
    }
    this.floors[slot] = this.scores[low];
    this.complete[slot] = 0;
    this.others[low] = other;
    this.scores[low] = score;
  }

  /** Replaces a slot's list with the best `capacity` of the given candidates (already filtered). */
  replace(slot: number, others: ArrayLike<number>, scores: ArrayLike<number>, count: number, knownComplete: boolean, threshold: number): void {
    const c = this.capacity;
    const base = slot * c;
    if (count <= c) {
      for (let j = 0; j < count; j++) {
        this.others[base + j] = others[j];
        this.scores[base + j] = scores[j];
      }
      for (let j = count; j < c; j++) this.others[base + j] = -1;
      this.counts[slot] = count;
      if (knownComplete) {
        this.complete[slot] = 1;
        this.floors[slot] = threshold;
      } else {
        this.complete[slot] = 0;
        let low = Infinity;
        for (let j = 0; j < count; j++) low = Math.min(low, scores[j]);
        this.floors[slot] = count > 0 ? low : threshold;
      }
      return;
    }
    const order = selectTop(scores, count, c);
    for (let j = 0; j < c; j++) {
      this.others[base + j] = others[order[j]];
      this.scores[base + j] = scores[order[j]];
    }
    this.counts[slot] = c;
    this.complete[slot] = 0;
    this.floors[slot] = scores[order[c - 1]];
  }

  /** Whether the list needs a refill to serve `serve` entries exactly. */
  needsRefill(slot: number, serve: number): boolean {
    return this.complete[slot] === 0 && this.counts[slot] < serve;
  }
}

/** Indexes of the `k` best of `scores[0..count)` (score descending, then index ascending). */
function selectTop(scores: ArrayLike<number>, count: number, k: number): Int32Array {
  const idx = new Int32Array(count);
  for (let i = 0; i < count; i++) idx[i] = i;
  const sorted = Array.from(idx).sort((a, b) => scores[b] - scores[a] || a - b);
  return Int32Array.from(sorted.slice(0, k));
}

export class BothWayLists {
  readonly serve: number;
  readonly capacity: number;
  readonly threshold: number;
  /** Talent slot → its row of positions. */
  private readonly talents: Side;
  /** Position slot → its list of talents. */
  private readonly positions: Side;
  /** Column order (engine talent order) → talent slot, for the last order seen. */
  private orderCache: { ids: readonly string[]; version: number; slots: Int32Array } | null = null;
  private positionOrderCache: { ids: readonly string[]; version: number; slots: Int32Array } | null = null;
  /** Scratch for building one list. */
  private candOthers = new Int32Array(0);
  private candScores = new Float32Array(0);

  constructor(talentIds: readonly string[], positionIds: readonly string[], options: BothWayListsOptions) {
    if (!(options.serve >= 1)) throw new RangeError('serve must be at least 1');
    this.serve = options.serve;
    this.capacity = Math.max(this.serve, options.capacity ?? this.serve + Math.ceil(this.serve / 4));
    this.threshold = Math.fround(options.threshold ?? 0);
    this.talents = new Side(this.capacity, talentIds.length + (talentIds.length >> 4));
    this.positions = new Side(this.capacity, positionIds.length + (positionIds.length >> 4));
    for (const id of talentIds) this.talents.allocate(id, this.threshold);
    for (const id of positionIds) this.positions.allocate(id, this.threshold);
  }

  /**
   * Lists from a full top-k in both directions (full-top-k.ts): `byTalent` rows in `talentIds` order with
   * indexes into `positionIds`, `byPosition` the other way round. A row of k entries (all used) is taken as
   * truncated (floor = its k-th score); a shorter one as complete. Entries below the threshold are dropped.
   */
  static fromFullTopK(
    full: { byTalent: FlatLists; byPosition: FlatLists },
    talentIds: readonly string[],
    positionIds: readonly string[],
    options: BothWayListsOptions,
  ): BothWayLists {
    const lists = new BothWayLists(talentIds, positionIds, options);
    const talentSlots = Int32Array.from(talentIds, (id) => lists.talents.slotOf.get(id)!);
    const positionSlots = Int32Array.from(positionIds, (id) => lists.positions.slotOf.get(id)!);
    for (let t = 0; t < talentIds.length; t++) lists.loadTop(lists.talents, talentSlots[t], full.byTalent, t, positionSlots);
    for (let p = 0; p < positionIds.length; p++) lists.loadTop(lists.positions, positionSlots[p], full.byPosition, p, talentSlots);
    return lists;
  }

  get talentCount(): number {
    return this.talents.slotOf.size;
  }

  get positionCount(): number {
    return this.positions.slotOf.size;
  }

  hasTalent(id: string): boolean {
    return this.talents.slotOf.has(id);
  }

  hasPosition(id: string): boolean {
    return this.positions.slotOf.has(id);
  }

  /** A talent's best positions (at most N), or undefined for an unknown talent. */
  positionsFor(talentId: string, limit = this.serve): ServedList | undefined {
    const slot = this.talents.slotOf.get(talentId);
    return slot === undefined ? undefined : this.served(this.talents, slot, this.positions, limit);
  }

  /** A position's best talents (at most N), or undefined for an unknown position. */
  talentsFor(positionId: string, limit = this.serve): ServedList | undefined {
    const slot = this.positions.slotOf.get(positionId);
    return slot === undefined ? undefined : this.served(this.positions, slot, this.talents, limit);
  }

  /** Whether a list currently needs a refill (incomplete and shorter than N). */
  talentNeedsRefill(talentId: string): boolean {
    const slot = this.talents.slotOf.get(talentId);
    return slot !== undefined && this.talents.needsRefill(slot, this.serve);
  }

  positionNeedsRefill(positionId: string): boolean {
    const slot = this.positions.slotOf.get(positionId);
    return slot !== undefined && this.positions.needsRefill(slot, this.serve);
  }

  /**
   * A position was added or edited: `scores`/`eligible` are its column over every talent, in `talentIds`
   * order (the engine's `talentIds()`; the same array object is mapped to slots once). Replaces the
   * position's list (complete by construction) and updates every talent row it enters, leaves or
   * rescores. Returns the talents whose row needs a refill. A talent of the order the lists did not know
   * yet gets an empty (complete) row first: give it its own row with `applyTalentRow`.
   */
  applyPositionColumn(positionId: string, scores: Float32Array, eligible: Uint8Array, talentIds: readonly string[]): ListUpdate {
    return this.applyLine(this.positions, this.talents, positionId, this.columnSlots(talentIds), scores, eligible);
  }

  /**
   * A talent was added or edited: `scores`/`eligible` are its row over every position, in `positionIds`
   * order (the engine's `positionIds()`). Replaces its row and updates the positions' lists. Returns the
   * positions whose list needs a refill.
   */
  applyTalentRow(talentId: string, scores: Float32Array, eligible: Uint8Array, positionIds: readonly string[]): ListUpdate {
    return this.applyLine(this.talents, this.positions, talentId, this.rowSlots(positionIds), scores, eligible);
  }

  /**
   * One entity's complete line of scores (a position's column, a talent's row): replaces its own list
   * (complete by construction) and updates every list of the other side it enters, leaves or rescores.
   */
  private applyLine(own: Side, other: Side, id: string, slots: Int32Array, scores: Float32Array, eligible: Uint8Array): ListUpdate {
    const self = own.allocate(id, this.threshold);
    const n = slots.length;
    const threshold = this.threshold;
    this.ensureScratch(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (eligible[i] === 1 && scores[i] >= threshold) {
        this.candOthers[count] = slots[i];
        this.candScores[count++] = scores[i];
      }
    }
    own.replace(self, this.candOthers, this.candScores, count, true, threshold);
    const refill: string[] = [];
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const o = slots[i];
      const outcome = this.updatePair(other, o, self, scores[i], eligible[i] === 1);
      if (outcome !== 0) {
        changed++;
        if (outcome === LEFT && other.needsRefill(o, this.serve)) refill.push(other.idOf[o]!);
      }
    }
    return { changed, refill };
  }

  /** A position was closed or deleted: its list goes, and it leaves every talent row. */
  removePosition(positionId: string): ListUpdate {
    const p = this.positions.slotOf.get(positionId);
    if (p === undefined) return { changed: 0, refill: [] };
    this.positions.release(p);
    return this.dropEverywhere(this.talents, p);
  }

  /** A talent was removed: its row goes, and it leaves every position's list. */
  removeTalent(talentId: string): ListUpdate {
    const t = this.talents.slotOf.get(talentId);
    if (t === undefined) return { changed: 0, refill: [] };
    this.talents.release(t);
    return this.dropEverywhere(this.positions, t);
  }

  /**
   * A talent's recomputed row: its exact k best eligible positions, best first (`indexes` into
   * `positionIds`, -1 padded, as ShardedEngine.rows / TopKLists). Fewer than k entries means complete.
   */
  refillTalentRow(talentId: string, positionIds: readonly string[], indexes: ArrayLike<number>, scores: ArrayLike<number>, k: number): void {
    const slot = this.talents.slotOf.get(talentId);
    if (slot === undefined) return;
    this.refill(this.talents, slot, this.rowSlots(positionIds), indexes, scores, k);
  }

  /** A position's recomputed list: its exact k best eligible talents, as `refillTalentRow`. */
  refillPositionList(positionId: string, talentIds: readonly string[], indexes: ArrayLike<number>, scores: ArrayLike<number>, k: number): void {
    const slot = this.positions.slotOf.get(positionId);
    if (slot === undefined) return;
    this.refill(this.positions, slot, this.columnSlots(talentIds), indexes, scores, k);
  }

  // ---- internals ----

  /**
   * Applies one pair's new score to the list `slot` of `side` (the other side's slot `other`). Returns 0
   * when the list did not change, ENTERED, LEFT or RESCORED.
   */
  private updatePair(side: Side, slot: number, other: number, score: number, eligible: boolean): number {
    const admitted = eligible && score >= this.threshold && (side.complete[slot] === 1 || score > side.floors[slot]);
    const j = side.find(slot, other);
    if (j >= 0) {
      if (admitted) {
        if (side.scores[j] === score) return 0;
        side.scores[j] = score;
        return RESCORED;
      }
      side.removeAt(slot, j);
      return LEFT;
    }
    if (!admitted) return 0;
    side.insert(slot, other, score);
    return ENTERED;
  }

  private dropEverywhere(side: Side, other: number): ListUpdate {
    const refill: string[] = [];
    let changed = 0;
    for (let s = 0; s < side.slots; s++) {
      if (side.counts[s] === 0) continue;
      const j = side.find(s, other);
      if (j < 0) continue;
      side.removeAt(s, j);
      changed++;
      if (side.needsRefill(s, this.serve)) refill.push(side.idOf[s]!);
    }
    return { changed, refill };
  }

  private refill(side: Side, slot: number, map: Int32Array, indexes: ArrayLike<number>, scores: ArrayLike<number>, k: number): void {
    this.ensureScratch(k);
    let count = 0;
    let used = 0;
    for (let j = 0; j < k && j < indexes.length; j++) {
      const i = indexes[j];
      if (i < 0) break;
      used++;
      const s = scores[j];
      if (s < this.threshold) continue;
      this.candOthers[count] = map[i];
      this.candScores[count++] = s;
    }
    // Complete when the list was not cut at k, or its last entry is already below the threshold.
    const complete = used < k || count < used;
    side.replace(slot, this.candOthers, this.candScores, count, complete, this.threshold);
  }

  private loadTop(side: Side, slot: number, lists: FlatLists, row: number, map: Int32Array): void {
    this.refill(side, slot, map, lists.indexes.subarray(row * lists.k, (row + 1) * lists.k), lists.scores.subarray(row * lists.k, (row + 1) * lists.k), lists.k);
  }

  private served(side: Side, slot: number, other: Side, limit: number): ServedList {
    const base = slot * side.capacity;
    const count = side.counts[slot];
    const entries = Array.from({ length: count }, (_, j) => base + j);
    entries.sort((a, b) => side.scores[b] - side.scores[a] || compareIds(other.idOf[side.others[a]]!, other.idOf[side.others[b]]!));
    const top = entries.slice(0, Math.min(limit, this.serve));
    return { ids: top.map((j) => other.idOf[side.others[j]]!), scores: Float32Array.from(top, (j) => side.scores[j]) };
  }

  /** Talent slots of a column order; the same array object (unchanged since) is mapped once. */
  private columnSlots(talentIds: readonly string[]): Int32Array {
    const c = this.orderCache;
    if (c && c.ids === talentIds && c.version === this.talents.version && c.slots.length === talentIds.length) return c.slots;
    const slots = this.slotsOf(this.talents, talentIds);
    this.orderCache = { ids: talentIds, version: this.talents.version, slots };
    return slots;
  }

  private rowSlots(positionIds: readonly string[]): Int32Array {
    const c = this.positionOrderCache;
    if (c && c.ids === positionIds && c.version === this.positions.version && c.slots.length === positionIds.length) return c.slots;
    const slots = this.slotsOf(this.positions, positionIds);
    this.positionOrderCache = { ids: positionIds, version: this.positions.version, slots };
    return slots;
  }

  /** Slots of ids (unknown ids are allocated: a talent or position first seen in an engine order). */
  private slotsOf(side: Side, ids: readonly string[]): Int32Array {
    return Int32Array.from(ids, (id) => side.allocate(id, this.threshold));
  }

  private ensureScratch(n: number): void {
    if (this.candOthers.length < n) {
      this.candOthers = new Int32Array(n);
      this.candScores = new Float32Array(n);
    }
  }
}

const ENTERED = 1;
const LEFT = 2;
const RESCORED = 3;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
