import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ApiErrorBody, ERROR_CODES, ErrorCode } from '@kompas/domain';
import type { Request, Response } from 'express';
import { ApiError } from './api-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ERROR_CODES.validationFailed,
  404: ERROR_CODES.notFound,
  405: ERROR_CODES.methodNotAllowed,
  413: ERROR_CODES.payloadTooLarge,
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every error leaves Kompas in one shape: `{ statusCode, code, message, details }`. */
export function toErrorBody(error: unknown, method = 'POST'): ApiErrorBody {
  if (error instanceof ApiError) {
    return { ...error.extra, statusCode: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const code = CODE_BY_STATUS[statusCode];
    if (code) return { statusCode, code, message: error.message, details: [] };
  }
  return {
    statusCode: 500,
    code: ERROR_CODES.internal,
    // Only a write has a change to lose; a read that fails has changed nothing.
    message: READS.has(method.toUpperCase())
      ? 'Something went wrong on the server. Try again.'
      : 'Something went wrong on the server. The change was not saved.',
    details: [],
  };
}

/** Counts a refused request (per user and address); the filter logs it. */
export type DeniedRecorder = (event: {
  userId: string | null;
  userName: string | null;
  /** The request's path, without its query. */
  path: string;
  detail: string;
  ip: string | null;
}) => Promise<void>;

type RequestWithActor = Request & { actor?: { userId: string | null; userName: string }; reason?: string | null };

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private readonly deniedLogger = new Logger('Denied');

  constructor(private readonly recordDenied: DeniedRecorder | null = null) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<RequestWithActor>();
    const body = toErrorBody(error, req.method);
    if (body.statusCode >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const retry = (body as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retry) res.setHeader('Retry-After', String(retry));
    const send = () => {
      if (!res.headersSent) res.status(body.statusCode).json(body);
    };
    if (body.statusCode !== 403 || !this.recordDenied) return send();
    // A denied request is logged, and counted, before it is answered.
    const detail = `${req.method} ${req.originalUrl ?? req.url}: ${body.message}`;
    this.deniedLogger.warn(`${req.actor?.userName ?? 'anonymous'} – ${detail}`);
    const path = (req.originalUrl ?? req.url).split('?')[0];
    this.recordDenied({ userId: req.actor?.userId ?? null, userName: req.actor?.userName ?? null, path, detail, ip: req.ip ?? null })
      .catch((e: unknown) => this.logger.error(`Could not count a denied request: ${String(e)}`))
      .finally(send);
  }
}
