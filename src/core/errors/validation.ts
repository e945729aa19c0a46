import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

export interface FieldError {
  field: string;
  messages: string[];
}

/** Far deeper than any request DTO nests; class-transformer recurses once per level. */
export const MAX_INPUT_DEPTH = 32;

/** Flattens nested class-validator errors into `a.b[0].c` paths with their messages. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Own properties that make an object impossible to convert to a number, string or date. */
const CONVERSION_KEYS = ['toString', 'valueOf'];

const childPath = (parent: unknown, path: string, key: string) => (Array.isArray(parent) ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * The first place in client input that class-transformer cannot convert, or undefined:
 * nesting deeper than `maxDepth` (its recursion overflows the stack on `[[[[…]]]]`; this
 * walk stops at that depth), or an object with its own `toString`/`valueOf`
 * (`{"valueOf": 1}`, `?page[toString]=1`): turning it into a number, string or date
 * throws a TypeError.
 */
export function unconvertibleInput(value: unknown, maxDepth = MAX_INPUT_DEPTH, path = ''): FieldError | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (maxDepth === 0) return { field: path, messages: [`must not nest more than ${MAX_INPUT_DEPTH} levels deep`] };
  const entries = Object.entries(value);
  if (!Array.isArray(value) && entries.some(([key]) => CONVERSION_KEYS.includes(key))) {
    return { field: path, messages: [`${path || 'the input'} must not have a field named ${CONVERSION_KEYS.join(' or ')}`] };
  }
  for (const [key, child] of entries) {
    const found = unconvertibleInput(child, maxDepth - 1, childPath(value, path, key));
    if (found) return found;
  }
  return undefined;
}

/**
 * Text with U+0000 anywhere in validated input: PostgreSQL cannot store it in text or
 * jsonb. DTOs refuse it field by field (NoNulCharacter); this catches what they miss.
 */
export function textWithNul(value: unknown, path = ''): FieldError[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field: path, messages: [`${path || 'the input'} must not contain NUL characters`] }] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => textWithNul(child, childPath(value, path, key)));
}

const isObjectNotArray = (value: unknown): value is object => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Fields of a validated DTO where a nested DTO is an array instead. class-validator's
 * ValidateNested walks into any array it meets, so `[[]]` for a list of DTOs (or `[]` for
 * one DTO) passes validation and reaches the service as arrays.
 */
export function arraysInPlaceOfObjects(dto: object, path = ''): FieldError[] {
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(dto.constructor, '', false, false)
    .filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
  return nested.flatMap(({ propertyName, each }) => {
    const value = (dto as Record<string, unknown>)[propertyName];
    const field = path ? `${path}.${propertyName}` : propertyName;
    if (value === undefined || value === null) return [];
    const items: Array<[unknown, string]> = each && Array.isArray(value) ? value.map((item, index) => [item, `${field}[${index}]`]) : [[value, field]];
    return items.flatMap(([item, itemField]) =>
      isObjectNotArray(item) ? arraysInPlaceOfObjects(item, itemField) : [{ field: itemField, messages: [`${itemField} must be an object`] }],
    );
  });
}

const validationFailed = (errors: FieldError[]) =>
  new BadRequestException({ error: 'VALIDATION_FAILED', message: 'Request validation failed', errors });

/**
 * Rejects unknown fields and answers 400 with every failing field. Gaps of
 * class-transformer and class-validator that would otherwise end in a 500 are closed here
 * once, for every DTO and parameter: input they cannot convert is refused before they see
 * it (unconvertibleInput); once validated, a nested DTO must be an object
 * (arraysInPlaceOfObjects) and no text may hold U+0000 (textWithNul).
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Values of custom decorators (the signed-in actor) come from the server, not the client.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const unconvertible = unconvertibleInput(value);
    if (unconvertible) throw validationFailed([{ ...unconvertible, field: unconvertible.field || metadata.data || metadata.type }]);
    const dto: unknown = await super.transform(value, metadata);
    const problems = [...(isObjectNotArray(dto) ? arraysInPlaceOfObjects(dto) : []), ...textWithNul(dto, metadata.data ?? '')];
    if (problems.length > 0) throw validationFailed(problems);
    return dto;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
