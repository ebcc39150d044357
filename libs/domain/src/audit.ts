/**
 * The trail: one entry per change, kept forever and chained by hashes so that
 * any edit of an old entry shows. Shapes shared by the API and the web app.
 */
import { TRAIL_KINDS, type TrailKind } from './concepts';
import { fromSingleTarget } from './indicators';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'link',
  'unlink',
  'reorder',
  'import',
  'comment',
  /** An assessment of an aiming point, focus area or action. */
  'assess',
  /** A proposed adjustment declined by a decision. */
  'decline',
  /** A decided adjustment applied (its changes, with the decision). */
  'adjust',
  'login',
  'loginFailed',
  'lockout',
  'logout',
  'denied',
  /** An upgrade that added or changed stored values: its name and each column with its value. */
  'migrate',
  /** The chain goes on keyed (HMAC) from here; the entries before keep their SHA-256 hashes. */
  'rekey',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What kind of thing an entry is about: the trail's kind of each concept (both kinds of link are a `link`). */
export const AUDIT_ENTITIES: readonly TrailKind[] = TRAIL_KINDS;
export type AuditEntity = TrailKind;

/** One row an entry touched: its stored columns before and after (null: did not exist). */
export type RowChange = {
  table: string;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type AuditEntry = {
  /** Position in the trail: 1, 2, 3 … */
  seq: number;
  id: string;
  /** ISO time, UTC. */
  at: string;
  userId: string | null;
  userName: string | null;
  action: AuditAction;
  entity: AuditEntity;
  /** The thing the change was about; `entityIds` lists every id it touched. */
  entityId: string | null;
  entityIds: string[];
  changes: RowChange[];
  /** What the user typed as the reason, if anything. */
  reason: string | null;
  /** What Kompas adds: why a request was denied, a lock-out's figures. */
  detail: string | null;
  prevHash: string;
  hash: string;
  /** Hashed with the trail's key (HMAC-SHA256); false for entries written before the chain was keyed. */
  keyed: boolean;
  /** An import's record of the rows it created (kept apart, readable by those who may import). */
  record: ImportRecordSummary | null;
  /** What a `migrate` entry changed in the stored rows. */
  migration: TrailMigration | null;
  /** How many rows the change touched; list answers carry at most AUDIT_LIST_CHANGES of them in `changes`. */
  changesTotal: number;
  /** The decided adjustment an `adjust` entry applied, with its decision (list answers carry it). */
  adjustment?: AuditAdjustment | null;
};

/** The decision behind an entry: "Udvalget for Læring, 2026-05-12, sag 26/1234", and why. */
export type AuditAdjustment = {
  id: string;
  groupId: string;
  decision: {
    decidedBy: 'committee' | 'council';
    committeeId: string | null;
    committeeName: string | null;
    decidedAt: string;
    caseNumber: string;
  };
  reason: string;
};

/** Row changes an entry carries in a list answer at most; `changesTotal` says how many there were. */
export const AUDIT_LIST_CHANGES = 25;

/** What an import entry says about its record: the record itself is stored in chunks beside the trail. */
export type ImportRecordSummary = {
  /** sha256 (hex) of the record's chunks, each as stored, joined by a line feed. */
  digest: string;
  /** UTF-8 bytes of the record. */
  bytes: number;
  rows: number;
  chunks: number;
  /** Created rows per table. */
  counts: Record<string, number>;
};

/** One chunk of an import record, as `GET /api/audit/{seq}/import?chunk=` answers it. */
export type ImportRecordChunk = ImportRecordSummary & { seq: number; chunk: number; changes: RowChange[] };

/**
 * What an upgrade did to the stored rows of an audited table: a new or
 * changed column set to one value on every row, or a column dropped, or a
 * column set on every row to what a named rule (`TRAIL_DERIVATIONS`) makes of
 * the row's stored values, so that a replay of the trail makes the same.
 */
export type TrailMigrationColumn =
  | { table: string; column: string; value: unknown }
  | { table: string; column: string; drop: true }
  | { table: string; column: string; derive: TrailDerivation };

type StoredRow = Record<string, unknown>;
/** A rule of an upgrade: a column's new value from the row as stored and, through `rowOf`, the other rows it names. */
type Derivation = (row: StoredRow, rowOf: (table: string, id: string) => StoredRow | undefined) => unknown;

/** An indicator's single target as the upgrade to target paths reads it, with the date its plan's last day gives it. */
function singleTarget(row: StoredRow, rowOf: (table: string, id: string) => StoredRow | undefined) {
  const planEnd = rowOf('plan', String(row['planId']))?.['periodEnd'];
  const date = (row['targetDate'] as string | null) ?? (typeof planEnd === 'string' ? planEnd : null);
  return date === null ? null : fromSingleTarget(row['targetValue'] as number | null, date, date);
}

/**
 * The rules upgrades derive stored values by, by name. Never change one that
 * an upgrade has used: the trail's replay applies it to the rows of old entries.
 */
export const TRAIL_DERIVATIONS = {
  /** An indicator's target date: kept; with a target value and no date, its plan's last day (IndicatorTargets1764936000000). */
  singleTargetDate: (row, rowOf) => {
    if (row['targetValue'] === null || row['targetValue'] === undefined) return row['targetDate'] ?? null;
    return singleTarget(row, rowOf)?.longTermTarget?.date ?? row['targetDate'] ?? null;
  },
  /** An indicator's target path as stored (JSON): its single target for the year of its date, or none (IndicatorTargets1764936000000). */
  singleTargetPath: (row, rowOf) => JSON.stringify(row['targetValue'] == null ? [] : (singleTarget(row, rowOf)?.targets ?? [])),
} as const satisfies Record<string, Derivation>;
export type TrailDerivation = keyof typeof TRAIL_DERIVATIONS;
/**
 * Rows an upgrade found breaking a rule it brings, and kept as they were (it
 * changes nothing in them): the code a new write breaking the rule is refused
 * with, and each group of rows that break it together, with what they share.
 */
export type TrailMigrationKept = { table: string; rule: string; groups: { ids: string[]; shared: Record<string, string> }[] };
export type TrailMigration = { name: string; columns: TrailMigrationColumn[]; kept?: TrailMigrationKept[] };

export type AuditPage = { items: AuditEntry[]; total: number; limit: number; offset: number };

/** An entry that does not fit: its content and hash differ, it does not link to the entry before, or entries are missing before it. */
export type AuditBreak = { seq: number; problem: 'hash' | 'link' | 'gap' };

/** A live row whose stored value differs from what its latest entry recorded (`trail` or `now` undefined → null: no such row). */
export type AuditDrift = { table: string; id: string; field: string; trail: unknown; now: unknown };

/** The head of the chain as sealed: count, hash of the last entry, when, and a MAC over them with the trail's key. */
export type AuditHead = { entries: number; hash: string; at: string; mac: string };

export type AuditVerification = {
  /** No break, no drift, and the trail still holds what was last sealed. */
  intact: boolean;
  entries: number;
  /** The first break (the first entry of `broken`). */
  brokenAt: number | null;
  /** Every entry that does not fit, oldest first. */
  broken: AuditBreak[];
  /** Every live row that differs from the trail (field `*`: a row with no entry, or a row the trail has that is gone). */
  drift: AuditDrift[];
  /** The last seal, compared with the trail (null: never sealed). */
  seal: { entries: number; hash: string; at: string; matches: boolean } | null;
  /** Entries from before the chain was keyed (plain SHA-256). */
  unkeyed: number;
};

/** The hash of the entry before the first one. */
export const AUDIT_GENESIS = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so the same content always
 * gives the same text (and the same hash), whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  // JSON.stringify does the writing (twice as fast as building the text by hand on a 90 MB import); the replacer only sorts keys.
  return JSON.stringify(value === undefined ? null : value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * A string as it is stored: UTF-8 cannot hold a lone surrogate, so it becomes
 * U+FFFD on the way in, and the hash is taken over that.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value !== 'string') return value;
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD') as T;
}

/** An entry's columns exactly as stored (JSON columns as their text). */
export type StoredAuditColumns = {
  seq: number;
  id: string;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  entityIds: string;
  changes: string;
  reason: string | null;
  detail: string | null;
  ip: string | null;
  keyed: number | boolean;
  record: string | null;
  migration: string | null;
  prevHash: string;
};

/**
 * What a keyed entry's MAC covers: every stored column but the hash, as stored
 * (read back from the database), in one canonical text. Who, from where,
 * when, what, why, the rows and the ids it touches, the import record's digest.
 */
export function keyedContent(row: StoredAuditColumns): string {
  const { seq, id, at, userId, userName, action, entity, entityId, entityIds, changes, reason, detail, ip, record, migration, prevHash } =
    row;
  return canonicalJson({
    v: 2,
    seq,
    id,
    at,
    userId,
    userName,
    action,
    entity,
    entityId,
    entityIds,
    changes,
    reason,
    detail,
    ip,
    keyed: row.keyed ? 1 : 0,
    record,
    migration,
    prevHash,
  });
}

/** What a seal's MAC covers. */
export const sealContent = (head: { entries: number; hash: string; at: string }): string =>
  `kompas-audit-seal\n${head.entries}\n${head.hash}\n${head.at}`;

/** The part of an unkeyed (pre-key) entry its SHA-256 covers: everything but the hash itself. */
export function hashedContent(
  entry: Pick<
    AuditEntry,
    | 'seq'
    | 'id'
    | 'at'
    | 'userId'
    | 'userName'
    | 'action'
    | 'entity'
    | 'entityId'
    | 'entityIds'
    | 'changes'
    | 'reason'
    | 'detail'
    | 'prevHash'
  >,
): string {
  const { seq, id, at, userId, userName, action, entity, entityId, entityIds, changes, reason, detail, prevHash } = entry;
  return canonicalJson({ seq, id, at, userId, userName, action, entity, entityId, entityIds, changes, reason, detail, prevHash });
}

/**
 * The rows as the trail says they are, built entry by entry, oldest first:
 * each change leaves its row as it was after (or removes it), an import's
 * record adds its rows, a `migrate` entry sets or drops a column on every row
 * of its table known so far.
 */
export class TrailReplay {
  readonly rows = new Map<string, Record<string, unknown>>();

  applyChanges(changes: readonly RowChange[]): void {
    for (const change of changes) {
      const key = `${change.table}/${change.id}`;
      if (change.after) this.rows.set(key, change.after);
      else this.rows.delete(key);
    }
  }

  applyMigration(migration: TrailMigration): void {
    const rowOf = (table: string, id: string) => this.rows.get(`${table}/${id}`);
    for (const col of migration.columns) {
      const prefix = `${col.table}/`;
      const derive: Derivation | undefined = 'derive' in col ? TRAIL_DERIVATIONS[col.derive] : undefined;
      for (const [key, row] of this.rows) {
        if (!key.startsWith(prefix)) continue;
        const next = { ...row };
        if ('drop' in col) delete next[col.column];
        else if ('derive' in col) {
          // A rule this version does not know leaves the rows as they were: verify then shows what it changed as drift.
          if (derive) next[col.column] = derive(row, rowOf);
        } else next[col.column] = col.value;
        this.rows.set(key, next);
      }
    }
  }

  apply(entry: ReplayedEntry): void {
    if (entry.imported) this.applyChanges(entry.imported);
    this.applyChanges(entry.changes);
    if (entry.migration) this.applyMigration(entry.migration);
  }
}

/** An entry as a replay needs it: its changes, an import's created rows (from its record), a migration. */
export type ReplayedEntry = { changes: readonly RowChange[]; imported?: readonly RowChange[]; migration?: TrailMigration | null };

/** Replays entries, oldest first: what the trail says the rows are now, keyed `table/id`. */
export function replayTrail(entries: readonly ReplayedEntry[]): Map<string, Record<string, unknown>> {
  const replay = new TrailReplay();
  for (const entry of entries) replay.apply(entry);
  return replay.rows;
}
