import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ERROR_CODES, FieldError } from '@kompas/domain';
import { ApiError } from './api-error';

const CODE_BY_CONSTRAINT: Record<string, string> = {
  whitelistValidation: 'unknown_field',
  isDefined: 'required',
  isNotEmpty: 'required',
  unknownValue: 'is_object',
};

function constraintCode(name: string): string {
  return CODE_BY_CONSTRAINT[name] ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** class-validator's nested errors as a flat list, each naming its field by a dotted path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = e.property ? (parent ? `${parent}.${e.property}` : e.property) : parent || 'body';
    for (const [name, message] of Object.entries(e.constraints ?? {})) {
      out.push({ field, code: constraintCode(name), message });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const fields = [...new Set(details.map((d) => d.field))].join(', ');
      return new ApiError(ERROR_CODES.validationFailed, `The request has invalid fields: ${fields}.`, details);
    },
  });
}
