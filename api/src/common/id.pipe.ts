import { Injectable, Param, PipeTransform, Query } from '@nestjs/common';
import { ApiError } from './api-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A route id that is not a UUID cannot name anything: it is answered as unknown (404). */
@Injectable()
class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly what: string) {}
  transform(value: string): string {
    if (!isUuid(value)) throw ApiError.notFound(this.what, value);
    return value.toLowerCase();
  }
}

/** `@IdParam('plan')` reads `:id`; `@IdParam('plan', 'planId')` reads `:planId`. */
export const IdParam = (what: string, name = 'id') => Param(name, new IdPipe(what));

/** An optional id in the query string: a filter, so a malformed one is bad input (400), not an unknown thing. */
@Injectable()
class OptionalIdPipe implements PipeTransform<string | undefined, string | undefined> {
  constructor(private readonly name: string) {}
  transform(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isUuid(value)) throw ApiError.invalid(this.name, 'is_uuid', `${this.name} must be a UUID`);
    return value.toLowerCase();
  }
}

/** `@OptionalIdQuery('unitId')` reads `?unitId=`, lower-cased, or undefined when absent. */
export const OptionalIdQuery = (name: string) => Query(name, new OptionalIdPipe(name));
