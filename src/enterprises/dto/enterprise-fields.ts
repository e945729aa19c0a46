import type { TransformFnParams } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidUnifiedSocialCreditCode } from '../../../libs/china-ids/index.js';

/** Mobile (1[3-9] and 9 digits) or landline with area code, optional extension: 0538-3221234-8. */
export const CHINESE_PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;
export const CHINESE_PHONE_MESSAGE = 'contactPhone must be a mobile number (13812345678) or a landline with area code (0538-3221234)';

/** Credit codes are stored and compared upper-case; clients may type them in either case. */
export const upperCased = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** 统一社会信用代码: 18 characters with a valid mod-31 check character. */
export function IsUnifiedSocialCreditCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUnifiedSocialCreditCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be a valid 18-character unified social credit code (统一社会信用代码)',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidUnifiedSocialCreditCode(value),
      },
    });
}
