// The trail's checks, free of Nest so that the backup and restore commands use the same code as the server.
import {
  AUDIT_GENESIS,
  AuditBreak,
  AuditDrift,
  AuditHead,
  canonicalJson,
  hashedContent,
  keyedContent,
  RowChange,
  sealContent,
  StoredAuditColumns,
  TrailMigration,
  TrailReplay,
  TRAIL_ROW_TABLES,
} from '@kompas/domain';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { ConfigError } from '../../config/app-config';

/** Runs one SQL statement and answers its rows (TypeORM's `em.query`, or better-sqlite3 wrapped). */
export type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** An entry as stored, hash included. */
export type StoredAuditRow = StoredAuditColumns & { hash: string };

/** The tables whose live rows must equal what the trail recorded (not credentials, sessions or counters): from the registry of concepts. */
export const AUDITED_TABLES = TRAIL_ROW_TABLES;

/** Columns of audited tables that change without a trail entry on purpose (none today). */
export const UNAUDITED_COLUMNS: Record<string, readonly string[]> = {};

/** Drifted rows a verification lists at most. */
export const DRIFT_LIMIT = 10_000;

/** Rows per chunk of an import record. */
export const RECORD_CHUNK_ROWS = 1000;

export const keyPathOf = (databasePath: string) => `${databasePath}.key`;
export const sealPathOf = (databasePath: string) => `${databasePath}.seal`;
export const lockPathOf = (databasePath: string) => `${databasePath}.lock`;
export const restoredPathOf = (databasePath: string) => `${databasePath}.restored`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const macOf = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** The hash a keyed entry must carry: an HMAC over its stored columns. */
export const keyedHash = (key: Buffer, row: StoredAuditColumns) => macOf(key, keyedContent(row));

/** The plain SHA-256 an entry from before the key carries. */
export function unkeyedHash(row: StoredAuditRow): string {
  return sha256(
    hashedContent({
      seq: row.seq,
      id: row.id,
      at: row.at,
      userId: row.userId,
      userName: row.userName,
      action: row.action as never,
      entity: row.entity as never,
      entityId: row.entityId,
      entityIds: JSON.parse(row.entityIds) as string[],
      changes: JSON.parse(row.changes) as RowChange[],
      reason: row.reason,
      detail: row.detail,
      prevHash: row.prevHash,
    }),
  );
}

/**
 * The trail's key: AUDIT_KEY, else the key file beside the database. A key
 * file is created (owner-only) only while the trail is empty: with entries
 * and no key, Kompas cannot tell its own entries from forged ones, so it stops.
 */
export function loadKey(databasePath: string, configured: string | null, entries: number): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  if (databasePath === ':memory:') return randomBytes(32);
  const path = keyPathOf(databasePath);
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8').trim();
    if (text.length < 32)
      throw new ConfigError([`The trail's key file ${path} holds fewer than 32 characters; set AUDIT_KEY or restore the file.`]);
    return Buffer.from(text, 'utf8');
  }
  if (entries > 0) {
    throw new ConfigError([
      `AUDIT_KEY is not set and there is no key file at ${path}, but the audit trail has ${entries} entries: ` +
        `set AUDIT_KEY to the trail's key (or put its key file back). Kompas creates a key only while the trail is empty.`,
    ]);
  }
  const key = randomBytes(32).toString('hex');
  writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return Buffer.from(key, 'utf8');
}

export type Seal = AuditHead;

export function readSeal(path: string): Seal | 'unreadable' | null {
  if (!existsSync(path)) return null;
  try {
    const seal = JSON.parse(readFileSync(path, 'utf8')) as Seal;
    if (typeof seal.entries !== 'number' || typeof seal.hash !== 'string' || typeof seal.at !== 'string' || typeof seal.mac !== 'string')
      return 'unreadable';
    return seal;
  } catch {
    return 'unreadable';
  }
}

export function makeSeal(key: Buffer, head: { entries: number; hash: string }, at = new Date().toISOString()): Seal {
  return { entries: head.entries, hash: head.hash, at, mac: macOf(key, sealContent({ entries: head.entries, hash: head.hash, at })) };
}

/** Writes the seal whole or not at all (a new file renamed over the old). */
export function writeSeal(path: string, seal: Seal): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(seal)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

export const sealMacMatches = (key: Buffer, seal: Seal) => macOf(key, sealContent(seal)) === seal.mac;

/** The newest entry: the chain's head (entries 0 and the genesis hash for an empty trail). */
export async function headOf(query: Query): Promise<{ entries: number; hash: string }> {
  const rows = (await query(`SELECT "seq", "hash" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`)) as { seq: number; hash: string }[];
  return rows[0] ? { entries: rows[0].seq, hash: rows[0].hash } : { entries: 0, hash: AUDIT_GENESIS };
}

/** Whether the trail still holds what the seal sealed: its MAC, and the sealed entry with the sealed hash. */
export async function sealHolds(query: Query, key: Buffer, seal: Seal): Promise<boolean> {
  if (!sealMacMatches(key, seal)) return false;
  if (seal.entries === 0) return seal.hash === AUDIT_GENESIS;
  const rows = (await query(`SELECT "hash" FROM "audit_entry" WHERE "seq" = ?`, [seal.entries])) as { hash: string }[];
  return rows[0]?.hash === seal.hash;
}

/** An import record, as its summary says it was stored. */
export function recordDigest(chunks: readonly string[]): { digest: string; bytes: number } {
  const hash = createHash('sha256');
  let bytes = 0;
  chunks.forEach((text, i) => {
    if (i > 0) hash.update('\n');
    hash.update(text, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
  });
  return { digest: hash.digest('hex'), bytes };
}

export type ChainWalk = {
  entries: number;
  broken: AuditBreak[];
  unkeyed: number;
  head: { entries: number; hash: string };
  /** The stored hash of each seq asked for in `hashesOf`. */
  hashes: Map<number, string>;
  /** Index rows derived from the entries that audit_ref lacks. */
  missingRefs: { seq: number; entityId: string }[];
  /** What the trail says the rows are, when asked for. */
  replay: TrailReplay | null;
  /** Rows a change found different from what the trail had recorded before it (changed outside Kompas, then by Kompas). */
  unrecorded: AuditDrift[];
};

/** How many rows an import record summary says it holds (0 if unreadable). */
function recordRows(record: string): number {
  try {
    return Number((JSON.parse(record) as { rows?: number }).rows) || 0;
  } catch {
    return 0;
  }
}

/** The ids an entry's index rows name: its ids, the rows it changed, an import's created rows. */
export function refIdsOf(row: Pick<StoredAuditColumns, 'entityIds' | 'changes'>, imported: readonly RowChange[] = []): Set<string> {
  const ids = new Set<string>(JSON.parse(row.entityIds) as string[]);
  for (const ch of JSON.parse(row.changes) as RowChange[]) ids.add(ch.id);
  for (const ch of imported) ids.add(ch.id);
  return ids;
}

/**
 * Walks the whole chain, oldest first, in batches, and reports every entry
 * that does not fit, not only the first: `hash` (content and hash differ, an
 * unkeyed entry after keyed ones, an import record that differs from its
 * digest), `link` (not chained to the entry before), `gap` (entries missing
 * before it). With `untilSeq`, it stops after that entry (the rows as they were then).
 */
export async function walkChain(
  query: Query,
  key: Buffer,
  options: { checkHashes?: boolean; replay?: boolean; hashesOf?: number[]; untilSeq?: number } = {},
): Promise<ChainWalk> {
  const checkHashes = options.checkHashes ?? true;
  const broken: AuditBreak[] = [];
  const hashes = new Map<number, string>();
  const wanted = new Set(options.hashesOf ?? []);
  const missingRefs: { seq: number; entityId: string }[] = [];
  const replay = options.replay ? new TrailReplay() : null;
  const unrecorded: AuditDrift[] = [];
  let prev: { seq: number; hash: string } = { seq: 0, hash: AUDIT_GENESIS };
  let entries = 0;
  let unkeyed = 0;
  let keyedSeen = false;
  const batch = 500;
  for (let after = -1; ;) {
    const rows = (await query(`SELECT * FROM "audit_entry" WHERE "seq" > ? AND "seq" <= ? ORDER BY "seq" LIMIT ?`, [
      after,
      options.untilSeq ?? Number.MAX_SAFE_INTEGER,
      batch,
    ])) as StoredAuditRow[];
    if (!rows.length) break;
    const refs = (await query(`SELECT "seq", "entityId" FROM "audit_ref" WHERE "seq" >= ? AND "seq" <= ?`, [
      rows[0].seq,
      rows[rows.length - 1].seq,
    ])) as { seq: number; entityId: string }[];
    const known = new Set(refs.map((r) => `${r.seq}/${r.entityId}`));
    const refsPerSeq = new Map<number, number>();
    for (const r of refs) refsPerSeq.set(r.seq, (refsPerSeq.get(r.seq) ?? 0) + 1);
    for (const row of rows) {
      entries++;
      if (wanted.has(row.seq)) hashes.set(row.seq, row.hash);
      let imported: RowChange[] = [];
      let recordFits = true;
      // At start-up (no hash check, no replay) an import whose index rows are all there need not be read again.
      const recordNeeded =
        row.record !== null && (checkHashes || replay !== null || (refsPerSeq.get(row.seq) ?? 0) < recordRows(row.record));
      if (row.record !== null && recordNeeded) {
        const chunks = (
          (await query(`SELECT "rows" FROM "audit_import_record" WHERE "seq" = ? ORDER BY "chunk"`, [row.seq])) as { rows: string }[]
        ).map((c) => c.rows);
        try {
          const summary = JSON.parse(row.record) as { digest: string; bytes: number };
          const actual = recordDigest(chunks);
          recordFits = actual.digest === summary.digest && actual.bytes === summary.bytes;
        } catch {
          recordFits = false;
        }
        for (const text of chunks) imported.push(...(JSON.parse(text) as RowChange[]));
      }
      if (row.seq !== prev.seq + 1) broken.push({ seq: row.seq, problem: 'gap' });
      else if (row.prevHash !== prev.hash) broken.push({ seq: row.seq, problem: 'link' });
      if (checkHashes) {
        let fits: boolean;
        if (row.keyed) {
          keyedSeen = true;
          fits = keyedHash(key, row) === row.hash;
        } else {
          unkeyed++;
          // Once the chain is keyed, a plain hash is what someone without the key would write.
          fits = !keyedSeen && row.record === null && row.migration === null && unkeyedHash(row) === row.hash;
        }
        if (!fits || !recordFits) broken.push({ seq: row.seq, problem: 'hash' });
      } else if (!row.keyed) unkeyed++;
      if (row.record === null || recordNeeded)
        for (const id of refIdsOf(row, imported)) if (!known.has(`${row.seq}/${id}`)) missingRefs.push({ seq: row.seq, entityId: id });
      if (replay) {
        // A change's "before" must be what the trail last recorded: otherwise the row was changed outside Kompas in between.
        for (const ch of JSON.parse(row.changes) as RowChange[]) {
          const recorded = ch.before ? replay.rows.get(`${ch.table}/${ch.id}`) : undefined;
          if (!recorded || !ch.before) continue;
          for (const field of Object.keys(recorded).sort()) {
            if (!(field in ch.before) || (UNAUDITED_COLUMNS[ch.table] ?? []).includes(field)) continue;
            if (canonicalJson(recorded[field]) !== canonicalJson(ch.before[field]) && unrecorded.length < DRIFT_LIMIT)
              unrecorded.push({ table: ch.table, id: ch.id, field, trail: recorded[field], now: ch.before[field] });
          }
        }
        replay.apply({
          changes: JSON.parse(row.changes) as RowChange[],
          imported,
          migration: row.migration ? (JSON.parse(row.migration) as TrailMigration) : null,
        });
      }
      imported = [];
      prev = { seq: row.seq, hash: row.hash };
      after = row.seq;
    }
  }
  return { entries, broken, unkeyed, head: { entries: prev.seq, hash: prev.hash }, hashes, missingRefs, replay, unrecorded };
}

/** What a revision stores beside its snapshot, and the trail records instead of it. */
export function snapshotDigest(snapshot: string): string {
  return `sha256:${createHash('sha256').update(snapshot).digest('hex')}`;
}

/**
 * The columns of a table the trail records, as SQL: all of them, but a
 * revision's `snapshot` (the whole plan as JSON, megabytes for a large plan),
 * which the trail knows by its `snapshotDigest`.
 */
export function recordedColumns(table: string): string {
  return table === 'plan_revision'
    ? `"id", "planId", "name", "decidedAt", "decidedBy", "caseNumber", "createdBy", "createdAt", "auditSeq", "snapshotDigest"`
    : '*';
}

/**
 * A row as the trail snapshots it: every column, a focus area's co-owners. A
 * revision's digest is the digest of the snapshot it holds now, so a snapshot
 * changed outside Kompas shows as drift of `snapshotDigest`.
 */
async function liveRows(query: Query, table: string, afterRowid: number, limit: number): Promise<Record<string, unknown>[]> {
  const rows = await query(`SELECT rowid AS "__rowid", * FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ?`, [afterRowid, limit]);
  if (table === 'plan_revision') {
    for (const r of rows) {
      r['snapshotDigest'] = snapshotDigest(String(r['snapshot']));
      delete r['snapshot'];
    }
  }
  if (table === 'focus_area' && rows.length) {
    const ids = rows.map((r) => r['id'] as string);
    const co = (await query(
      `SELECT "focusAreaId", "committeeId" FROM "focus_area_co_owner" WHERE "focusAreaId" IN (${ids.map(() => '?').join(',')}) ORDER BY "committeeId"`,
      ids,
    )) as { focusAreaId: string; committeeId: string }[];
    for (const r of rows) r['coOwnerCommitteeIds'] = co.filter((c) => c.focusAreaId === r['id']).map((c) => c.committeeId);
  }
  return rows;
}

/**
 * Every live row of the audited tables that differs from what its latest
 * entry recorded (only the columns it recorded), every row with no entry at
 * all, and every row the trail has that is gone.
 */
export async function findDrift(query: Query, trail: Map<string, Record<string, unknown>>): Promise<AuditDrift[]> {
  const drift: AuditDrift[] = [];
  const seen = new Set<string>();
  const add = (d: AuditDrift) => {
    if (drift.length < DRIFT_LIMIT) drift.push(d);
  };
  for (const table of AUDITED_TABLES) {
    const ignored = UNAUDITED_COLUMNS[table] ?? [];
    for (let after = 0; ;) {
      const rows = await liveRows(query, table, after, 1000);
      if (!rows.length) break;
      for (const row of rows) {
        after = row['__rowid'] as number;
        delete row['__rowid'];
        const id = String(row['id']);
        const key = `${table}/${id}`;
        seen.add(key);
        const recorded = trail.get(key);
        if (!recorded) {
          add({ table, id, field: '*', trail: null, now: row });
          continue;
        }
        for (const field of Object.keys(recorded).sort()) {
          if (ignored.includes(field)) continue;
          const now = field in row ? row[field] : null;
          if (canonicalJson(recorded[field]) !== canonicalJson(now)) add({ table, id, field, trail: recorded[field], now });
        }
      }
    }
  }
  const audited = new Set<string>(AUDITED_TABLES);
  for (const [key, row] of trail) {
    const [table, id] = key.split('/');
    if (audited.has(table) && !seen.has(key)) add({ table, id, field: '*', trail: row, now: null });
  }
  return drift;
}

/** The process that holds the database (its lock file names a live pid), or null. */
export function lockHolder(databasePath: string): number | null {
  const path = lockPathOf(databasePath);
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    // EPERM: alive, but someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Marks the database as held by this process (a stale lock of a dead process is taken over). */
export function takeLock(databasePath: string): void {
  if (databasePath === ':memory:') return;
  writeFileSync(lockPathOf(databasePath), `${process.pid}\n`, { mode: 0o600 });
}

export function releaseLock(databasePath: string): void {
  if (databasePath === ':memory:') return;
  const path = lockPathOf(databasePath);
  try {
    if (Number(readFileSync(path, 'utf8').trim()) === process.pid) unlinkSync(path);
  } catch {
    // Already gone.
  }
}
