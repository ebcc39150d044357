import { hasVisibleText, isCalendarDate } from '@kompas/domain';
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
