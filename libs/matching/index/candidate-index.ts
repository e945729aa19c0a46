import { Postings } from './postings.js';
import { TopK } from './top-k.js';

/**
 * What a document is filed under, and what a query looks for. Both sides use the same
 * key spaces (token ids, skill ids, certificate keys, occupation prefixes, region nodes),
 * so a seeker can query the position index and a position the seeker index.
 */
export interface CandidateKeys {
  /** Token ids with a per-document share (idf-free, so it survives IDF changes). */
  tokens: Int32Array;
  tokenShares: Float32Array;
  skills: Int32Array;
  certificates: readonly string[];
  /** Occupation code prefixes, e.g. 'o4:6-18-02-04', 'o3:6-18-02', 'o2:6-18'. */
  occupations: readonly string[];
  /** Region nodes, root first (the document's whole path). */
  regions: readonly string[];
}

export interface CandidateQuery {
  keys: CandidateKeys;
  /** Normalised TF-IDF weight per query token (aligned with keys.tokens). */
  tokenWeights: Float32Array;
  idf: Float64Array;
}

/**
 * Weights of the cheap pre-score that decides which candidates get fully scored. It only
 * has to put the pairs the full score likes best inside the candidate limit, so it mirrors
 * the full score's big terms: shared words, skills, certificates, occupation, nearness.
 */
const PRESCORE = {
  text: 4,
  skill: 1.5,
  certificate: 2,
  occupationByLevel: [0, 0, 0.3, 1, 2] as readonly number[],
  /** Own node, parent, grandparent, great-grandparent. */
  regionByStepsUp: [1.5, 1, 0.5, 0.25] as readonly number[],
};

export interface CandidateIndexOptions {
  /** Region levels above the query's own node that still bring candidates (the root never does). */
  regionLevels: number;
  /**
   * Text posting lists longer than this share of the documents are skipped: such a word is
   * in a large part of the corpus, says little and would cost the most to walk.
   */
  maxTextPostingShare: number;
}

export class CandidateIndex {
  private readonly text = new Postings<number>();
  private readonly skills = new Postings<number>();
  private readonly certificates = new Postings<string>();
  private readonly occupations = new Postings<string>();
  private readonly regions = new Postings<string>();
  private scores = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private touched = new Int32Array(1024);
  private generation = 0;
  private documents = 0;

  constructor(private readonly options: CandidateIndexOptions) {}

  get size(): number {
    return this.documents;
  }

  add(slot: number, keys: CandidateKeys): void {
    this.ensureCapacity(slot + 1);
    for (let i = 0; i < keys.tokens.length; i++) this.text.add(keys.tokens[i], slot, keys.tokenShares[i]);
    for (const skill of keys.skills) this.skills.add(skill, slot);
    for (const key of keys.certificates) this.certificates.add(key, slot);
    for (const key of keys.occupations) this.occupations.add(key, slot);
    for (const node of keys.regions) this.regions.add(node, slot);
    this.documents++;
  }

  remove(slot: number, keys: CandidateKeys): void {
    for (let i = 0; i < keys.tokens.length; i++) this.text.remove(keys.tokens[i], slot);
    for (const skill of keys.skills) this.skills.remove(skill, slot);
    for (const key of keys.certificates) this.certificates.remove(key, slot);
    for (const key of keys.occupations) this.occupations.remove(key, slot);
    for (const node of keys.regions) this.regions.remove(node, slot);
    this.documents--;
  }

  /**
   * The `limit` documents with the highest pre-score among those sharing at least one key
   * with the query and accepted by `alive`. Ties go to the smaller id, so the set does not
   * depend on slot numbers (i.e. on the order documents were indexed).
   */
  gather(query: CandidateQuery, limit: number, alive: (slot: number) => boolean, idOf: (slot: number) => string): number[] {
    const gen = this.nextGeneration();
    let count = 0;
    const scores = this.scores;
    const stamps = this.stamps;
    const touched = this.touched;
    const bump = (slots: number[], weights: number[] | null, amount: number): void => {
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        const add = weights ? amount * weights[i] : amount;
        if (stamps[slot] !== gen) {
          stamps[slot] = gen;
          scores[slot] = add;
          touched[count++] = slot;
        } else {
          scores[slot] += add;
        }
      }
    };

    const { keys, tokenWeights, idf } = query;
    const maxTextPosting = Math.max(50, this.options.maxTextPostingShare * this.documents);
    for (let i = 0; i < keys.tokens.length; i++) {
      const id = keys.tokens[i];
      const list = this.text.get(id);
      if (!list || list.slots.length > maxTextPosting) continue;
      const tokenIdf = id < idf.length ? idf[id] : 1;
      bump(list.slots, list.weights, PRESCORE.text * tokenWeights[i] * tokenIdf);
    }
    for (const skill of keys.skills) {
      const list = this.skills.get(skill);
      if (list) bump(list.slots, null, PRESCORE.skill);
    }
    for (const key of keys.certificates) {
      const list = this.certificates.get(key);
      if (list) bump(list.slots, null, PRESCORE.certificate);
    }
    for (const key of keys.occupations) {
      const list = this.occupations.get(key);
      const level = Number(key[1]);
      if (list) bump(list.slots, null, PRESCORE.occupationByLevel[level] ?? 0);
    }
    const path = keys.regions;
    const levels = Math.min(this.options.regionLevels, PRESCORE.regionByStepsUp.length - 1);
    for (let up = 0; up <= levels; up++) {
      const at = path.length - 1 - up;
      if (at < 1) break; // the root holds everything: no selectivity, only cost
      const list = this.regions.get(path[at]);
      if (list) bump(list.slots, null, PRESCORE.regionByStepsUp[up]);
    }

    if (count <= limit) {
      const all: number[] = [];
      for (let i = 0; i < count; i++) if (alive(touched[i])) all.push(touched[i]);
      return all;
    }
    const best = new TopK<number>(limit);
    for (let i = 0; i < count; i++) {
      const slot = touched[i];
      const score = scores[slot];
      if (!best.accepts(score, idOf(slot)) || !alive(slot)) continue;
      best.push(score, idOf(slot), slot);
    }
    return best.drain().map((entry) => entry.item);
  }

  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.scores.length) return;
    let capacity = this.scores.length;
    while (capacity < size) capacity *= 2;
    const scores = new Float64Array(capacity);
    scores.set(this.scores);
    const stamps = new Uint32Array(capacity);
    stamps.set(this.stamps);
    this.scores = scores;
    this.stamps = stamps;
    this.touched = new Int32Array(capacity);
  }
}

/** Occupation prefixes a code is filed under (and looked up by): 2, 3 and 4 segments. */
export const occupationKeys = (segments: readonly string[] | null): string[] => {
  if (!segments) return [];
  const keys: string[] = [];
  for (let level = 2; level <= Math.min(4, segments.length); level++) {
    keys.push(`o${level}:${segments.slice(0, level).join('-')}`);
  }
  return keys;
};
