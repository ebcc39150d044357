import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ApiErrorBody, ERROR_CODES, ErrorCode } from '@kompas/domain';
import type { Response } from 'express';
import { ApiError } from './api-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ERROR_CODES.validationFailed,
  404: ERROR_CODES.notFound,
  405: ERROR_CODES.methodNotAllowed,
  413: ERROR_CODES.payloadTooLarge,
};

/** Every error leaves Kompas in one shape: `{ statusCode, code, message, details }`. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) {
    return { statusCode: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const code = CODE_BY_STATUS[statusCode];
    if (code) return { statusCode, code, message: error.message, details: [] };
  }
  return {
    statusCode: 500,
    code: ERROR_CODES.internal,
    message: 'Something went wrong on the server. The change was not saved.',
    details: [],
  };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error);
    if (body.statusCode >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const res = host.switchToHttp().getResponse<Response>();
    res.status(body.statusCode).json(body);
  }
}
