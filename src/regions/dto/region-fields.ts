import type { TransformFnParams } from 'class-transformer';

/** Codes are digits and Latin letters: statistical codes or a centre's own grid codes. */
export const REGION_CODE_PATTERN = /^[0-9A-Za-z]{1,32}$/;
export const REGION_CODE_MESSAGE = 'must be 1 to 32 digits or Latin letters';

export const trimmed = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() : value);

/** Query strings carry booleans as text; anything but true/false is left for @IsBoolean to reject. */
export const booleanFromQuery = ({ obj, key }: TransformFnParams): unknown => {
  const raw: unknown = (obj as Record<string, unknown>)[key];
  return raw === 'true' ? true : raw === 'false' ? false : raw;
};
