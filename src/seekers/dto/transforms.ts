import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/**
 * May be left out, but not set to null: the column is NOT NULL. (IsOptional would also
 * let null through the validators and the database would answer with a 500.)
 */
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** For nullable text: trimmed, and a blank string means "not known" (null). */
export const TrimToNull = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/**
 * Trims each string and drops later repeats, comparing case- and width-insensitively
 * (ＣＡＤ = cad), keeping the first spelling. Non-strings stay for validation to reject.
 */
export const TrimAndDeduplicate = () =>
  Transform(({ value }) => {
    if (!Array.isArray(value)) return value;
    const seen = new Set<string>();
    const result: unknown[] = [];
    for (const item of value) {
      if (typeof item !== 'string') {
        result.push(item);
        continue;
      }
      const trimmed = item.trim();
      const key = trimmed.normalize('NFKC').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(trimmed);
    }
    return result;
  });

/** Query strings carry text: 'true'/'false' become booleans, anything else is left for IsBoolean to reject. */
export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
