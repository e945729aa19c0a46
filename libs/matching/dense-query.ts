import type { PreparedPosition, PreparedSeeker } from './prepare.js';
import type { SparseVector } from './text/sparse-vector.js';

/**
 * The query side of a one-to-many scoring run, scattered into dense arrays once per
 * query: then each candidate's cosine is a walk over the candidate's own terms (one
 * array read each) instead of a merge of two sorted lists, and skill coverage is a flag
 * lookup. Cleared after the run by walking the same few ids, not the whole array.
 */
export class DenseQuery {
  full = new Float32Array(0);
  desire = new Float32Array(0);
  skills = new Uint8Array(0);
  mode: 'seeker' | 'position' | null = null;
  private loaded: { vectors: SparseVector[]; skills: Int32Array } | null = null;

  loadSeeker(seeker: PreparedSeeker, vocabularySize: number, skillCount: number): void {
    this.prepare(vocabularySize, skillCount);
    scatter(this.full, seeker.vector);
    scatter(this.desire, seeker.desireVector);
    for (const id of seeker.skillIds) this.skills[id] = 1;
    this.loaded = { vectors: [seeker.vector, seeker.desireVector], skills: seeker.skillIds };
    this.mode = 'seeker';
  }

  loadPosition(position: PreparedPosition, vocabularySize: number, skillCount: number): void {
    this.prepare(vocabularySize, skillCount);
    scatter(this.full, position.vector);
    for (const id of position.skillIds) this.skills[id] = 1;
    this.loaded = { vectors: [position.vector], skills: position.skillIds };
    this.mode = 'position';
  }

  clear(): void {
    if (!this.loaded) return;
    for (const vector of this.loaded.vectors) {
      for (const id of vector.ids) {
        this.full[id] = 0;
        this.desire[id] = 0;
      }
    }
    for (const id of this.loaded.skills) this.skills[id] = 0;
    this.loaded = null;
    this.mode = null;
  }

  private prepare(vocabularySize: number, skillCount: number): void {
    this.clear();
    if (this.full.length < vocabularySize) {
      const size = Math.max(vocabularySize, this.full.length * 2, 1024);
      this.full = new Float32Array(size);
      this.desire = new Float32Array(size);
    }
    if (this.skills.length < skillCount) this.skills = new Uint8Array(Math.max(skillCount, this.skills.length * 2, 256));
  }
}

const scatter = (dense: Float32Array, vector: SparseVector): void => {
  for (let i = 0; i < vector.ids.length; i++) dense[vector.ids[i]] = vector.weights[i];
};

/** Dot product of a dense query and a sparse candidate vector. */
export const denseDot = (dense: Float32Array, vector: SparseVector): number => {
  const ids = vector.ids;
  const weights = vector.weights;
  let dot = 0;
  for (let i = 0; i < ids.length; i++) dot += dense[ids[i]] * weights[i];
  return dot > 1 ? 1 : dot;
};

/**
 * Both dots of a seeker query (whole profile and desired titles) against one candidate
 * vector in a single walk; the desired-title dot lands in `out[1]`.
 */
export const denseDot2 = (full: Float32Array, desire: Float32Array, vector: SparseVector, out: Float64Array): void => {
  const ids = vector.ids;
  const weights = vector.weights;
  let a = 0;
  let b = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const w = weights[i];
    a += full[id] * w;
    b += desire[id] * w;
  }
  out[0] = a > 1 ? 1 : a;
  out[1] = b > 1 ? 1 : b;
};

/** How many of `ids` are flagged. */
export const countFlagged = (flags: Uint8Array, ids: Int32Array): number => {
  let n = 0;
  for (let i = 0; i < ids.length; i++) n += flags[ids[i]];
  return n;
};
