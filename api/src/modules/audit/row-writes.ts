import { AuditAction, AuditEntity, Permission } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { findOr404 } from '../../common/find';
import type { IfMatch } from '../../common/versions';
import { AuditService } from './audit.service';
import { Actor, allow, Change, Table } from './change';

/** What the write skeleton needs to know of one concept's rows. */
export type RowConcept<E, D> = {
  /** What the trail calls it. */
  kind: AuditEntity;
  /** Its table (a link's depends on its kind). */
  table: Table | ((row: E) => Table);
  /** The live row with this id, or a 404. */
  find: (em: EntityManager, id: string) => Promise<E>;
  /** The permission changing the row takes (`ownerOf` in @kompas/domain). */
  owner: (em: EntityManager, row: E) => Permission | Promise<Permission>;
  /** The row as the API answers it. */
  toDto: (em: EntityManager, row: E) => D | Promise<D>;
  /** Stores the changed row; by default TypeORM's save of it. */
  save?: (em: EntityManager, row: E) => Promise<unknown>;
};

/** A concept whose rows are one entity, found by id (a 404 names it as `what`). */
export function entityRows<E extends ObjectLiteral, D>(
  entity: EntityTarget<E>,
  what: string,
  rest: Omit<RowConcept<E, D>, 'find' | 'save' | 'toDto' | 'table'> & {
    table: Table;
    toDto: (row: E, em: EntityManager) => D | Promise<D>;
  },
): RowConcept<E, D> & { table: Table } {
  return { ...rest, find: (em, id) => findOr404(em, entity, id, what), toDto: (em, row) => rest.toDto(row, em) };
}

/** What a change of one row does beyond the skeleton. */
export type RowSteps<E> = {
  /** What the trail says the change was: by default `update` (`delete` for a removal). */
  action?: AuditAction | ((found: E) => AuditAction);
  /** Refusals that come before the version is claimed (who may move it to another owner), and what else the entry names. */
  check?: (found: E, c: Change) => unknown;
  /** The change itself, on the row as the claim left it. */
  apply: (row: E, c: Change) => unknown;
  /** Work once the row is saved: the rows around it (ranks, co-owners). */
  after?: (row: E, c: Change) => unknown;
};

/**
 * The skeleton every change of one row shares, in one transaction with its
 * audit entry: find it (404), check who may (403), say what the entry is,
 * claim its version (428, 412), then `apply`. Returns the row as found.
 */
async function begin<E, D>(
  audit: AuditService,
  c: Change,
  concept: RowConcept<E, D>,
  id: string,
  ifMatch: IfMatch,
  action: AuditAction | ((found: E) => AuditAction),
  check?: (found: E, c: Change) => unknown,
): Promise<E> {
  const found = await concept.find(c.em, id);
  allow(c.actor, await concept.owner(c.em, found));
  await check?.(found, c);
  c.describe(typeof action === 'function' ? action(found) : action, concept.kind, id);
  const table = typeof concept.table === 'function' ? concept.table(found) : concept.table;
  await audit.claim(c, table, id, ifMatch, async () => concept.toDto(c.em, found));
  return found;
}

/** Changes one row: find → permission → describe → claim the version → apply → save → the row as the API shows it. */
export function updateRow<E, D>(
  audit: AuditService,
  actor: Actor,
  concept: RowConcept<E, D>,
  id: string,
  ifMatch: IfMatch,
  steps: RowSteps<E>,
): Promise<D> {
  return audit.change(actor, (c) => updateRowIn(audit, c, concept, id, ifMatch, steps));
}

/** `updateRow`'s steps inside a change already open (one of several in an adjustment). */
export async function updateRowIn<E, D>(
  audit: AuditService,
  c: Change,
  concept: RowConcept<E, D>,
  id: string,
  ifMatch: IfMatch,
  steps: RowSteps<E>,
): Promise<D> {
  await begin(audit, c, concept, id, ifMatch, steps.action ?? 'update', steps.check);
  const row = await concept.find(c.em, id);
  await steps.apply(row, c);
  await (concept.save ? concept.save(c.em, row) : c.em.save(row as ObjectLiteral));
  await steps.after?.(row, c);
  return concept.toDto(c.em, await concept.find(c.em, id));
}

/**
 * Deletes one row, softly: find → permission → describe → claim the version →
 * `apply` (refusals, and what the row takes with it) → the row itself →
 * `after` (the rows around it: closing up a list).
 */
export function removeRow<E, D>(
  audit: AuditService,
  actor: Actor,
  concept: RowConcept<E, D>,
  id: string,
  ifMatch: IfMatch,
  steps: Partial<RowSteps<E>> = {},
): Promise<void> {
  return audit.change(actor, (c) => removeRowIn(audit, c, concept, id, ifMatch, steps));
}

/** `removeRow`'s steps inside a change already open. */
export async function removeRowIn<E, D>(
  audit: AuditService,
  c: Change,
  concept: RowConcept<E, D>,
  id: string,
  ifMatch: IfMatch,
  steps: Partial<RowSteps<E>> = {},
): Promise<void> {
  const row = await begin(audit, c, concept, id, ifMatch, steps.action ?? 'delete', steps.check);
  await steps.apply?.(row, c);
  await c.softDelete(typeof concept.table === 'function' ? concept.table(row) : concept.table, id);
  await steps.after?.(row, c);
}

/**
 * Creates one row: a new id, the entry says so, then `work` (what the new row
 * hangs on, who may, the rules, the insert) → the row as the API shows it.
 */
export function createRow<E, D>(
  audit: AuditService,
  actor: Actor,
  concept: RowConcept<E, D> & { table: Table },
  work: (c: Change, id: string) => unknown,
): Promise<D> {
  return audit.change(actor, (c) => createRowIn(c, concept, work));
}

/** `createRow`'s steps inside a change already open. */
export async function createRowIn<E, D>(
  c: Change,
  concept: RowConcept<E, D> & { table: Table },
  work: (c: Change, id: string) => unknown,
): Promise<D> {
  const id = randomUUID();
  c.describe('create', concept.kind, id);
  await c.touch(concept.table, id);
  await work(c, id);
  return concept.toDto(c.em, await concept.find(c.em, id));
}
