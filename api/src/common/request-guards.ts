import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ERROR_CODES, MAX_REASON } from '@kompas/domain';
import type { NextFunction, Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { ApiError } from './api-error';
import { toErrorBody } from './error.filter';
import { etagOf } from './versions';
import { malformedTextPaths } from './well-formed-text';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every write accepts an optional `reason` — in its JSON body, or as
 * `?reason=` (handy for DELETE). It is taken out of the body before the
 * route's own validation, and kept for the audit entry.
 */
export function takeReason(req: Request & { reason?: string | null }, res: Response, next: NextFunction) {
  if (!WRITES.has(req.method)) return next();
  const body = req.body as unknown;
  let reason: unknown = undefined;
  if (body && typeof body === 'object' && !Array.isArray(body) && 'reason' in body) {
    reason = (body as Record<string, unknown>)['reason'];
    delete (body as Record<string, unknown>)['reason'];
  } else if (typeof req.query['reason'] === 'string' || Array.isArray(req.query['reason'])) {
    reason = req.query['reason'];
  }
  if (reason === undefined || reason === null) return next();
  let problem: ApiError | null = null;
  if (typeof reason !== 'string') problem = ApiError.invalid('reason', 'is_string', 'reason must be a string');
  else if (reason.length > MAX_REASON)
    problem = ApiError.invalid('reason', 'max_length', `reason must be at most ${MAX_REASON} characters`);
  if (problem) {
    const out = toErrorBody(problem);
    return res.status(out.statusCode).json(out);
  }
  req.reason = (reason as string).trim() || null;
  return next();
}

/**
 * How deep a request body may nest. Kompas's deepest body (a plan document)
 * nests 5 levels; the validators walk a body recursively and overflow the
 * stack a few thousand levels down, so deeper bodies are refused up front.
 */
export const MAX_BODY_DEPTH = 32;

/** Whether a parsed body nests deeper than `max`, found without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export function refuseDeepBodies(req: Request, res: Response, next: NextFunction) {
  if (!WRITES.has(req.method) || !nestsDeeperThan(req.body, MAX_BODY_DEPTH)) return next();
  const out = toErrorBody(ApiError.invalid('body', 'max_depth', `the body may nest at most ${MAX_BODY_DEPTH} levels deep`));
  return res.status(out.statusCode).json(out);
}

/** A single resource answered with its version carries it as the ETag, ready for If-Match. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = ctx.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const row = body as { id?: unknown; version?: unknown } | null;
        if (row && typeof row === 'object' && !Array.isArray(row) && typeof row.id === 'string' && typeof row.version === 'number') {
          if (!res.headersSent) res.setHeader('ETag', etagOf(row.version));
        }
        return body;
      }),
    );
  }
}

/** Answers a request with the one error shape before it reaches a route. */
export function refuse(res: Response, code: keyof typeof ERROR_CODES, message: string) {
  const out = toErrorBody(new ApiError(ERROR_CODES[code], message));
  res.status(out.statusCode).json(out);
}

/**
 * Every text that enters Kompas — the body at any depth, its keys, the query
 * string, and the forwarded address that reaches the trail — must be
 * well-formed Unicode: text that is not would be stored as bytes that read
 * back differently. Refused with 400 `invalid_unicode` naming the fields,
 * before anything is read or written.
 */
export function refuseMalformedText(req: Request, res: Response, next: NextFunction) {
  const fields = [
    ...malformedTextPaths(req.body),
    ...malformedTextPaths(req.query),
    ...malformedTextPaths(req.headers['x-forwarded-for'], 'X-Forwarded-For'),
  ];
  if (!fields.length) return next();
  const error = new ApiError(
    ERROR_CODES.invalidUnicode,
    `The request holds text that is not well-formed Unicode: ${fields.join(', ')}.`,
    fields.map((field) => ({ field, code: ERROR_CODES.invalidUnicode, message: 'not well-formed Unicode' })),
  );
  const out = toErrorBody(error);
  return res.status(out.statusCode).json(out);
}
