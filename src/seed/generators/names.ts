import type { Random } from '../random.js';
import { GIVEN_NAMES, SURNAME_WEIGHTS, generationOf } from '../vocabulary/names.js';

export type Gender = 'male' | 'female';

/** A Chinese full name fitting the person's gender and the decade they were born in. */
export function chineseName(rng: Random, gender: Gender, birthYear: number): string {
  const surname = rng.weighted(SURNAME_WEIGHTS);
  return surname + rng.pick(GIVEN_NAMES[generationOf(birthYear)][gender]);
}

/** A mobile number as issued in mainland China: 1, then 3–9, then nine digits. */
export function mobilePhone(rng: Random): string {
  const prefix = rng.pick(['13', '15', '17', '18', '19', '16', '14']);
  return `${prefix}${rng.int(0, 9)}${rng.digits(8)}`;
}

/** A 肥城 landline (area code 0538, local numbers beginning with 3). */
export function countyLandline(rng: Random): string {
  return `0538-3${rng.digits(6)}`;
}
