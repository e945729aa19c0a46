/**
 * The k-th largest of values[0..n) (k ≥ 1), by quickselect on a scratch copy: O(n), no
 * allocation beyond the scratch, which the caller reuses across queries.
 */
export const kthLargest = (values: Float64Array, n: number, k: number, scratch: Float64Array): number => {
  scratch.set(values.subarray(0, n));
  // k-th largest = element at index n - k in ascending order
  const target = n - k;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    // median of three as pivot keeps sorted and reverse-sorted inputs linear
    const mid = (lo + hi) >>> 1;
    const a = scratch[lo];
    const b = scratch[mid];
    const c = scratch[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i] < pivot) i++;
      while (scratch[j] > pivot) j--;
      if (i <= j) {
        const t = scratch[i];
        scratch[i] = scratch[j];
        scratch[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return scratch[target];
  }
  return scratch[target];
};
