import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidResidentId } from '../../../libs/china-ids/index.js';

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



