import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, getSchemaPath, OpenAPIObject } from '@nestjs/swagger';
import { ErrorDto } from './dto';

const REFUSALS: Record<number, string> = {
  400: 'The request is malformed or a field is invalid (`details` names the fields).',
  401: 'Not signed in, or the session has ended.',
  403: 'Signed in, but not allowed to do this (or a cross-site request).',
  404: 'No such row.',
  409: 'Conflicts with what is there (a duplicate, something in use, already done).',
  412: 'Someone else changed it since it was read: `current` holds it as it is now.',
  413: 'The body is too large.',
  415: 'The body is of a type the route does not read (`Content-Type`).',
  422: 'Refused by a rule of the plan (`details` names the field).',
  428: 'If-Match is missing or not a version.',
  429: 'Too many attempts: `retryAfterSeconds` says how long to wait.',
  503: 'The database is not reachable.',
};

/** The errors a route can answer with, each documented with the one error shape. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, type: ErrorDto, description: REFUSALS[status] })));

/**
 * Summary, id parameter and the errors of a route on one row. Every route but
 * the public ones answers 401 without a session, so that one is added here.
 */
export const Route = (summary: string, opts: { id?: string; errors?: number[]; public?: boolean } = {}) =>
  applyDecorators(
    ApiOperation({ summary }),
    ...(opts.id ? [ApiParam({ name: opts.id, format: 'uuid' })] : []),
    ApiErrors(...[...new Set([...(opts.public ? [] : [401]), ...(opts.errors ?? [])])].sort()),
  );

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
/** What any write can be refused for before its route is reached: a malformed body or reason, a cross-site origin, a body too large. */
const WRITE_REFUSALS = [400, 403, 413];

/** Adds the refusals every write can meet to each write of the document, so that no route has to list them. */
export function withWriteRefusals(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of WRITE_METHODS) {
      const responses = item[method]?.responses;
      if (!responses) continue;
      for (const status of WRITE_REFUSALS) {
        responses[status] ??= {
          description: REFUSALS[status],
          content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorDto) } } },
        };
      }
    }
  }
  return document;
}
