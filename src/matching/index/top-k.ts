/**
 * Bounded selection of the k best (score, doc) pairs with a binary min-heap: O(n log k), no sort of all
 * candidates. Order: higher score first; equal scores by lower document index (deterministic).
 */
export class TopKHeap {
  private readonly scores: Float64Array;
  private readonly docs: Int32Array;
  private n = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(Math.max(1, capacity));
    this.docs = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.n;
  }

  /** Score of the current worst kept entry (meaningful once the heap is full). */
  get worstScore(): number {
    return this.scores[0];
  }

  clear(): void {
    this.n = 0;
  }

  /** Offer a candidate; kept only if it beats the current worst of a full heap. */
  push(doc: number, score: number): void {
    if (this.capacity <= 0) return;
    if (this.n < this.capacity) {
      this.scores[this.n] = score;
      this.docs[this.n] = doc;
      this.up(this.n++);
    } else if (worse(this.scores[0], this.docs[0], score, doc)) {
      this.scores[0] = score;
      this.docs[0] = doc;
      this.down(0);
    }
  }

  /** Drain into arrays ordered best first; the heap is empty afterwards. */
  drain(): { docs: Int32Array; scores: Float32Array } {
    const count = this.n;
    const docs = new Int32Array(count);
    const scores = new Float32Array(count);
    for (let i = count - 1; i >= 0; i--) {
      docs[i] = this.docs[0];
      scores[i] = this.scores[0];
      this.n--;
      if (this.n > 0) {
        this.scores[0] = this.scores[this.n];
        this.docs[0] = this.docs[this.n];
        this.down(0);
      }
    }
    return { docs, scores };
  }

  /**
   * Drain best first into `docs`/`scores` from `offset` (no allocation, for many small heaps in a row);
   * slots past the heap's size are set to -1 / NaN. Returns the number written.
   */
  drainInto(docs: Int32Array, scores: Float32Array, offset: number, slots = this.capacity): number {
    const count = this.n;
    for (let i = count; i < slots; i++) {
      docs[offset + i] = -1;
      scores[offset + i] = NaN;
    }
    for (let i = count - 1; i >= 0; i--) {
      docs[offset + i] = this.docs[0];
      scores[offset + i] = this.scores[0];
      this.n--;
      if (this.n > 0) {
        this.scores[0] = this.scores[this.n];
        this.docs[0] = this.docs[this.n];
        this.down(0);
      }
    }
    return count;
  }

  private up(i: number): void {
    const s = this.scores[i];
    const d = this.docs[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(s, d, this.scores[p], this.docs[p])) break;
      this.scores[i] = this.scores[p];
      this.docs[i] = this.docs[p];
      i = p;
    }
    this.scores[i] = s;
    this.docs[i] = d;
  }

  private down(i: number): void {
    const s = this.scores[i];
    const d = this.docs[i];
    const n = this.n;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && worse(this.scores[r], this.docs[r], this.scores[l], this.docs[l]) ? r : l;
      if (!worse(this.scores[c], this.docs[c], s, d)) break;
      this.scores[i] = this.scores[c];
      this.docs[i] = this.docs[c];
      i = c;
    }
    this.scores[i] = s;
    this.docs[i] = d;
  }
}

/** a ranks below b. */
function worse(sa: number, da: number, sb: number, db: number): boolean {
  return sa < sb || (sa === sb && da > db);
}

/** The k best entries of a dense score array (all documents are candidates, zero scores included). */
export function topKOfScores(scores: ArrayLike<number>, k: number): { docs: Int32Array; scores: Float32Array } {
  const heap = new TopKHeap(Math.min(k, scores.length));
  for (let d = 0; d < scores.length; d++) heap.push(d, scores[d]);
  return heap.drain();
}

/**
 * Many bounded top-k heaps (one per row, e.g. per position in a full recompute) in flat typed arrays:
 * no object per heap, so pushing into a random row touches two cache lines instead of chasing pointers.
 * Same order as TopKHeap (higher score first; equal scores by lower document index).
 */
export class TopKHeaps {
  /** Per row: the worst kept score once the row holds k entries, -Infinity before (a candidate must beat it). */
  readonly floors: Float32Array;
  private readonly scores: Float32Array;
  private readonly docs: Int32Array;
  private readonly sizes: Int32Array;

  constructor(
    readonly rows: number,
    readonly k: number,
  ) {
    this.floors = new Float32Array(rows).fill(-Infinity);
    this.scores = new Float32Array(rows * k);
    this.docs = new Int32Array(rows * k);
    this.sizes = new Int32Array(rows);
  }

  push(row: number, doc: number, score: number): void {
    const { scores, docs, k } = this;
    const base = row * k;
    const n = this.sizes[row];
    if (n < k) {
      // Sift up from the new leaf.
      let i = n;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(score, doc, scores[base + parent], docs[base + parent])) break;
        scores[base + i] = scores[base + parent];
        docs[base + i] = docs[base + parent];
        i = parent;
      }
      scores[base + i] = score;
      docs[base + i] = doc;
      this.sizes[row] = n + 1;
      if (n + 1 === k) this.floors[row] = scores[base];
      return;
    }
    if (!worse(scores[base], docs[base], score, doc)) return;
    // Replace the root (the worst) and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= k) break;
      const r = l + 1;
      const c = r < k && worse(scores[base + r], docs[base + r], scores[base + l], docs[base + l]) ? r : l;
      if (!worse(scores[base + c], docs[base + c], score, doc)) break;
      scores[base + i] = scores[base + c];
      docs[base + i] = docs[base + c];
      i = c;
    }
    scores[base + i] = score;
    docs[base + i] = doc;
    this.floors[row] = scores[base];
  }

  /** Row `row`, best first, into `docs`/`scores` from `offset`; unused slots -1 / NaN. The row is emptied. */
  drainInto(row: number, outDocs: Int32Array, outScores: Float32Array, offset: number): void {
    const heap = new TopKHeap(this.k);
    const base = row * this.k;
    for (let i = 0; i < this.sizes[row]; i++) heap.push(this.docs[base + i], this.scores[base + i]);
    heap.drainInto(outDocs, outScores, offset, this.k);
    this.sizes[row] = 0;
    this.floors[row] = -Infinity;
  }
}
