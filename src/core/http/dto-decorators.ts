import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * Small decorators the feature DTOs share: trimming, deduplicating lists, query-string
 * booleans and lists, and the checks that keep malformed text away from PostgreSQL.
 */

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
 * (ＣＡＤ = cad), keeping the first spelling. Non-string items stay for validation to reject.
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

/** `?status=open&status=paused` or `?status=open,paused` both give ['open', 'paused']. */
export const CommaSeparatedList = () =>
  Transform(({ value }) => {
    const parts = (Array.isArray(value) ? value : [value]).flatMap((item) =>
      typeof item === 'string' ? item.split(',').map((part) => part.trim()).filter(Boolean) : [item],
    );
    return parts;
  });

/** Query strings carry text: 'true'/'false' become booleans, anything else is left for IsBoolean to reject. */
export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/**
 * At most `max` characters as PostgreSQL counts them (code points). class-validator's
 * MaxLength discounts emoji variation selectors, so text it accepts could still overflow
 * a varchar column and fail as a 500.
 */
export function MaxChars(max: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'maxChars',
      target: target.constructor,
      propertyName,
      constraints: [max],
      options: { message: `${propertyName} must be at most ${max} characters`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || [...value].length <= max },
    });
}

/** PostgreSQL cannot store U+0000 in text or jsonb; refuse it as bad input instead of failing. */
export function NoNulCharacter(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'noNulCharacter',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must not contain NUL characters`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !value.includes('\u0000') },
    });
}
