import type { RegionLevel } from './region.entity.js';

/**
 * Where each level may hang. The tree is district → street → community → grid, with
 * provinces and cities above districts when a county is imported with its ancestors.
 * A district may also sit directly under a province: cities without counties (东莞, 中山)
 * are themselves the county-level node of their province.
 */
const PLACEMENT: Record<RegionLevel, { parents: readonly RegionLevel[]; mayBeRoot: boolean }> = {
  province: { parents: [], mayBeRoot: true },
  city: { parents: ['province'], mayBeRoot: true },
  district: { parents: ['city', 'province'], mayBeRoot: true },
  street: { parents: ['district'], mayBeRoot: false },
  community: { parents: ['street'], mayBeRoot: false },
  grid: { parents: ['community'], mayBeRoot: false },
};

export type PlacementProblem = { field: 'level' | 'parentCode'; message: string } | null;

/** Why a node of `level` cannot hang under `parentLevel` (null: it can; no parent: a root). */
export function placementProblem(level: RegionLevel, parentLevel: RegionLevel | null): PlacementProblem {
  const rule = PLACEMENT[level];
  if (parentLevel === null) {
    return rule.mayBeRoot
      ? null
      : { field: 'parentCode', message: `a ${level} needs a parent (${rule.parents.join(' or ')})` };
  }
  if (rule.parents.includes(parentLevel)) return null;
  const expected = rule.parents.length ? `a ${rule.parents.join(' or ')}` : 'no parent';
  return { field: 'level', message: `a ${level} cannot be placed under a ${parentLevel}; it needs ${expected}` };
}

export const PATH_SEPARATOR = '/';

/** The materialized path of a new node: its parent's path plus its own code. */
export function childPath(parentPath: string | null, code: string): string {
  return parentPath === null ? code : `${parentPath}${PATH_SEPARATOR}${code}`;
}

/** Codes of the ancestors, root first, without the node itself. */
export function ancestorCodes(path: string): string[] {
  return path.split(PATH_SEPARATOR).slice(0, -1);
}

/** True when the node with this path is `ancestorCode` itself or lies below it. */
export function isPathWithin(path: string, ancestorCode: string): boolean {
  return path.split(PATH_SEPARATOR).includes(ancestorCode);
}

/** A LIKE pattern matching every strict descendant of the node with this path. */
export function descendantsPattern(path: string): string {
  return `${escapeLike(path)}${PATH_SEPARATOR}%`;
}

/** Makes user text literal inside a LIKE pattern (PostgreSQL's default escape is backslash). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
