import { ERROR_CODES } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { ApiError } from './api-error';
import type { Table } from '../database/tables';

/** The `If-Match` header as the routes see it: the version, absent, or unreadable. */
export type IfMatch = { version: number } | { missing: true } | { invalid: string };

/** Reads `If-Match: "3"` (also `W/"3"` or a bare `3`). Lists and `*` are refused: a change must name the version it saw. */
export function parseIfMatch(header: string | string[] | undefined): IfMatch {
  if (header === undefined || header === '') return { missing: true };
  const raw = (Array.isArray(header) ? header.join(',') : header).trim();
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw);
  return m ? { version: Number(m[1]) } : { invalid: raw };
}

export const etagOf = (version: number) => `"${version}"`;

/**
 * The version check, done as one conditional UPDATE inside the change's
 * transaction: `version = version + 1 WHERE id = ? AND version = ?`. A stale
 * version matches no row and is refused with 412 and the row as it is now;
 * TypeORM's own version column would not stop a stale save.
 */
export async function claimVersion(
  em: EntityManager,
  table: Table,
  id: string,
  ifMatch: IfMatch,
  current: () => Promise<unknown>,
  lastChange: () => Promise<unknown>,
): Promise<number> {
  if ('missing' in ifMatch) {
    throw ApiError.at(
      ERROR_CODES.preconditionRequired,
      'Send the version you read as If-Match, so that nobody else’s change is overwritten unseen.',
      'If-Match',
      'required',
    );
  }
  if ('invalid' in ifMatch) {
    throw ApiError.at(
      ERROR_CODES.preconditionRequired,
      `If-Match must be the version you read, such as "3", not ${JSON.stringify(ifMatch.invalid)}.`,
      'If-Match',
      'not a version',
    );
  }
  const result = (await em.query(
    `UPDATE "${table}" SET "version" = "version" + 1, "updatedAt" = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE "id" = ? AND "version" = ? ${table === 'user' ? '' : 'AND "deletedAt" IS NULL'} RETURNING "version"`,
    [id, ifMatch.version],
  )) as { version: number }[];
  if (result.length === 1) return result[0].version;
  const now = await current();
  const error = ApiError.at(
    ERROR_CODES.versionConflict,
    `Someone else changed this since you read it (you sent version ${ifMatch.version}). Reload it, or apply your change again to the current version.`,
    'If-Match',
    'stale version',
  );
  error.extra = { current: now, lastChange: await lastChange() };
  throw error;
}
