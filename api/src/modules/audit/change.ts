import {
  AuditAction,
  AuditEntity,
  canonicalJson,
  childrenOf,
  Permission,
  Principal,
  RestorableKind,
  RowChange,
  whyNot,
} from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { refusedError } from '../../common/refusals';
import type { Table } from '../../database/tables';
import { recordedColumns } from './trail';

/** Who is asking, as every write sees them. */
export type Actor = {
  /** Null for Kompas itself (start-up work: the demo plan, the first administrator). */
  userId: string | null;
  userName: string;
  principal: Principal;
  /** What the user typed as the reason for this change, if anything. */
  reason: string | null;
  ip: string | null;
};

/** Kompas itself, for work done at start-up. */
export const SYSTEM_ACTOR: Actor = {
  userId: null,
  userName: 'Kompas',
  principal: { userId: '', roles: ['administrator'], committeeIds: [], unitIds: [] },
  reason: null,
  ip: null,
};

/** Tables whose rows a change can touch (declared beside the database, for common/ to use too). */
export type { Table };

type Row = Record<string, unknown>;

/** A row as stored: every column, plus a focus area's co-owners; a credential's secret never leaves the table, nor a revision's snapshot (its digest does). */
export async function snapshot(em: EntityManager, table: Table, id: string): Promise<Row | null> {
  const rows = (await em.query(`SELECT ${recordedColumns(table)} FROM "${table}" WHERE "id" = ?`, [id])) as Row[];
  const row = rows[0];
  if (!row) return null;
  if (table === 'focus_area') {
    const co = (await em.query(`SELECT "committeeId" FROM "focus_area_co_owner" WHERE "focusAreaId" = ? ORDER BY "committeeId"`, [id])) as {
      committeeId: string;
    }[];
    row['coOwnerCommitteeIds'] = co.map((c) => c.committeeId);
  }
  if (table === 'credential') row['secret'] = '(hidden)';
  return row;
}

/** Refuses with 403 and the reason (its code, and in words) unless the actor may do this. */
export function allow(actor: Actor, permission: Permission): void {
  const refusal = whyNot(actor.principal, permission);
  if (refusal !== null) throw refusedError(refusal);
}

/**
 * One change in the making, inside its transaction: it remembers every row the
 * work touched as it was before, and at the end becomes exactly one audit entry
 * with each row's before and after.
 */
export class Change {
  private readonly rows = new Map<string, { table: Table; id: string; before: Row | null }>();
  action: AuditAction = 'update';
  entity: AuditEntity = 'plan';
  entityId: string | null = null;
  detail: string | null = null;

  /** The time of this change, as stored: every row it soft-deletes gets the same one. */
  readonly now: string;

  constructor(
    readonly em: EntityManager,
    readonly actor: Actor,
    at: Date = new Date(),
  ) {
    this.now = at.toISOString().replace('T', ' ').replace('Z', '');
  }

  /** Soft-deletes a row (if alive): it leaves every read, keeps its data, and its version moves on. */
  async softDelete(table: Table, id: string): Promise<void> {
    await this.touch(table, id);
    // A link's ends hear of it: the aiming point, focus area or action on the other side.
    const before = this.rows.get(`${table}/${id}`)?.before;
    if (before) this.mention(before['focusAreaId'] as string, before['aimingPointId'] as string, before['actionId'] as string);
    await this.em.query(`UPDATE "${table}" SET "deletedAt" = ?, "version" = "version" + 1 WHERE "id" = ? AND "deletedAt" IS NULL`, [
      this.now,
      id,
    ]);
  }

  /** What the entry will say this change was. */
  describe(action: AuditAction, entity: AuditEntity, entityId: string | null): this {
    this.action = action;
    this.entity = entity;
    this.entityId = entityId;
    return this;
  }

  /** Further ids the entry is about, so their history lists it too (a link's two ends). */
  readonly mentioned = new Set<string>();

  mention(...ids: (string | null | undefined)[]): this {
    for (const id of ids) if (id) this.mentioned.add(id);
    return this;
  }

  /** Call before changing a row (or before creating it): remembers it as it is now. */
  async touch(table: Table, id: string): Promise<void> {
    const key = `${table}/${id}`;
    if (this.rows.has(key)) return;
    this.rows.set(key, { table, id, before: null });
    this.rows.get(key)!.before = await snapshot(this.em, table, id);
  }

  /**
   * Soft-deletes every live row of `table` whose `column` holds `value` (one statement to read them, one to
   * delete); a link's ends hear of it, as with `softDelete`.
   */
  async softDeleteWhere(table: Table, column: string, value: string): Promise<number> {
    const rows = (await this.em.query(`SELECT * FROM "${table}" WHERE "${column}" = ? AND "deletedAt" IS NULL`, [value])) as Row[];
    for (const row of rows) {
      const key = `${table}/${row['id'] as string}`;
      this.mention(row['focusAreaId'] as string, row['aimingPointId'] as string, row['actionId'] as string);
      if (this.rows.has(key)) continue;
      if (table === 'focus_area') await this.touch(table, row['id'] as string);
      else this.rows.set(key, { table, id: row['id'] as string, before: row });
    }
    await this.em.query(`UPDATE "${table}" SET "deletedAt" = ?, "version" = "version" + 1 WHERE "${column}" = ? AND "deletedAt" IS NULL`, [
      this.now,
      value,
    ]);
    return rows.length;
  }

  /**
   * Soft-deletes the children a `kind` declares in the registry of concepts (not
   * the row itself, which the caller deletes): at this change's moment, so
   * that a restore brings them back together.
   */
  async softDeleteChildren(kind: RestorableKind, id: string): Promise<void> {
    for (const child of childrenOf(kind)) await this.softDeleteWhere(child.table as Table, child.column, id);
  }

  async touchAll(table: Table, ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.touch(table, id);
  }

  /** Whether the work touched a row of this table. */
  touches(table: Table): boolean {
    for (const row of this.rows.values()) if (row.table === table) return true;
    return false;
  }

  /** Every touched row that changed, as it was before and is now. */
  async rowChanges(): Promise<RowChange[]> {
    const out: RowChange[] = [];
    for (const { table, id, before } of this.rows.values()) {
      const after = await snapshot(this.em, table, id);
      if (canonicalJson(before) !== canonicalJson(after)) out.push({ table, id, before, after });
    }
    return out;
  }
}
