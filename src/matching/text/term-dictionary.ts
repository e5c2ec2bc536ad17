/**
 * Interns terms to dense integer ids so the index and the scorers work on typed arrays, never strings.
 * Ids are assigned in first-seen order and never change; an index built over the first n ids ignores
 * ids ≥ n (terms seen only in queries).
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /** The id of a known term, or -1. */
  get(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? -1 : id;
  }

  term(id: number): string {
    return this.terms[id];
  }

  /** Ids of all tokens, interning new ones (used when indexing documents). */
  internAll(tokens: readonly string[]): Uint32Array {
    const out = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.intern(tokens[i]);
    return out;
  }

  /** Ids of the known tokens only (used for queries, so they do not grow the dictionary). */
  lookupAll(tokens: readonly string[]): Uint32Array {
    const out: number[] = [];
    for (const t of tokens) {
      const id = this.ids.get(t);
      if (id !== undefined) out.push(id);
    }
    return Uint32Array.from(out);
  }
}
