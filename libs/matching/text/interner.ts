/** Strings → dense integer ids, so hot loops compare numbers, not strings. */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}
