import { Transform } from 'class-transformer';
import { Matches, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * May be left out, but not set to null: the column has a default and no "unknown" value.
 * (IsOptional would also let null through, which would then reach a NOT NULL column.)
 */
export const OptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/**
 * PostgreSQL text cannot hold U+0000; without this check such input fails in the
 * database (a 500) instead of answering 400.
 */
export const NoNulCharacter = (options: ValidationOptions = {}) =>
  // eslint-disable-next-line no-control-regex -- matching NUL is the point
  Matches(/^[^\u0000]*$/, { message: '$property must not contain NUL characters', ...options });

export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

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
