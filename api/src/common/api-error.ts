import { ERROR_CODES, ERROR_STATUS, ErrorCode, FieldError, RuleResult } from '@kompas/domain';

/** A refusal the client can act on: mapped by ErrorFilter to the stable error body. */
export class ApiError extends Error {
  readonly status: number;
  /** More the client may need, sent beside the error shape (a conflict's current state). */
  extra: Record<string, unknown> = {};

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  static notFound(what: string, id: string, field = 'id'): ApiError {
    return new ApiError(ERROR_CODES.notFound, `No ${what} with id ${id}.`, [
      { field, code: ERROR_CODES.notFound, message: `no ${what} with this id` },
    ]);
  }

  /** A refusal about one field: `detail` is the short word for that field. */
  static at(code: ErrorCode, message: string, field: string, detail: string): ApiError {
    return new ApiError(code, message, [{ field, code, message: detail }]);
  }

  static invalid(field: string, code: string, message: string): ApiError {
    return new ApiError(ERROR_CODES.validationFailed, `Invalid ${field}: ${message}`, [{ field, code, message }]);
  }

  /** Turns a refused rule from @kompas/domain into an error. */
  static fromRule(result: Extract<RuleResult<unknown>, { ok: false }>): ApiError {
    const field = result.field ?? '';
    return new ApiError(result.code, result.message, field ? [{ field, code: result.code, message: result.message }] : []);
  }
}

/** The value of an allowed rule, or the refusal thrown as an ApiError. */
export function must<T>(result: RuleResult<T>): T {
  if (!result.ok) throw ApiError.fromRule(result);
  return result.value;
}

/** A redundant `planId` in a request is welcome, but must name the plan the row belongs to anyway. */
export function samePlan(actual: string, given: string | null | undefined, what: string): void {
  // null is "not given", as everywhere an optional field may be left out.
  if (given != null && given.toLowerCase() !== actual) {
    throw ApiError.at(ERROR_CODES.acrossPlans, `planId must be ${what} (${actual}).`, 'planId', 'another plan');
  }
}
