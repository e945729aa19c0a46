import { instantMs } from './dates.js';
import { checkEligibility, positionIsOpen, seekerIsMatchable } from './eligibility.js';
import { explainFeatures, featureRecord } from './explain.js';
import { CandidateIndex, occupationKeys, type CandidateKeys, type CandidateQuery } from './index/candidate-index.js';
import { documentCells } from './index/geo-cells.js';
import { TopK } from './index/top-k.js';
import { preparePosition, prepareSeeker, type PrepareContext, type PreparedPosition, type PreparedSeeker } from './prepare.js';
import { DenseQuery } from './dense-query.js';
import { computeFeatures, newFeatureVector, positionFactor, relevance, roundScore, Scorer, seekerFactor } from './score.js';
import { weightBag, type SparseVector, type TermBag } from './text/sparse-vector.js';
import { Interner } from './text/interner.js';
import { Vocabulary } from './text/vocabulary.js';
import type { Gap, HeldCertificate, Match, PositionInput, SeekerInput } from './types.js';
import { ENGINE_VERSION } from './version.js';
import { DEFAULT_WEIGHTS, parseWeights, type MatchingWeights } from './weights.js';

export interface MatchingEngineOptions {
  /** The engine never reads the clock: expiry, freshness and certificate validity use this. */
  now: Date | string | number;
  /** Plain object, e.g. parsed config/matching-weights.json; missing keys keep their defaults. */
  weights?: unknown;
  /** Candidates fully scored per seeker query after the cheap pre-score (default 150). */
  candidateLimit?: number;
  /**
   * Candidates fully scored per position query (default 500). Seekers outnumber positions
   * ten to one, so a position has many near-equal candidates; a wider net costs little
   * in total (positions are few) and keeps more of the exhaustive top list.
   */
  positionCandidateLimit?: number;
  /** Query tokens looked up in the text postings, strongest first (default 12). */
  maxQueryTokens?: number;
  /** Region-tree levels above the query’s own node that bring candidates (default 2: grid → community → street). */
  candidateRegionLevels?: number;
  /** Text postings longer than this share of documents are not walked (default 0.05). */
  maxTextPostingShare?: number;
}

/** A position a seeker would be eligible for, and match at `score`, with the `missing` certificates. */
export interface CertificateUnlock {
  positionId: string;
  score: number;
  missing: Array<NonNullable<Gap['certificate']>>;
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

/** A ranked seeker without its explanation. */
export interface RankedSeeker {
  seekerId: string;
  score: number;
}

/** A full rebuild split over workers: this worker takes the ids whose hash falls in its shard. */
export interface BulkOptions extends RecommendOptions {
  shard?: { index: number; count: number };
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
  private readonly positionCandidateLimit: number;
  private readonly vocabulary = new Vocabulary();
  private readonly skillIds = new Interner();
  private readonly codeIds = new Interner();
  private readonly context: PrepareContext;
  private readonly features = newFeatureVector();
  private readonly dense = new DenseQuery();

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
    this.candidateLimit = options.candidateLimit ?? 150;
    this.positionCandidateLimit = options.positionCandidateLimit ?? 500;
    const indexOptions = {
      regionLevels: options.candidateRegionLevels ?? 2,
      maxTextPostingShare: options.maxTextPostingShare ?? 0.05,
      maxQueryTokens: options.maxQueryTokens ?? 12,
      // Small cells only: a 3 × 3 block of the large ones spans most of a county.
      cellLevels: 1,
    };
    this.positionIndex = new CandidateIndex(indexOptions);
    // Seekers outnumber positions ten to one: a street holds thousands of them, so a
    // position looks for seekers in its own community and grid (and by what they share)
    // rather than walking the whole street.
    this.seekerIndex = new CandidateIndex({
      ...indexOptions,
      regionLevels: Math.max(0, indexOptions.regionLevels - 1),
      maxTextPostingShare: indexOptions.maxTextPostingShare / 2,
    });
    this.context = {
      vocabulary: this.vocabulary,
      skillId: (skill) => this.skillIds.id(skill),
      codeId: (code) => this.codeIds.id(code),
    };
  }

  /** Candidate-generation work per direction (posting entries walked, documents touched). */
  get indexWork(): { positions: CandidateIndex['work']; seekers: CandidateIndex['work'] } {
    return { positions: this.positionIndex.work, seekers: this.seekerIndex.work };
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
    this.positionIndex.add(slot, keys, input.status === 'open' ? position.expiresAtMs : 0, this.positionPrior(position));
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
    this.seekerIndex.add(slot, keys, seekerIsMatchable(seeker) ? Infinity : 0, seekerFactor(seeker, this.weights));
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
    return this.topSeekers(position, options).map(({ item }) => this.buildMatch(item, position));
  }

  /** Like candidatesForPosition but ids and scores only: for bulk ranking. */
  rankSeekersForPosition(input: PositionInput, options: RecommendOptions = {}): RankedSeeker[] {
    return this.topSeekers(this.positionFor(input), options).map(({ score, item }) => ({ seekerId: item.id, score }));
  }

  /** The full story of one pair, eligible or not: every rule breached, every feature, every reason. */
  explain(seekerInput: SeekerInput, positionInput: PositionInput): Match {
    return this.buildMatch(this.seekerFor(seekerInput), this.positionFor(positionInput));
  }

  /**
   * What certificates stand between a seeker and the indexed positions they would match
   * well: for each position (by id) the seeker is ineligible for only for want of
   * mandatory certificates, the missing ones and the score the pair would have with them
   * held (verified, at the level asked). Pairs scoring below `minScore` are left out. The
   * seeker is prepared once; only pairs that pass are scored a second time.
   */
  certificateUnlocks(seekerInput: SeekerInput, positionIds: Iterable<string>, minScore: number): CertificateUnlock[] {
    const seeker = this.seekerFor(seekerInput);
    if (!seekerIsMatchable(seeker)) return [];
    this.refresh(seeker);
    const unlocks: CertificateUnlock[] = [];
    const withCertificates = new Map<string, PreparedSeeker>();
    for (const positionId of positionIds) {
      const slot = this.positionSlots.get(positionId);
      const position = slot === undefined ? undefined : this.positions[slot];
      if (!position?.hasMandatory) continue;
      const gaps: Gap[] = [];
      if (checkEligibility(seeker, position, this.nowMs, gaps)) continue;
      const missing = gaps.map((gap) => (gap.code === 'MISSING_CERTIFICATE' ? gap.certificate : undefined));
      if (missing.some((certificate) => certificate === undefined)) continue;
      // Related without the certificate: a certificate alone does not make a job the seeker's line.
      if (relevance(computeFeatures(seeker, position, this.weights, this.nowMs, newFeatureVector())) < this.weights.params.minRelevance) continue;
      const needed = missing as Array<NonNullable<Gap['certificate']>>;
      const key = needed.map((c) => `${c.certificateTypeId}/${c.minLevel}`).sort().join(' ');
      let held = withCertificates.get(key);
      if (!held) {
        held = prepareSeeker({ ...seekerInput, certificates: [...seekerInput.certificates, ...needed.map((c) => heldAsRequired(position, c))] }, -1, this.context);
        withCertificates.set(key, held);
      }
      const match = this.buildMatch(held, position);
      if (match.eligible && match.score >= minScore) unlocks.push({ positionId, score: match.score, missing: needed });
    }
    return unlocks;
  }

  /** Top matches of every indexed seeker (of the shard): the full rebuild, one seeker at a time. */
  *recommendAll(options: BulkOptions = {}): Generator<{ seekerId: string; matches: Match[] }> {
    for (const seeker of this.seekers) {
      if (seeker && inShard(seeker.id, options.shard)) {
        yield { seekerId: seeker.id, matches: this.recommendPrepared(seeker, options) };
      }
    }
  }

  /** Top candidates of every indexed position (of the shard). */
  *candidatesForAll(options: BulkOptions = {}): Generator<{ positionId: string; matches: Match[] }> {
    for (const position of this.positions) {
      if (position && inShard(position.id, options.shard)) {
        yield { positionId: position.id, matches: this.candidatesForPosition(position.input, options) };
      }
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
          this.queryOf(this.seekerKeys[seeker.slot] ?? seekerCandidateKeys(seeker), seeker.vector, seeker.desireBag.ids),
          this.candidateLimit,
          this.nowMs,
          (s) => this.positions[s]!.id,
        );
    const top = new TopK<PreparedPosition>(options.limit ?? DEFAULT_LIMIT);
    this.dense.loadSeeker(seeker, this.vocabulary.size, this.skillIds.size);
    try {
      for (const slot of slots) {
        const position = this.positions[slot]!;
        this.refresh(position);
        const score = this.scorePair(seeker, position);
        if (score >= 0 && top.accepts(score, position.id)) top.push(score, position.id, position);
      }
    } finally {
      this.dense.clear();
    }
    return top.drain();
  }

  private topSeekers(position: PreparedPosition, options: RecommendOptions): { score: number; item: PreparedSeeker }[] {
    this.stats.queries++;
    if (!positionIsOpen(position, this.nowMs)) return [];
    this.refresh(position);
    const slots = options.exhaustive
      ? this.aliveSlots(this.seekers, (s) => this.seekerAlive(s))
      : this.seekerIndex.gather(
          this.queryOf(this.positionKeys[position.slot] ?? positionCandidateKeys(position), position.vector, position.titleIds),
          this.positionCandidateLimit,
          this.nowMs,
          (s) => this.seekers[s]!.id,
        );
    const top = new TopK<PreparedSeeker>(options.limit ?? DEFAULT_LIMIT);
    this.dense.loadPosition(position, this.vocabulary.size, this.skillIds.size);
    try {
      for (const slot of slots) {
        const seeker = this.seekers[slot]!;
        this.refresh(seeker);
        const score = this.scorePair(seeker, position);
        if (score >= 0 && top.accepts(score, seeker.id)) top.push(score, seeker.id, seeker);
      }
    } finally {
      this.dense.clear();
    }
    return top.drain();
  }

  /**
   * Rounded score, or -1 when a hard rule excludes the pair. Both vectors must be fresh,
   * `this.dense` loaded with the query side, and both sides checked live on their own (the
   * query once, candidates by the index): the callers do all three once per query.
   */
  private scorePair(seeker: PreparedSeeker, position: PreparedPosition): number {
    this.stats.pairsScored++;
    if (!checkEligibility(seeker, position, this.nowMs, null, true)) return -1;
    computeFeatures(seeker, position, this.weights, this.nowMs, this.features, this.dense);
    if (relevance(this.features) < this.weights.params.minRelevance) return -1;
    return roundScore(this.scorer.combine(this.features));
  }

  private buildMatch(seeker: PreparedSeeker, position: PreparedPosition): Match {
    this.refresh(seeker);
    this.refresh(position);
    const gaps: Gap[] = [];
    const eligible = checkEligibility(seeker, position, this.nowMs, gaps);
    const features = computeFeatures(seeker, position, this.weights, this.nowMs, newFeatureVector());
    if (relevance(features) < this.weights.params.minRelevance) {
      gaps.push({ code: 'NOT_RELATED', zh: '岗位与求职者的技能、经历和意向关联不大，不作推荐' });
    }
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

  /** The factor freshness and congestion apply to every pair of this position (see Scorer.combine). */
  private positionPrior(position: PreparedPosition): number {
    return positionFactor(position, this.weights, this.nowMs);
  }

  private queryOf(keys: CandidateKeys, vector: SparseVector, requiredTokens?: Int32Array): CandidateQuery {
    // The vector holds the same ids as the bag (or none when the text weighs nothing).
    const tokenWeights = vector.ids.length === keys.tokens.length ? vector.weights : new Float32Array(keys.tokens.length);
    return { keys, tokenWeights, idf: this.vocabulary.idfTable(), requiredTokens };
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

/** A verified certificate exactly as a position's requirement asks for it. */
const heldAsRequired = (position: PreparedPosition, wanted: NonNullable<Gap['certificate']>): HeldCertificate => {
  const requirement = position.input.certificateRequirements.find((r) => r.certificateTypeId === wanted.certificateTypeId);
  return {
    certificateTypeId: wanted.certificateTypeId,
    occupationCode: requirement?.occupationCode ?? null,
    name: requirement?.name ?? '',
    level: wanted.minLevel,
    verified: true,
    expiresOn: null,
  };
};

/** FNV-1a of the id: a stable shard whatever the order documents were indexed in. */
export const shardOf = (id: string, count: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
};

const inShard = (id: string, shard: BulkOptions['shard']): boolean =>
  !shard || shard.count <= 1 || shardOf(id, shard.count) === shard.index;

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
  cells: documentCells(position.lat, position.lng),
  lat: position.lat,
  lng: position.lng,
});

const seekerCandidateKeys = (seeker: PreparedSeeker): CandidateKeys => ({
  tokens: seeker.bag.ids,
  tokenShares: tokenShares(seeker.bag),
  skills: seeker.skillIds,
  certificates: [...new Set(seeker.certificates.flatMap((c) => c.keys))],
  occupations: [...new Set(seeker.desiredOccupations.flatMap((code) => occupationKeys(code)))],
  regions: seeker.input.region.path,
  cells: documentCells(seeker.lat, seeker.lng),
  lat: seeker.lat,
  lng: seeker.lng,
});
