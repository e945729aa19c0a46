import { CELL_SIZES_DEG, neighbourhoodCells } from './geo-cells.js';
import { Postings } from './postings.js';
import { kthLargest } from './select.js';

/**
 * What a document is filed under, and what a query looks for. Both sides use the same
 * key spaces (token ids, skill ids, certificate keys, occupation prefixes, region nodes,
 * map cells), so a seeker can query the position index and a position the seeker index.
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
  /** Map cells of the document's coordinates, one per cell size (none without coordinates). */
  cells: readonly string[];
  lat: number;
  lng: number;
}

export interface CandidateQuery {
  keys: CandidateKeys;
  /** Normalised TF-IDF weight per query token (aligned with keys.tokens). */
  tokenWeights: Float32Array;
  idf: Float64Array;
  /** Token ids always looked up, strong or not: the titles a seeker asked for. */
  requiredTokens?: Int32Array;
}

/**
 * Weights of the cheap pre-score that decides which candidates get fully scored. It only
 * has to put the pairs the full score likes best inside the candidate limit, so it mirrors
 * the full score: a "what" part (shared words, skills, certificates, occupation) and a
 * "where" part (region nodes, map cells), multiplied as the full score multiplies the
 * seeker's and the employer's side, so neither a near job of another trade nor a far job
 * of the same trade crowds out a near job of the same trade.
 */
const PRESCORE = {
  text: 4,
  skill: 1.5,
  certificate: 2,
  /** By shared code segments; 2 (a middle group) is filed but not looked up: too broad to be worth walking. */
  occupationByLevel: [0, 0, 0, 1, 2] as readonly number[],
  /** Own node, parent, grandparent. */
  regionByStepsUp: [1.5, 1, 0.5] as readonly number[],
  /** 3 × 3 block of small cells, then of large cells. */
  cellByLevel: [1.5, 0.75] as readonly number[],
  /** Added to each part before multiplying, so a document strong on one part still counts. */
  whatFloor: 0.5,
  whereFloor: 0.5,
};

export interface CandidateIndexOptions {
  /** Region levels above the query's own node that still bring candidates (the root never does). */
  regionLevels: number;
  /** Map cell sizes the query visits, smallest first (0 = none). */
  cellLevels: number;
  /**
   * Text posting lists longer than this share of the documents are skipped: such a word is
   * in a large part of the corpus, says little and would cost the most to walk.
   */
  maxTextPostingShare: number;
  /** Only the query's strongest tokens (by TF-IDF weight × IDF) are looked up. */
  maxQueryTokens: number;
}

export class CandidateIndex {
  private readonly text = new Postings<number>();
  private readonly skills = new Postings<number>();
  private readonly certificates = new Postings<string>();
  private readonly occupations = new Postings<string>();
  private readonly regions = new Postings<string>();
  private readonly cells = new Postings<string>();
  private what = new Float64Array(1024);
  private where = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private touched = new Int32Array(1024);
  private liveUntil = new Float64Array(1024);
  private prior = new Float64Array(1024);
  private aliveSlots = new Int32Array(1024);
  private aliveScores = new Float64Array(1024);
  private selectScratch = new Float64Array(1024);
  private generation = 0;
  private documents = 0;
  /** Work done by gather, for benchmarks: posting entries walked and documents touched. */
  readonly work = { queries: 0, postingsWalked: 0, touched: 0 };

  constructor(private readonly options: CandidateIndexOptions) {}

  get size(): number {
    return this.documents;
  }

  /**
   * Files a document. `liveUntilMs`: until when it may be a candidate at all (a position's
   * expiry, 0 when it is not open; Infinity for a matchable seeker), so dead documents are
   * dropped with one array read instead of a call per touched slot. `prior`: what the full
   * score does to the document whatever the query (freshness, congestion), as a factor.
   */
  add(slot: number, keys: CandidateKeys, liveUntilMs: number, prior = 1): void {
    this.ensureCapacity(slot + 1);
    this.liveUntil[slot] = liveUntilMs;
    this.prior[slot] = prior;
    for (let i = 0; i < keys.tokens.length; i++) this.text.add(keys.tokens[i], slot, keys.tokenShares[i]);
    for (const skill of keys.skills) this.skills.add(skill, slot);
    for (const key of keys.certificates) this.certificates.add(key, slot);
    for (const key of keys.occupations) this.occupations.add(key, slot);
    for (const node of keys.regions) this.regions.add(node, slot);
    for (const cell of keys.cells) this.cells.add(cell, slot);
    this.documents++;
  }

  remove(slot: number, keys: CandidateKeys): void {
    this.liveUntil[slot] = 0;
    for (let i = 0; i < keys.tokens.length; i++) this.text.remove(keys.tokens[i], slot);
    for (const skill of keys.skills) this.skills.remove(skill, slot);
    for (const key of keys.certificates) this.certificates.remove(key, slot);
    for (const key of keys.occupations) this.occupations.remove(key, slot);
    for (const node of keys.regions) this.regions.remove(node, slot);
    for (const cell of keys.cells) this.cells.remove(cell, slot);
    this.documents--;
  }

  /**
   * The `limit` documents with the highest pre-score among those sharing at least one key
   * with the query and live at `nowMs`. Ties go to the smaller id, so the set does not
   * depend on slot numbers (i.e. on the order documents were indexed).
   */
  gather(query: CandidateQuery, limit: number, nowMs: number, idOf: (slot: number) => string): number[] {
    const gen = this.nextGeneration();
    const stamps = this.stamps;
    const touched = this.touched;
    const what = this.what;
    const where = this.where;
    let count = 0;
    let walked = 0;
    const bump = (slots: number[], weights: number[] | null, amount: number, target: Float64Array): void => {
      walked += slots.length;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        const add = weights ? amount * weights[i] : amount;
        if (stamps[slot] !== gen) {
          stamps[slot] = gen;
          what[slot] = 0;
          where[slot] = 0;
          touched[count++] = slot;
        }
        target[slot] += add;
      }
    };

    const { keys, tokenWeights, idf } = query;
    const maxTextPosting = Math.max(200, this.options.maxTextPostingShare * this.documents);
    for (const i of queryTokens(keys.tokens, tokenWeights, idf, this.options.maxQueryTokens, query.requiredTokens)) {
      const id = keys.tokens[i];
      const list = this.text.get(id);
      if (!list || list.slots.length > maxTextPosting) continue;
      const tokenIdf = id < idf.length ? idf[id] : 1;
      bump(list.slots, list.weights, PRESCORE.text * tokenWeights[i] * tokenIdf, what);
    }
    for (const skill of keys.skills) {
      const list = this.skills.get(skill);
      if (list) bump(list.slots, null, PRESCORE.skill, what);
    }
    for (const key of keys.certificates) {
      const list = this.certificates.get(key);
      if (list) bump(list.slots, null, PRESCORE.certificate, what);
    }
    for (const key of keys.occupations) {
      const weight = PRESCORE.occupationByLevel[Number(key[1])] ?? 0;
      const list = weight > 0 ? this.occupations.get(key) : undefined;
      if (list) bump(list.slots, null, weight, what);
    }
    const path = keys.regions;
    const levels = Math.min(this.options.regionLevels, PRESCORE.regionByStepsUp.length - 1);
    for (let up = 0; up <= levels; up++) {
      const at = path.length - 1 - up;
      if (at < 1) break; // the root holds everything: no selectivity, only cost
      const list = this.regions.get(path[at]);
      if (list) bump(list.slots, null, PRESCORE.regionByStepsUp[up], where);
    }
    if (keys.lat === keys.lat && keys.lng === keys.lng) {
      const cellLevels = Math.min(this.options.cellLevels, CELL_SIZES_DEG.length);
      for (let level = 0; level < cellLevels; level++) {
        for (const cell of neighbourhoodCells(level, keys.lat, keys.lng)) {
          const list = this.cells.get(cell);
          if (list) bump(list.slots, null, PRESCORE.cellByLevel[level], where);
        }
      }
    }

    this.work.queries++;
    this.work.postingsWalked += walked;
    this.work.touched += count;
    // Keep the live ones, then cut at the limit-th best pre-score. Only the documents tied
    // exactly at the cut are ordered by id, so strings are rarely compared.
    const slots = this.aliveSlots;
    const values = this.aliveScores;
    const liveUntil = this.liveUntil;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const slot = touched[i];
      if (liveUntil[slot] <= nowMs) continue;
      slots[n] = slot;
      values[n++] = (what[slot] + PRESCORE.whatFloor) * (where[slot] + PRESCORE.whereFloor) * this.prior[slot];
    }
    // Returned in slot order: documents were allocated roughly in slot order, so scoring
    // them in that order walks memory forwards (measurably fewer cache misses).
    if (n <= limit) return Array.from(slots.subarray(0, n)).sort((a, b) => a - b);
    const cut = kthLargest(values, n, limit, this.selectScratch);
    const chosen: number[] = [];
    const tied: number[] = [];
    for (let i = 0; i < n; i++) {
      if (values[i] > cut) chosen.push(slots[i]);
      else if (values[i] === cut) tied.push(slots[i]);
    }
    if (chosen.length + tied.length > limit) {
      tied.sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
    }
    for (let i = 0; chosen.length < limit && i < tied.length; i++) chosen.push(tied[i]);
    return chosen.sort((a, b) => a - b);
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
    if (size <= this.stamps.length) return;
    let capacity = this.stamps.length;
    while (capacity < size) capacity *= 2;
    const grow = <T extends Float64Array | Uint32Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old as never);
      return fresh;
    };
    this.what = grow(this.what, new Float64Array(capacity));
    this.where = grow(this.where, new Float64Array(capacity));
    this.stamps = grow(this.stamps, new Uint32Array(capacity));
    this.liveUntil = grow(this.liveUntil, new Float64Array(capacity));
    this.prior = grow(this.prior, new Float64Array(capacity));
    this.touched = new Int32Array(capacity);
    this.aliveSlots = new Int32Array(capacity);
    this.aliveScores = new Float64Array(capacity);
    this.selectScratch = new Float64Array(capacity);
  }
}

/**
 * Indexes of the tokens to look up: the `max` with the largest weight × idf, plus every
 * required one (all of them when there are few).
 */
const queryTokens = (
  tokens: Int32Array,
  weights: Float32Array,
  idf: Float64Array,
  max: number,
  required: Int32Array | undefined,
): number[] => {
  const order = Array.from(tokens.keys());
  if (order.length <= max) return order;
  const value = (i: number): number => weights[i] * (tokens[i] < idf.length ? idf[tokens[i]] : 1);
  const chosen = order.sort((a, b) => value(b) - value(a) || tokens[a] - tokens[b]).slice(0, max);
  if (required?.length) {
    const taken = new Set(chosen.map((i) => tokens[i]));
    for (let i = 0; i < tokens.length; i++) {
      if (!taken.has(tokens[i]) && required.includes(tokens[i])) chosen.push(i);
    }
  }
  return chosen;
};

/** Occupation prefixes a code is filed under (and looked up by): 2, 3 and 4 segments. */
export const occupationKeys = (segments: readonly string[] | null): string[] => {
  if (!segments) return [];
  const keys: string[] = [];
  for (let level = 2; level <= Math.min(4, segments.length); level++) {
    keys.push(`o${level}:${segments.slice(0, level).join('-')}`);
  }
  return keys;
};
