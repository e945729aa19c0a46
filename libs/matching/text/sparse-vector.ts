import type { Vocabulary } from './vocabulary.js';

/** Term ids (ascending) and their accumulated, field-weighted frequencies. */
export interface TermBag {
  ids: Int32Array;
  tf: Float32Array;
}

/** An L2-normalised TF-IDF vector; ids ascending so two vectors meet by a linear merge. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_BAG: TermBag = { ids: new Int32Array(0), tf: new Float32Array(0) };
export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/** Field-weighted tokens → bag. Repeated tokens add up; weights let a title count more. */
export const buildTermBag = (
  fields: readonly { tokens: readonly string[]; weight: number }[],
  vocabulary: Vocabulary,
): TermBag => {
  const counts = new Map<number, number>();
  for (const field of fields) {
    if (field.weight <= 0) continue;
    for (const token of field.tokens) {
      const id = vocabulary.intern(token);
      counts.set(id, (counts.get(id) ?? 0) + field.weight);
    }
  }
  if (counts.size === 0) return EMPTY_BAG;
  const ids = Int32Array.from(counts.keys()).sort();
  const tf = new Float32Array(ids.length);
  for (let i = 0; i < ids.length; i++) tf[i] = counts.get(ids[i])!;
  return { ids, tf };
};

/**
 * Sub-linear term frequency: a word said five times is more important than one said once,
 * but not five times more (job ads repeat the title in every paragraph).
 */
const dampen = (tf: number): number => (tf <= 1 ? tf : 1 + Math.log(tf));

export const weightBag = (bag: TermBag, idf: Float64Array, fallbackIdf: number): SparseVector => {
  const n = bag.ids.length;
  if (n === 0) return EMPTY_VECTOR;
  const weights = new Float32Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const id = bag.ids[i];
    const w = dampen(bag.tf[i]) * (id < idf.length ? idf[id] : fallbackIdf);
    weights[i] = w;
    norm += w * w;
  }
  if (norm === 0) return EMPTY_VECTOR;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < n; i++) weights[i] *= inv;
  return { ids: bag.ids, weights };
};

/** Cosine of two normalised vectors: a merge of their sorted id lists, no allocation. */
export const cosine = (a: SparseVector, b: SparseVector): number => {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      dot += a.weights[i++] * b.weights[j++];
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return dot > 1 ? 1 : dot;
};

/** Terms two vectors share, strongest first: the words a reason can quote. */
export const sharedTerms = (a: SparseVector, b: SparseVector): { id: number; weight: number }[] => {
  const shared: { id: number; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      shared.push({ id: a.ids[i], weight: a.weights[i] * b.weights[j] });
      i++;
      j++;
    } else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return shared.sort((x, y) => y.weight - x.weight || x.id - y.id);
};
