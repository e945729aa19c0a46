import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isValidResidentId } from '../../../libs/china-ids/index.js';
import { TIME_OF_DAY, minutesOfDay } from '../../../libs/labour-vocabulary/index.js';

/** 18-digit resident ID with a real past birth date and a correct check digit. */
export function IsResidentId(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an 18-digit resident ID number with a real birth date and a correct check digit`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidResidentId(value) },
    });
}

/** Mainland mobile number: 11 digits starting 13..19 (after normaliseMobile). */
export const CHINESE_MOBILE = /^1[3-9]\d{9}$/;

/**
 * Accepts what people type (`+86 138-0013-8000`, `0086 13800138000`) and keeps the 11
 * digits, so one number is stored one way.
 */
export function normaliseMobile(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/[\s-]/g, '');
  const national = compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return national;
}

/** HH:mm after the sibling `start` of the same slot (a slot never crosses midnight). */
export function IsAfterStart(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAfterStart',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be later than start`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as { start?: unknown }).start;
          // A malformed time is reported by its own validator, not twice.
          if (typeof value !== 'string' || typeof start !== 'string') return true;
          if (!TIME_OF_DAY.test(value) || !TIME_OF_DAY.test(start)) return true;
          return minutesOfDay(value) > minutesOfDay(start);
        },
      },
    });
}

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
