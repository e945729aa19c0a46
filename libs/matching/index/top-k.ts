/**
 * Keeps the k best (score, id) entries seen, best = higher score, then smaller id, so the
 * result never depends on the order candidates were visited. A binary min-heap whose
 * root is the current worst; O(n log k), no sorting of the full candidate list.
 */
export class TopK<T> {
  private readonly scores: number[] = [];
  private readonly ids: string[] = [];
  private readonly items: T[] = [];

  constructor(private readonly k: number) {}

  get size(): number {
    return this.scores.length;
  }

  /** True when (score, id) would enter the heap; lets callers skip building the item. */
  accepts(score: number, id: string): boolean {
    if (this.k <= 0) return false;
    if (this.scores.length < this.k) return true;
    return this.better(score, id, this.scores[0], this.ids[0]);
  }

  push(score: number, id: string, item: T): void {
    if (!this.accepts(score, id)) return;
    if (this.scores.length < this.k) {
      this.scores.push(score);
      this.ids.push(id);
      this.items.push(item);
      this.siftUp(this.scores.length - 1);
    } else {
      this.scores[0] = score;
      this.ids[0] = id;
      this.items[0] = item;
      this.siftDown(0);
    }
  }

  /** Best first. */
  drain(): { score: number; id: string; item: T }[] {
    const out = this.scores.map((score, i) => ({ score, id: this.ids[i], item: this.items[i] }));
    out.sort((a, b) => (this.better(a.score, a.id, b.score, b.id) ? -1 : 1));
    return out;
  }

  private better(scoreA: number, idA: string, scoreB: number, idB: string): boolean {
    return scoreA > scoreB || (scoreA === scoreB && idA < idB);
  }

  private swap(i: number, j: number): void {
    [this.scores[i], this.scores[j]] = [this.scores[j], this.scores[i]];
    [this.ids[i], this.ids[j]] = [this.ids[j], this.ids[i]];
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // min-heap on "goodness": the parent must be worse than the child
      if (this.better(this.scores[parent], this.ids[parent], this.scores[i], this.ids[i])) {
        this.swap(i, parent);
        i = parent;
      } else break;
    }
  }

  private siftDown(i: number): void {
    const n = this.scores.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.better(this.scores[worst], this.ids[worst], this.scores[l], this.ids[l])) worst = l;
      if (r < n && this.better(this.scores[worst], this.ids[worst], this.scores[r], this.ids[r])) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
