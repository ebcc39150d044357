import { Injectable } from '@nestjs/common';
import {
  AuditEntity,
  conceptOfTable,
  CONCEPTS,
  ERROR_CODES,
  insertAtRank,
  OwnedKind,
  parentsOf,
  Permission,
  RESTORABLE_KINDS,
  RowChange,
} from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { OwnerColumns, ownerOfRow } from '../auth/ownership';
import { AuditService } from './audit.service';
import { Actor, allow, Change, Table } from './change';

/** The tables whose rows are deleted softly, with the kind the trail names them by, in the order a restore brings them back. */
const RESTORABLE: [Table, AuditEntity][] = RESTORABLE_KINDS.map((kind) => [CONCEPTS[kind].table, CONCEPTS[kind].trail]);

type Row = Record<string, unknown>;

export type RestoreResult = { id: string; kind: AuditEntity; restored: string[] };

/**
 * Brings back a deleted row, and everything its deletion took with it (a
 * focus area's links and indicators), as the trail recorded them. Whoever may
 * change the row may restore it.
 */
@Injectable()
export class RestoreService {
  constructor(private readonly audit: AuditService) {}

  restore(actor: Actor, id: string): Promise<RestoreResult> {
    return this.audit.change(actor, async (c) => {
      const found = await findDeleted(c.em, id);
      if (!found) {
        const alive = await findAlive(c.em, id);
        // Whoever may not change it is told so first, not what state it is in.
        if (alive) allow(actor, await permissionFor(c.em, alive[0], alive[1]));
        if (alive) throw ApiError.at(ERROR_CODES.inUse, 'This is not deleted, so there is nothing to restore.', 'id', 'not deleted');
        throw ApiError.notFound('deleted node or link', id);
      }
      const [table, kind, row] = found;
      allow(actor, await permissionFor(c.em, table, row));
      c.describe('restore', kind, id);

      // What the deletion took with it (the children its concept declares, see the registry of concepts):
      // every row it soft-deleted at the same moment, as the trail recorded them.
      const deletion = (await c.em.query(
        `SELECT e."changes" FROM "audit_entry" e
          WHERE e."action" = 'delete' AND e."seq" IN (SELECT r."seq" FROM "audit_ref" r WHERE r."entityId" = ?)
          ORDER BY e."seq" DESC LIMIT 1`,
        [id],
      )) as { changes: string }[];
      const together = deletion.length
        ? (JSON.parse(deletion[0].changes) as RowChange[]).filter(
            (ch) => ch.after && ch.after['deletedAt'] === row['deletedAt'] && !(ch.before && ch.before['deletedAt']),
          )
        : [];
      // What a row hangs on comes back before the row.
      const order = RESTORABLE.map(([t]) => t);
      const rank = (t: string) => order.indexOf(t as Table);
      const rows: [Table, string][] = [
        [table, id],
        ...together
          .filter((ch) => ch.id !== id)
          .sort((a, b) => rank(a.table) - rank(b.table))
          .map((ch) => [ch.table as Table, ch.id] as [Table, string]),
      ];

      const restored: string[] = [];
      // The row itself first, then what depended on it.
      for (const [t, rowId] of rows) {
        const current = (await c.em.query(`SELECT * FROM "${t}" WHERE "id" = ?`, [rowId])) as Row[];
        if (!current[0] || current[0]['deletedAt'] !== row['deletedAt']) continue;
        await checkParentsAlive(c.em, t, current[0]);
        await c.touch(t, rowId);
        c.mention(current[0]['focusAreaId'] as string, current[0]['aimingPointId'] as string, current[0]['actionId'] as string);
        // A focus area restored on its own goes back among the live ones; with its whole plan, its rank is still free.
        if (t === 'focus_area' && table !== 'plan') await this.placeFocusArea(c, current[0]);
        await c.em.query(`UPDATE "${t}" SET "deletedAt" = NULL, "version" = "version" + 1 WHERE "id" = ?`, [rowId]);
        restored.push(rowId);
      }
      return { id, kind, restored };
    });
  }

  /** A restored focus area goes back to its old priority in its committee (or last, if the list is shorter now). */
  private async placeFocusArea(c: Change, fa: Row): Promise<void> {
    const alive = (await c.em.query(`SELECT "id" FROM "focus_area" WHERE "committeeId" = ? AND "deletedAt" IS NULL ORDER BY "rank"`, [
      fa['committeeId'],
    ])) as { id: string }[];
    const order = alive.map((r) => r.id);
    const rank = Math.min(Number(fa['rank']), order.length + 1);
    const result = insertAtRank(order, fa['id'] as string, rank);
    const newOrder = result.ok ? result.value : [...order, fa['id'] as string];
    await c.touchAll('focus_area', newOrder);
    for (const [i, faId] of newOrder.entries()) {
      await c.em.query(
        `UPDATE "focus_area" SET "rank" = ?, "version" = "version" + (CASE WHEN "rank" = ? OR "id" = ? THEN 0 ELSE 1 END) WHERE "id" = ?`,
        [-(i + 1), i + 1, fa['id'], faId],
      );
    }
    await c.em.query(`UPDATE "focus_area" SET "rank" = -"rank" WHERE "committeeId" = ? AND "rank" < 0`, [fa['committeeId']]);
  }
}

async function findDeleted(em: EntityManager, id: string): Promise<[Table, AuditEntity, Row] | null> {
  for (const [table, kind] of RESTORABLE) {
    const rows = (await em.query(`SELECT * FROM "${table}" WHERE "id" = ? AND "deletedAt" IS NOT NULL`, [id])) as Row[];
    if (rows[0]) return [table, kind, rows[0]];
  }
  return null;
}

async function findAlive(em: EntityManager, id: string): Promise<[Table, Row] | null> {
  for (const [table] of RESTORABLE) {
    const rows = (await em.query(`SELECT * FROM "${table}" WHERE "id" = ? AND "deletedAt" IS NULL`, [id])) as Row[];
    if (rows[0]) return [table, rows[0]];
  }
  return null;
}

/** Whoever may change a row may restore it. */
function permissionFor(em: EntityManager, table: Table, row: Row): Promise<Permission> {
  const kinds: Partial<Record<Table, OwnedKind>> = {
    focus_area: 'focusArea',
    action: 'action',
    indicator: 'indicator',
    support_link: 'supportLink',
    contribution_link: 'contributionLink',
    aiming_point: 'aimingPoint',
    committee: 'committee',
    unit: 'unit',
  };
  return ownerOfRow(em, kinds[table] ?? 'plan', row as OwnerColumns);
}

/** A row comes back only where what it hangs on is alive; a link only if no live twin has been drawn since. */
async function checkParentsAlive(em: EntityManager, table: Table, row: Row): Promise<void> {
  const kind = conceptOfTable(table);
  for (const { column, table: parent, words } of kind ? parentsOf(kind) : []) {
    const parentId = row[column] as string | null;
    if (!parentId) continue;
    const alive = (await em.query(`SELECT 1 FROM "${parent}" WHERE "id" = ? AND "deletedAt" IS NULL`, [parentId])) as Row[];
    if (!alive.length) throw ApiError.at(ERROR_CODES.inUse, `Restore ${words} first.`, column, 'deleted');
  }
  if (table === 'support_link' || table === 'contribution_link') {
    const [a, b] = table === 'support_link' ? ['focusAreaId', 'aimingPointId'] : ['actionId', 'focusAreaId'];
    const twin = (await em.query(`SELECT 1 FROM "${table}" WHERE "${a}" = ? AND "${b}" = ? AND "deletedAt" IS NULL`, [
      row[a],
      row[b],
    ])) as Row[];
    if (twin.length)
      throw ApiError.at(
        ERROR_CODES.duplicateLink,
        'The same link has been drawn again since; it cannot come back twice.',
        'id',
        'link exists',
      );
  }
}
