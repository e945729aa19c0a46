import type { DemoIds } from '../deterministic-id.js';
import type { Random } from '../random.js';
import type { CountyMap } from './county-map.js';
import { chineseName } from './names.js';

/** Names of the administrative levels above the demo county, as used in employer names. */
export interface CountyNames {
  /** 肥城市 */
  county: string;
  /** 泰安 (without 市) */
  city: string;
  /** 山东 (without 省) */
  province: string;
}

/** Everything a generator needs besides its own random stream. */
export interface DemoContext {
  rng: Random;
  ids: DemoIds;
  /** YYYY-MM-DD in China Standard Time: the day every relative date counts from. */
  today: string;
  /** First six digits of the county code, e.g. 370983. */
  countyCode6: string;
  names: CountyNames;
  map: CountyMap;
  /** The centre's staff: service specialists of enterprises, verifiers of certificates. */
  staff: string[];
}

/** The county employment centre's 人社专员 (a small, fixed team per seed). */
export function centreStaff(rng: Random, size = 6): string[] {
  const staff = new Set<string>();
  const stream = rng.fork('centre-staff');
  while (staff.size < size) {
    const gender = stream.chance(0.6) ? 'female' : 'male';
    staff.add(chineseName(stream, gender, stream.int(1975, 1996)));
  }
  return [...staff];
}

/** 泰安市 → 泰安, 山东省 → 山东: the short forms used inside employer names. */
export const shortAdministrativeName = (name: string): string => name.replace(/(省|市|自治区|特别行政区)$/, '');
