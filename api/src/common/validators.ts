import { EMAIL_RULE, hasVisibleText, isCalendarDate, isEmailAddress, parsePeriodCode, PERIOD_CODES_ACCEPTED } from '@kompas/domain';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A plain calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a calendar date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/** A period code Kompas knows (`2026`, `2026H1`, `2026K1`, `2026M03`, a date); refused as `invalid_period`, naming the codes that work. */
export function IsPeriodCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'invalidPeriod',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property is not a period code Kompas knows. ${PERIOD_CODES_ACCEPTED}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && parsePeriodCode(value) !== null },
    });
}

/** A text that shows something: not only spaces, zero-width or control characters. Every title and name uses it. */
export function HasVisibleText(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'hasVisibleText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must contain visible characters', ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || hasVisibleText(value) },
    });
}

/** An e-mail address (spaces around it are trimmed), or an empty text that clears it; null is let through by `@IsOptional`. */
export function IsEmailOrEmpty(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'invalidEmail',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be ${EMAIL_RULE}, or empty for none`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && (value.trim() === '' || isEmailAddress(value)) },
    });
}
