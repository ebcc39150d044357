// One trail entry as stored, built the same way by the API and by the import's worker thread.
import { AuditAction, AuditEntity, ImportRecordSummary, RowChange, StoredAuditColumns, TrailMigration, wellFormed } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { keyedHash, StoredAuditRow } from './trail';

/** What an entry says: who did what to which rows, and why. */
export type EntryFacts = {
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  userId?: string | null;
  userName?: string | null;
  detail?: string | null;
  reason?: string | null;
  ip?: string | null;
  changes?: RowChange[];
  /** Further ids whose history should list the entry. */
  mentioned?: string[];
  /** What an import's record holds (its rows were written to the record and the index beside it). */
  record?: ImportRecordSummary | null;
  /** What an upgrade did to stored values (a `migrate` entry). */
  migration?: TrailMigration;
};

/** The trail's last entry, which the next one follows. */
export type ChainEnd = { seq: number; hash: string } | undefined;

export const LAST_ENTRY_SQL = `SELECT "seq", "hash" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`;

const COLUMNS = [
  'seq',
  'id',
  'at',
  'userId',
  'userName',
  'action',
  'entity',
  'entityId',
  'entityIds',
  'changes',
  'reason',
  'detail',
  'ip',
  'keyed',
  'record',
  'migration',
  'prevHash',
  'hash',
] as const satisfies readonly (keyof StoredAuditRow)[];

export const INSERT_ENTRY_SQL = `INSERT INTO "audit_entry" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;

export const entryValues = (row: StoredAuditRow): unknown[] => COLUMNS.map((c) => row[c]);

/**
 * The entry that follows `last`, with its keyed hash over its columns exactly
 * as they are stored (a lone surrogate is stored, and hashed, as U+FFFD), and
 * the ids whose history lists it (an import's rows are indexed with its
 * record; its entry names only the plan).
 */
export function entryRow(key: Buffer, last: ChainEnd, facts: EntryFacts, at: Date): { row: StoredAuditRow; refIds: string[] } {
  const changes = facts.changes ?? [];
  const ids = new Set<string>();
  if (facts.entityId) ids.add(facts.entityId);
  if (facts.action !== 'import') for (const ch of changes) ids.add(ch.id);
  for (const id of facts.mentioned ?? []) ids.add(id);
  const columns: StoredAuditColumns = {
    seq: (last?.seq ?? 0) + 1,
    id: randomUUID(),
    at: at.toISOString(),
    userId: wellFormed(facts.userId ?? null),
    userName: wellFormed(facts.userName ?? null),
    action: facts.action,
    entity: facts.entity,
    entityId: wellFormed(facts.entityId ?? null),
    entityIds: JSON.stringify([...ids]),
    changes: JSON.stringify(changes),
    reason: wellFormed(facts.reason ?? null),
    detail: wellFormed(facts.detail ?? null),
    ip: wellFormed(facts.ip ?? null),
    keyed: 1,
    record: facts.record ? JSON.stringify(facts.record) : null,
    migration: facts.migration ? JSON.stringify(facts.migration) : null,
    prevHash: last?.hash ?? '0'.repeat(64),
  };
  const row = { ...columns, hash: keyedHash(key, columns) };
  return { row, refIds: [...new Set([...ids, ...changes.map((ch) => ch.id)])] };
}
