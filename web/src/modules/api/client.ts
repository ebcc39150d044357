import type { ApiErrorBody, FieldError } from '@kompas/domain';

type ErrorBody = Omit<ApiErrorBody, 'code'> & { code: string };

/** The API answered with its error shape: the code and the fields it names. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];
  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = body.statusCode;
    this.code = body.code;
    this.details = body.details ?? [];
  }
  /** The API's message for one field, if it named that field. */
  fieldMessage(field: string): string | null {
    return this.details.find((d) => d.field === field)?.message ?? null;
  }
}

/** The server could not be reached at all (stopped, network down). */
export class ApiUnreachableError extends Error {
  constructor() {
    super('The Kompas server cannot be reached.');
    this.name = 'ApiUnreachableError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
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
    if (isErrorBody(json)) throw new ApiRequestError(json);
    // Kompas always answers errors in its own shape: a bare 5xx comes from a proxy in front of a stopped server.
    if (res.status >= 500) throw new ApiUnreachableError();
    throw new ApiRequestError({ statusCode: res.status, code: 'http_error', message: res.statusText || `HTTP ${res.status}`, details: [] });
  }
  return json as T;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'code' in value && 'statusCode' in value;
}
