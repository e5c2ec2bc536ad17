/** Types for the benchmark peers that ship none (only the calls the benchmark makes). */
declare module 'natural/lib/natural/tfidf/tfidf' {
  class TfIdf {
    /** A token array is indexed as given (no tokenizer, no stop words). */
    addDocument(document: string | string[], key?: unknown): void;
    idf(term: string, force?: boolean): number;
    tfidfs(terms: string | string[]): number[];
  }
  export = TfIdf;
}

declare module 'wink-bm25-text-search' {
  interface WinkBM25 {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean;
    definePrepTasks(tasks: Array<(input: string) => unknown>): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    search(text: string, limit?: number): Array<[string, number]>;
  }
  function winkBM25(): WinkBM25;
  export = winkBM25;
}
