/**
 * What a stage wrote: rows the seed describes, how many were new, how many it rewrote,
 * and how many rows it had made before and no longer describes (children only).
 */
export interface WriteCounts {
  total: number;
  inserted: number;
  updated: number;
  removed: number;
}

export const emptyCounts = (total = 0): WriteCounts => ({ total, inserted: 0, updated: 0, removed: 0 });

export const describeCounts = (noun: string, counts: WriteCounts): string => {
  const unchanged = counts.total - counts.inserted - counts.updated;
  const what = noun ? `${counts.total} ${noun}` : String(counts.total);
  const removed = counts.removed > 0 ? `, ${counts.removed} removed` : '';
  return `${what} (${counts.inserted} new, ${counts.updated} updated, ${unchanged} unchanged${removed})`;
};
