/**
 * Interns tokens to dense integer ids and keeps document frequencies over the position
 * corpus. Integer ids let vectors live in typed arrays and be compared by a merge of two
 * sorted arrays instead of string hashing in the scoring loop.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly tokens: string[] = [];
  private documentFrequency = new Int32Array(1024);
  private documents = 0;
  private idfCache = new Float64Array(0);
  private idfDirty = true;
  /** Bumped whenever IDF changes, so cached document vectors know they are stale. */
  private currentEpoch = 0;

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(token, id);
      this.tokens.push(token);
      if (id >= this.documentFrequency.length) {
        const grown = new Int32Array(this.documentFrequency.length * 2);
        grown.set(this.documentFrequency);
        this.documentFrequency = grown;
      }
    }
    return id;
  }

  lookup(token: string): number | undefined {
    return this.ids.get(token);
  }

  token(id: number): string {
    return this.tokens[id];
  }

  get size(): number {
    return this.tokens.length;
  }

  get documentCount(): number {
    return this.documents;
  }

  get epoch(): number {
    if (this.idfDirty) this.refreshIdf();
    return this.currentEpoch;
  }

  /** Counts (sign = +1) or uncounts (-1) one document whose distinct term ids are given. */
  countDocument(termIds: ArrayLike<number>, sign: 1 | -1): void {
    for (let i = 0; i < termIds.length; i++) this.documentFrequency[termIds[i]] += sign;
    this.documents += sign;
    this.idfDirty = true;
  }

  df(id: number): number {
    return id < this.documentFrequency.length ? this.documentFrequency[id] : 0;
  }

  /**
   * BM25's IDF: always positive, and a term found in no position gets the highest value
   * (it cannot match anything, but it still says the seeker's text is about something else).
   */
  idf(id: number): number {
    if (this.idfDirty) this.refreshIdf();
    return id < this.idfCache.length ? this.idfCache[id] : this.maxIdf();
  }

  idfTable(): Float64Array {
    if (this.idfDirty) this.refreshIdf();
    return this.idfCache;
  }

  private maxIdf(): number {
    const n = this.documents;
    return Math.log(1 + (n + 0.5) / 0.5);
  }

  private refreshIdf(): void {
    const n = this.documents;
    const table = new Float64Array(Math.max(this.tokens.length, 1024));
    for (let id = 0; id < table.length; id++) {
      const df = id < this.documentFrequency.length ? this.documentFrequency[id] : 0;
      table[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    this.idfCache = table;
    this.idfDirty = false;
    this.currentEpoch++;
  }
}
