import { minutesOfDay, type WeeklySlot } from '../labour-vocabulary/index.js';

/**
 * A week as a bitmask of 15-minute blocks (7 × 96 = 672 bits in 21 words), so "can the
 * seeker work these hours" is an AND and a popcount instead of interval arithmetic on
 * every pair.
 */
export const BLOCK_MINUTES = 15;
const BLOCKS_PER_DAY = (24 * 60) / BLOCK_MINUTES;
export const WEEK_WORDS = (7 * BLOCKS_PER_DAY) / 32;

export type WeekMask = Uint32Array;

/**
 * `need` rounds outwards (a 08:50 start needs the 08:45 block), `offer` inwards (free from
 * 08:50 does not cover 08:45): a partial block never counts as covered.
 */
export const weekMask = (slots: readonly WeeklySlot[], mode: 'need' | 'offer'): WeekMask | null => {
  if (slots.length === 0) return null;
  const mask = new Uint32Array(WEEK_WORDS);
  for (const slot of slots) {
    const start = minutesOfDay(slot.start);
    let end = minutesOfDay(slot.end);
    if (end <= start) end = 24 * 60; // a slot ending at 00:00 runs to midnight
    const first = mode === 'need' ? Math.floor(start / BLOCK_MINUTES) : Math.ceil(start / BLOCK_MINUTES);
    const last = mode === 'need' ? Math.ceil(end / BLOCK_MINUTES) : Math.floor(end / BLOCK_MINUTES);
    const base = (slot.day - 1) * BLOCKS_PER_DAY;
    for (let block = first; block < last; block++) {
      const bit = base + block;
      mask[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  return mask;
};

const popcount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

export const maskMinutes = (mask: WeekMask): number => {
  let blocks = 0;
  for (let i = 0; i < mask.length; i++) blocks += popcount(mask[i]);
  return blocks * BLOCK_MINUTES;
};

/** Share of the needed time that the offered time covers (1 when nothing is needed). */
export const coverage = (need: WeekMask, offer: WeekMask): number => {
  let needed = 0;
  let covered = 0;
  for (let i = 0; i < need.length; i++) {
    needed += popcount(need[i]);
    covered += popcount(need[i] & offer[i]);
  }
  return needed === 0 ? 1 : covered / needed;
};
