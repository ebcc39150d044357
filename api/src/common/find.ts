import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ApiError } from './api-error';

/** The row with this id, or a 404 that names the field the id came from. */
export async function findOr404<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  field = 'id',
): Promise<T> {
  const row = await em.findOne(entity, { where: { id } as never });
  if (!row) throw ApiError.notFound(what, id, field);
  return row;
}

/**
 * Copies the fields a PATCH body actually sent onto the row. `null` clears a
 * field only where the field may be empty; elsewhere it is refused.
 */
export function applyPatch<T extends object>(row: T, patch: object, nullable: readonly string[] = []): T {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null && !nullable.includes(key)) throw ApiError.invalid(key, 'required', `${key} cannot be empty`);
    (row as Record<string, unknown>)[key] = value;
  }
  return row;
}

export const iso = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();
