import { instantMs } from './dates.js';
import { checkEligibility, positionIsOpen, seekerIsMatchable } from './eligibility.js';
import { explainFeatures, featureRecord } from './explain.js';
import { CandidateIndex, occupationKeys, type CandidateKeys, type CandidateQuery } from './index/candidate-index.js';
import { TopK } from './index/top-k.js';
import { preparePosition, prepareSeeker, type PrepareContext, type PreparedPosition, type PreparedSeeker } from './prepare.js';
import { computeFeatures, newFeatureVector, roundScore, Scorer } from './score.js';
import { weightBag, type SparseVector, type TermBag } from './text/sparse-vector.js';
import { Vocabulary } from './text/vocabulary.js';
import type { Gap, Match, PositionInput, SeekerInput } from './types.js';
import { ENGINE_VERSION } from './version.js';
import { DEFAULT_WEIGHTS, parseWeights, type MatchingWeights } from './weights.js';

export interface MatchingEngineOptions {
  /** The engine never reads the clock: expiry, freshness and certificate validity use this. */
  now: Date | string | number;
  /** Plain object, e.g. parsed config/matching-weights.json; missing keys keep their defaults. */
  weights?: unknown;
  /** Candidates fully scored per query after the cheap pre-score (default 300). */
  candidateLimit?: number;
  /** Region-tree levels above the query's own node that bring candidates (default 3). */
  candidateRegionLevels?: number;
  /** Text postings longer than this share of documents are not walked (default 0.2). */
  maxTextPostingShare?: number;
}

export interface RecommendOptions {
  /** How many matches to return (default 20). */
  limit?: number;
  /** Score every indexed document instead of the candidates (evaluation, small sets). */
  exhaustive?: boolean;
}

/** A ranked position without its explanation (cheap; explain the ones you show). */
export interface RankedPosition {
  positionId: string;
  score: number;
}

export interface EngineStats {
  /** Seeker × position pairs that went through the full score (rules + features). */
  pairsScored: number;
  queries: number;
}

const DEFAULT_LIMIT = 20;

/**
 * The recommendation engine: positions and seekers are indexed once (tokenised,
 * interned, filed in inverted indexes); each query gathers the documents that share
 * something with it, scores only those, and returns the best with reasons and gaps.
 * Not thread-safe; one engine per worker.
 */
export class MatchingEngine {
  readonly weights: MatchingWeights;
  readonly stats: EngineStats = { pairsScored: 0, queries: 0 };

  private nowMs: number;
  private readonly scorer: Scorer;
  private readonly candidateLimit: number;
  private readonly vocabulary = new Vocabulary();
  private readonly skillIds = new Map<string, number>();
  private readonly context: PrepareContext;
  private readonly features = newFeatureVector();

  private readonly positions: (PreparedPosition | undefined)[] = [];
  private readonly positionKeys: (CandidateKeys | undefined)[] = [];
  private readonly positionSlots = new Map<string, number>();
  private readonly freePositionSlots: number[] = [];
  private readonly positionIndex: CandidateIndex;

  private readonly seekers: (PreparedSeeker | undefined)[] = [];
  private readonly seekerKeys: (CandidateKeys | undefined)[] = [];
  private readonly seekerSlots = new Map<string, number>();
  private readonly freeSeekerSlots: number[] = [];
  private readonly seekerIndex: CandidateIndex;

  constructor(options: MatchingEngineOptions) {
    this.weights = options.weights === undefined ? parseWeights({}, DEFAULT_WEIGHTS) : parseWeights(options.weights);
    this.scorer = new Scorer(this.weights);
    this.nowMs = instantMs(options.now);
    if (!Number.isFinite(this.nowMs)) throw new Error('MatchingEngine: `now` is not a valid date');
    this.candidateLimit = options.candidateLimit ?? 300;
    const indexOptions = {
      regionLevels: options.candidateRegionLevels ?? 3,
      maxTextPostingShare: options.maxTextPostingShare ?? 0.2,
    };
    this.positionIndex = new CandidateIndex(indexOptions);
    this.seekerIndex = new CandidateIndex(indexOptions);
    this.context = {
      vocabulary: this.vocabulary,
      skillId: (skill) => {
        let id = this.skillIds.get(skill);
        if (id === undefined) {
          id = this.skillIds.size;
          this.skillIds.set(skill, id);
        }
        return id;
      },
    };
  }

  get version(): string {
    return ENGINE_VERSION;
  }

  get positionCount(): number {
    return this.positionSlots.size;
  }

  get seekerCount(): number {
    return this.seekerSlots.size;
  }

  setNow(now: Date | string | number): void {
    this.nowMs = instantMs(now);
  }

  resetStats(): void {
    this.stats.pairsScored = 0;
    this.stats.queries = 0;
  }

  // ---- indexing ---------------------------------------------------------------------

  indexPositions(positions: Iterable<PositionInput>): void {
    for (const position of positions) this.upsertPosition(position);
  }

  indexSeekers(seekers: Iterable<SeekerInput>): void {
    for (const seeker of seekers) this.upsertSeeker(seeker);
  }

  upsertPosition(input: PositionInput): void {
    this.removePosition(input.id);
    const slot = this.freePositionSlots.pop() ?? this.positions.length;
    const position = preparePosition(input, slot, this.context);
    const keys = positionCandidateKeys(position);
    this.positions[slot] = position;
    this.positionKeys[slot] = keys;
    this.positionSlots.set(input.id, slot);
    this.vocabulary.countDocument(position.bag.ids, 1);
    this.positionIndex.add(slot, keys);
  }

  removePosition(id: string): boolean {
    const slot = this.positionSlots.get(id);
    if (slot === undefined) return false;
    const position = this.positions[slot]!;
    this.positionIndex.remove(slot, this.positionKeys[slot]!);
    this.vocabulary.countDocument(position.bag.ids, -1);
    this.positions[slot] = undefined;
    this.positionKeys[slot] = undefined;
    this.positionSlots.delete(id);
    this.freePositionSlots.push(slot);
    return true;
  }

  upsertSeeker(input: SeekerInput): void {
    this.removeSeeker(input.id);
    const slot = this.freeSeekerSlots.pop() ?? this.seekers.length;
    const seeker = prepareSeeker(input, slot, this.context);
    const keys = seekerCandidateKeys(seeker);
    this.seekers[slot] = seeker;
    this.seekerKeys[slot] = keys;
    this.seekerSlots.set(input.id, slot);
    this.seekerIndex.add(slot, keys);
  }

  removeSeeker(id: string): boolean {
    const slot = this.seekerSlots.get(id);
    if (slot === undefined) return false;
    this.seekerIndex.remove(slot, this.seekerKeys[slot]!);
    this.seekers[slot] = undefined;
    this.seekerKeys[slot] = undefined;
    this.seekerSlots.delete(id);
    this.freeSeekerSlots.push(slot);
    return true;
  }

  // ---- queries ----------------------------------------------------------------------

  /** Best eligible positions for a seeker (indexed or not), best first. */
  recommendForSeeker(input: SeekerInput, options: RecommendOptions = {}): Match[] {
    const seeker = this.seekerFor(input);
    return this.recommendPrepared(seeker, options);
  }

  /** Like recommendForSeeker but ids and scores only: for evaluation and bulk ranking. */
  rankPositionsForSeeker(input: SeekerInput, options: RecommendOptions = {}): RankedPosition[] {
    return this.topPositions(this.seekerFor(input), options).map(({ score, item }) => ({ positionId: item.id, score }));
  }

  /** Best eligible seekers for a position (indexed or not), best first. */
  candidatesForPosition(input: PositionInput, options: RecommendOptions = {}): Match[] {
    const position = this.positionFor(input);
    this.stats.queries++;
    if (!positionIsOpen(position, this.nowMs)) return [];
    this.refresh(position);
    const slots = options.exhaustive
      ? this.aliveSlots(this.seekers, (s) => this.seekerAlive(s))
      : this.seekerIndex.gather(
          this.queryOf(this.positionKeys[position.slot] ?? positionCandidateKeys(position), position.vector),
          this.candidateLimit,
          (s) => this.seekerAlive(s),
          (s) => this.seekers[s]!.id,
        );
    const top = new TopK<PreparedSeeker>(options.limit ?? DEFAULT_LIMIT);
    for (const slot of slots) {
      const seeker = this.seekers[slot]!;
      const score = this.scorePair(seeker, position);
      if (score >= 0) top.push(score, seeker.id, seeker);
    }
    return top.drain().map(({ item }) => this.buildMatch(item, position));
  }

  /** The full story of one pair, eligible or not: every rule breached, every feature, every reason. */
  explain(seekerInput: SeekerInput, positionInput: PositionInput): Match {
    return this.buildMatch(this.seekerFor(seekerInput), this.positionFor(positionInput));
  }

  /** Top matches of every indexed seeker: the full rebuild, one seeker at a time. */
  *recommendAll(options: RecommendOptions = {}): Generator<{ seekerId: string; matches: Match[] }> {
    for (const seeker of this.seekers) {
      if (seeker) yield { seekerId: seeker.id, matches: this.recommendPrepared(seeker, options) };
    }
  }

  /** Top candidates of every indexed position. */
  *candidatesForAll(options: RecommendOptions = {}): Generator<{ positionId: string; matches: Match[] }> {
    for (const position of this.positions) {
      if (position) yield { positionId: position.id, matches: this.candidatesForPosition(position.input, options) };
    }
  }

  // ---- internals --------------------------------------------------------------------

  private recommendPrepared(seeker: PreparedSeeker, options: RecommendOptions): Match[] {
    return this.topPositions(seeker, options).map(({ item }) => this.buildMatch(seeker, item));
  }

  private topPositions(seeker: PreparedSeeker, options: RecommendOptions): { score: number; item: PreparedPosition }[] {
    this.stats.queries++;
    if (!seekerIsMatchable(seeker)) return [];
    this.refresh(seeker);
    const slots = options.exhaustive
      ? this.aliveSlots(this.positions, (s) => this.positionAlive(s))
      : this.positionIndex.gather(
          this.queryOf(this.seekerKeys[seeker.slot] ?? seekerCandidateKeys(seeker), seeker.vector),
          this.candidateLimit,
          (s) => this.positionAlive(s),
          (s) => this.positions[s]!.id,
        );
    const top = new TopK<PreparedPosition>(options.limit ?? DEFAULT_LIMIT);
    for (const slot of slots) {
      const position = this.positions[slot]!;
      const score = this.scorePair(seeker, position);
      if (score >= 0 && top.accepts(score, position.id)) top.push(score, position.id, position);
    }
    return top.drain();
  }

  /** Rounded score, or -1 when a hard rule excludes the pair. */
  private scorePair(seeker: PreparedSeeker, position: PreparedPosition): number {
    this.stats.pairsScored++;
    if (!checkEligibility(seeker, position, this.nowMs, null)) return -1;
    this.refresh(position);
    this.refresh(seeker);
    computeFeatures(seeker, position, this.weights, this.nowMs, this.features);
    return roundScore(this.scorer.combine(this.features));
  }

  private buildMatch(seeker: PreparedSeeker, position: PreparedPosition): Match {
    this.refresh(seeker);
    this.refresh(position);
    const gaps: Gap[] = [];
    const eligible = checkEligibility(seeker, position, this.nowMs, gaps);
    const features = computeFeatures(seeker, position, this.weights, this.nowMs, newFeatureVector());
    const soft = explainFeatures({
      seeker,
      position,
      features,
      weights: this.weights,
      vocabulary: this.vocabulary,
      nowMs: this.nowMs,
    });
    return {
      seekerId: seeker.id,
      positionId: position.id,
      score: eligible ? roundScore(this.scorer.combine(features)) : 0,
      eligible,
      features: featureRecord(features),
      reasons: soft.reasons,
      gaps: [...gaps, ...soft.gaps],
      engineVersion: ENGINE_VERSION,
    };
  }

  /** Re-weights a document's vectors when IDF moved since they were computed. */
  private refresh(doc: PreparedSeeker | PreparedPosition): void {
    const epoch = this.vocabulary.epoch;
    if (doc.vectorEpoch === epoch) return;
    const idf = this.vocabulary.idfTable();
    const fallback = this.vocabulary.idf(Number.MAX_SAFE_INTEGER);
    doc.vector = weightBag(doc.bag, idf, fallback);
    if (doc.kind === 'seeker') doc.desireVector = weightBag(doc.desireBag, idf, fallback);
    doc.vectorEpoch = epoch;
  }

  private queryOf(keys: CandidateKeys, vector: SparseVector): CandidateQuery {
    // The vector holds the same ids as the bag (or none when the text weighs nothing).
    const tokenWeights = vector.ids.length === keys.tokens.length ? vector.weights : new Float32Array(keys.tokens.length);
    return { keys, tokenWeights, idf: this.vocabulary.idfTable() };
  }

  private positionAlive(slot: number): boolean {
    const position = this.positions[slot];
    return position !== undefined && positionIsOpen(position, this.nowMs);
  }

  private seekerAlive(slot: number): boolean {
    const seeker = this.seekers[slot];
    return seeker !== undefined && seekerIsMatchable(seeker);
  }

  private aliveSlots<T>(docs: (T | undefined)[], alive: (slot: number) => boolean): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < docs.length; slot++) if (alive(slot)) slots.push(slot);
    return slots;
  }

  /** The indexed preparation when the caller passes the very object indexed, else a fresh one. */
  private seekerFor(input: SeekerInput): PreparedSeeker {
    const slot = this.seekerSlots.get(input.id);
    if (slot !== undefined && this.seekers[slot]!.input === input) return this.seekers[slot]!;
    return prepareSeeker(input, -1, this.context);
  }

  private positionFor(input: PositionInput): PreparedPosition {
    const slot = this.positionSlots.get(input.id);
    if (slot !== undefined && this.positions[slot]!.input === input) return this.positions[slot]!;
    return preparePosition(input, -1, this.context);
  }
}

/** idf-free share of each term in its document, for the pre-score. */
const tokenShares = (bag: TermBag): Float32Array => {
  const shares = new Float32Array(bag.ids.length);
  let norm = 0;
  for (let i = 0; i < bag.tf.length; i++) {
    const tf = bag.tf[i];
    const w = tf <= 1 ? tf : 1 + Math.log(tf);
    shares[i] = w;
    norm += w * w;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < shares.length; i++) shares[i] *= inv;
  return shares;
};

const positionCandidateKeys = (position: PreparedPosition): CandidateKeys => ({
  tokens: position.bag.ids,
  tokenShares: tokenShares(position.bag),
  skills: position.skillIds,
  certificates: [...new Set(position.requirements.flatMap((r) => r.keys))],
  occupations: occupationKeys(position.occupation),
  regions: position.input.region.path,
});

const seekerCandidateKeys = (seeker: PreparedSeeker): CandidateKeys => ({
  tokens: seeker.bag.ids,
  tokenShares: tokenShares(seeker.bag),
  skills: seeker.skillIds,
  certificates: [...new Set(seeker.certificates.flatMap((c) => c.keys))],
  occupations: [...new Set(seeker.desiredOccupations.flatMap((code) => occupationKeys(code)))],
  regions: seeker.input.region.path,
});
