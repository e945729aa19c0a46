/**
 * Posting lists: for each key, the slots of the documents that have it, with a weight.
 * Plain growable arrays rather than typed ones because upserts append and removals
 * swap-remove; walking them is the same cost.
 */
export class Postings<K extends string | number> {
  private readonly lists = new Map<K, { slots: number[]; weights: number[] }>();

  add(key: K, slot: number, weight = 1): void {
    let list = this.lists.get(key);
    if (!list) {
      list = { slots: [], weights: [] };
      this.lists.set(key, list);
    }
    list.slots.push(slot);
    list.weights.push(weight);
  }

  remove(key: K, slot: number): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = list.slots.lastIndexOf(slot);
    if (at < 0) return;
    const last = list.slots.length - 1;
    list.slots[at] = list.slots[last];
    list.weights[at] = list.weights[last];
    list.slots.pop();
    list.weights.pop();
    if (list.slots.length === 0) this.lists.delete(key);
  }

  get(key: K): { slots: number[]; weights: number[] } | undefined {
    return this.lists.get(key);
  }

  get keyCount(): number {
    return this.lists.size;
  }
}
