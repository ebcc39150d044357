import { ERROR_CODES, type ApiErrorBody, type FieldError, type Refusal } from '@kompas/domain';

type ErrorBody = Omit<ApiErrorBody, 'code'> & { code: string; current?: unknown; lastChange?: LastChange | null; reason?: Refusal };

/** Who last changed a resource, when and why: part of a version conflict's answer. */
export type LastChange = { at: string; userName: string | null; action: string; reason: string | null };

/** The API answered with its error shape: the code and the fields it names. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];
  /** A version conflict (412): the resource as it is now, and who changed it last. */
  readonly current: unknown;
  readonly lastChange: LastChange | null;
  /** Too many attempts (429): seconds to wait, from `Retry-After`. */
  readonly retryAfter: number | null;
  /** A refusal (403): why, as a code and its parameters, for the app to word. */
  readonly reason: Refusal | null;
  constructor(body: ErrorBody, retryAfter: number | null = null) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = body.statusCode;
    this.code = body.code;
    this.details = body.details ?? [];
    this.current = body.current ?? null;
    this.lastChange = body.lastChange ?? null;
    this.retryAfter = retryAfter;
    this.reason = body.reason ?? null;
  }
  /** The API's message for one field, if it named that field. */
  fieldMessage(field: string): string | null {
    return this.details.find((d) => d.field === field)?.message ?? null;
  }
}

/** Someone else saved the resource since it was read: the answer carries its current state. */
export function isVersionConflict(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status === 412 && error.code === 'version_conflict' && !!error.current;
}

/** The server could not be reached at all (network down, server stopped): no answer came. */
export class ApiUnreachableError extends Error {
  constructor() {
    super('The Kompas server cannot be reached.');
    this.name = 'ApiUnreachableError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type RequestOptions = {
  /** The version the change starts from: sent as `If-Match`, so a change made meanwhile is not overwritten. */
  ifMatch?: number | null;
};

// What happens when the session has ended: the app sends the user to the sign-in page.
let unauthenticatedHandler: (() => void) | null = null;
export function onUnauthenticated(handler: (() => void) | null) {
  unauthenticatedHandler = handler;
}

export async function apiRequest<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined && options.ifMatch !== null) headers['If-Match'] = `"${options.ifMatch}"`;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiUnreachableError();
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    if (isErrorBody(json)) {
      const error = new ApiRequestError(json, retryAfterOf(res));
      if (error.status === 401 && error.code === 'unauthenticated') unauthenticatedHandler?.();
      throw error;
    }
    // An answer without Kompas's error shape (a proxy in front of it, a crash) is still an answer: the
    // connection works, so it is worded as the server's failure, never as "no connection".
    throw new ApiRequestError({
      statusCode: res.status,
      code: bareCode(res.status),
      message: res.statusText || `HTTP ${res.status}`,
      details: [],
    });
  }
  return json as T;
}

/** The code of an answer that came without Kompas's error shape, by its status. */
function bareCode(status: number): string {
  if (status === 502 || status === 503 || status === 504) return ERROR_CODES.unavailable;
  if (status >= 500) return ERROR_CODES.internal;
  return 'http_error';
}

function retryAfterOf(res: Response): number | null {
  const value = res.headers?.get?.('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  // Retry-After may also be an HTTP date.
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'statusCode' in value;
}
