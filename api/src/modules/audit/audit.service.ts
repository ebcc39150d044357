import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  AUDIT_LIST_CHANGES,
  AuditAction,
  AuditAdjustment,
  AuditEntity,
  AuditEntry,
  AuditHead,
  AuditPage,
  AuditVerification,
  ERROR_CODES,
  ImportRecordChunk,
  ImportRecordSummary,
  RowChange,
  TrailMigration,
} from '@kompas/domain';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { MIGRATIONS } from '../../database/migrations';
import type { TrailDeclaringMigration } from '../../database/trail-migration';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { AuditRow } from './audit.entities';
import { claimVersion, IfMatch } from '../../common/versions';
import { Actor, Change, Table } from './change';
import { ChainEnd, entryRow, EntryFacts, entryValues, INSERT_ENTRY_SQL, LAST_ENTRY_SQL } from './entry-row';
import {
  findDrift,
  headOf,
  loadKey,
  makeSeal,
  Query,
  readSeal,
  releaseLock,
  restoredPathOf,
  sealHolds,
  sealPathOf,
  StoredAuditRow,
  takeLock,
  walkChain,
  writeSeal,
} from './trail';

/** An event that is not a change of the plan's rows (a sign-in, a refusal), or the entry of a change. */
export type AuditEvent = EntryFacts;

export type AuditQuery = {
  entity?: AuditEntity;
  entityId?: string;
  userId?: string;
  /** A user's id or login. */
  user?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  /** Leave out sign-ins and user administration (for readers of one thing's history). */
  onlyPlanEntries?: boolean;
  /** Only entries about this adjustment (a decision's part). */
  adjustmentId?: string;
  /** Only entries about any part of this decision. */
  groupId?: string;
};

/** Entries whose changes are longer than this are not read whole into a list answer. */
const LARGE_CHANGES_BYTES = 256 * 1024;

/** Columns a claim moves on every write, even one that changes nothing else. */
const CLAIM_COLUMNS = new Set(['version', 'updatedAt']);

const onlyClaimMoved = (ch: RowChange) =>
  !!ch.before &&
  !!ch.after &&
  [...new Set([...Object.keys(ch.before), ...Object.keys(ch.after)])].every(
    (k) => CLAIM_COLUMNS.has(k) || JSON.stringify(ch.before![k]) === JSON.stringify(ch.after![k]),
  );

/** Thrown inside a change that changed nothing: rolls its transaction back, carrying the answer out. */
class NothingChanged<T> {
  constructor(
    readonly result: T,
    readonly claimed: RowChange[],
  ) {}

  /** The work's answer, with the version (and time) its rolled-back claim had moved put back to what is stored. */
  answer(): T {
    const fix = (value: unknown) => {
      if (!value || typeof value !== 'object') return;
      const o = value as Record<string, unknown>;
      const row = this.claimed.find((ch) => ch.id === o['id']);
      if (!row?.before) return;
      if ('version' in o) o['version'] = row.before['version'];
      if ('updatedAt' in o && typeof row.before['updatedAt'] === 'string')
        o['updatedAt'] = new Date(sqliteUtcToIso(row.before['updatedAt'])).toISOString();
    };
    if (Array.isArray(this.result)) this.result.forEach(fix);
    else fix(this.result);
    return this.result;
  }
}

/** An entry as list answers carry it: at most AUDIT_LIST_CHANGES row changes, those about `focus` first. */
export function toAuditEntry(row: AuditRow, focus?: string, picked?: { changes: RowChange[]; total: number }): AuditEntry {
  let changes = picked ? picked.changes : (JSON.parse(row.changes) as RowChange[]);
  const changesTotal = picked ? picked.total : changes.length;
  if (changes.length > AUDIT_LIST_CHANGES) {
    const first = (ch: RowChange) => (ch.id === focus ? 0 : ch.id === row.entityId ? 1 : 2);
    changes = [...changes].sort((a, b) => first(a) - first(b)).slice(0, AUDIT_LIST_CHANGES);
  }
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    userId: row.userId,
    userName: row.userName,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    entityIds: JSON.parse(row.entityIds) as string[],
    changes,
    changesTotal,
    reason: row.reason,
    detail: row.detail,
    prevHash: row.prevHash,
    hash: row.hash,
    keyed: !!row.keyed,
    record: row.record ? (JSON.parse(row.record) as ImportRecordSummary) : null,
    migration: row.migration ? (JSON.parse(row.migration) as TrailMigration) : null,
  };
}

/** The adjustment an entry is about, with its decision, or null. */
export async function adjustmentOf(em: EntityManager, id: string): Promise<AuditAdjustment | null> {
  const [j] = (await em.query(
    `SELECT j."id", j."groupId", j."decidedBy", j."committeeId", c."name" AS "committeeName", j."decidedAt", j."caseNumber", j."reason"
       FROM "adjustment" j LEFT JOIN "committee" c ON c."id" = j."committeeId" WHERE j."id" = ?`,
    [id],
  )) as (AuditAdjustment['decision'] & { id: string; groupId: string; reason: string })[];
  if (!j) return null;
  const { id: adjustmentId, groupId, reason, ...decision } = j;
  return { id: adjustmentId, groupId, reason, decision };
}

const queryOf =
  (em: EntityManager): Query =>
  (sql, params) =>
    em.query(sql, params) as Promise<Record<string, unknown>[]>;

/**
 * The trail. Every change goes through `change()`: the work and its one entry
 * share a transaction, so there is never a change without its entry, nor an
 * entry for a change that did not happen. Entries are chained by an HMAC with
 * the trail's key, which is not in the database.
 */
@Injectable()
export class AuditService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Audit');
  private key: Buffer | null = null;
  private sealTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Before anything else writes: loads the key (or stops), takes the
   * database's lock, writes what upgrades and a restore did to the trail,
   * starts the keyed chain, rebuilds the index of entries by id, and seals.
   */
  async onModuleInit(): Promise<void> {
    const path = this.config.databasePath;
    await this.db.write(async (em) => {
      const [{ n }] = (await em.query(`SELECT count(*) AS "n" FROM "audit_entry"`)) as { n: number }[];
      this.key = loadKey(path, this.config.auditKey, n);
      takeLock(path);
      const pending = (await em.query(`SELECT "name", "spec" FROM "audit_pending_migration" ORDER BY "name"`)) as {
        name: string;
        spec: string;
      }[];
      // What each migration of this version says it did to stored values (the code decides, not the waiting row).
      const declared = new Map<string, TrailDeclaringMigration>();
      for (const M of MIGRATIONS) {
        const m = new M() as Partial<TrailDeclaringMigration>;
        if (m.name && m.trail) declared.set(m.name, m as TrailDeclaringMigration);
      }
      for (const p of pending) {
        const done = (await em.query(`SELECT 1 FROM "audit_entry" WHERE "action" = 'migrate' AND "detail" = ? LIMIT 1`, [p.name])).length;
        const declaring = declared.get(p.name);
        if (!declaring)
          this.logger.warn(`"${p.name}" waited to be written to the trail, but no migration of this version has that name: ignored.`);
        // With no entries yet there is no recorded row for the upgrade to have changed.
        else if (n > 0 && !done) {
          const kept = declaring.kept ? await declaring.kept(em) : undefined;
          const migration: TrailMigration = { name: p.name, columns: declaring.trail, ...(kept ? { kept } : {}) };
          await this.append(em, { action: 'migrate', entity: 'plan', userName: 'Kompas', detail: p.name, migration });
        }
        await em.query(`DELETE FROM "audit_pending_migration" WHERE "name" = ?`, [p.name]);
      }
      const [newest] = (await em.query(`SELECT "keyed" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`)) as { keyed: number }[];
      if (newest && !newest.keyed) {
        await this.append(em, {
          action: 'rekey',
          entity: 'plan',
          userName: 'Kompas',
          detail: 'From here on every entry is hashed with the trail’s key (HMAC-SHA256).',
        });
      }
      const restored = restoredPathOf(path);
      if (path !== ':memory:' && existsSync(restored)) {
        const what = JSON.parse(readFileSync(restored, 'utf8')) as { backup: string; entries: number; hash: string; movedAside: string };
        await this.append(em, {
          action: 'restore',
          entity: 'plan',
          userName: 'Kompas',
          detail: `Restored from the backup ${what.backup} (its trail: ${what.entries} entries, head ${what.hash}); the database before it was kept as ${what.movedAside}.`,
        });
        unlinkSync(restored);
      }
      const walk = await walkChain(queryOf(em), this.key, { checkHashes: false });
      await this.insertRefs(em, walk.missingRefs);
    });
    await this.seal();
    this.sealTimer = setInterval(
      () => void this.seal().catch((e: Error) => this.logger.error(`Sealing failed: ${e.message}`)),
      this.config.auditSealMinutes * 60_000,
    );
    this.sealTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.sealTimer) clearInterval(this.sealTimer);
    this.sealTimer = null;
    releaseLock(this.config.databasePath);
  }

  private get trailKey(): Buffer {
    if (!this.key) throw new Error('The audit trail is not open yet.');
    return this.key;
  }

  /** Runs `work` in one transaction and writes its audit entry in the same one; a change that changes nothing writes nothing. */
  async change<T>(actor: Actor, work: (c: Change) => Promise<T>): Promise<T> {
    try {
      return await this.db.write(async (em) => {
        const c = new Change(em, actor, this.clock.date());
        const result = await work(c);
        const changes = await c.rowChanges();
        // A credential's snapshot hides its secret, so a new password may look like no change: never dropped.
        if (!c.touches('credential') && changes.every(onlyClaimMoved)) throw new NothingChanged(result, changes);
        await this.append(em, {
          action: c.action,
          entity: c.entity,
          entityId: c.entityId,
          userId: actor.userId,
          userName: actor.userName,
          reason: actor.reason,
          detail: c.detail,
          ip: actor.ip,
          changes,
          mentioned: [...c.mentioned],
        });
        return result;
      });
    } catch (e) {
      if (e instanceof NothingChanged) return (e as NothingChanged<T>).answer();
      throw e;
    }
  }

  /**
   * Runs `work` in one transaction in which each `step` it hands to `each` is a
   * change of its own, with its own entry, in the order taken: many changes
   * that land together or not at all (an import of observations, each with
   * its entry). A step that changes nothing writes no entry.
   */
  async changeEach<T>(
    actor: Actor,
    work: (each: (step: (c: Change) => Promise<void>) => Promise<void>, em: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.db.write(async (em) => {
      const each = async (step: (c: Change) => Promise<void>) => {
        const c = new Change(em, actor, this.clock.date());
        await step(c);
        const changes = await c.rowChanges();
        if (!changes.length) return;
        await this.append(em, {
          action: c.action,
          entity: c.entity,
          entityId: c.entityId,
          userId: actor.userId,
          userName: actor.userName,
          reason: actor.reason,
          detail: c.detail,
          ip: actor.ip,
          changes,
          mentioned: [...c.mentioned],
        });
      };
      return work(each, em);
    });
  }

  /**
   * Starts changing one row: remembers it for the entry, then claims its
   * version (428 without If-Match, 412 with the current state when stale).
   */
  async claim(c: Change, table: Table, id: string, ifMatch: IfMatch, current: () => Promise<unknown>): Promise<number> {
    await c.touch(table, id);
    return claimVersion(c.em, table, id, ifMatch, current, async () => {
      const last = await this.lastChangeOf(c.em, id);
      return last ? { at: last.at, userName: last.userName, action: last.action, reason: last.reason } : null;
    });
  }

  /** Records an event in a transaction of its own. */
  record(event: AuditEvent): Promise<void> {
    return this.db.write((em) => this.append(em, event));
  }

  /**
   * The entry that follows `last`, for a write made on another connection (the
   * import's worker): it is made here, where the trail's key is.
   */
  entryFor(last: ChainEnd, facts: EntryFacts): { row: StoredAuditRow; refIds: string[] } {
    return entryRow(this.trailKey, last, facts, this.clock.date());
  }

  /** Appends one entry to the chain, inside the caller's transaction (see `entryRow`). */
  async append(em: EntityManager, event: AuditEvent): Promise<void> {
    const [last] = (await em.query(LAST_ENTRY_SQL)) as ChainEnd[];
    const { row, refIds } = entryRow(this.trailKey, last, event, this.clock.date());
    await em.query(INSERT_ENTRY_SQL, entryValues(row));
    await this.insertRefs(
      em,
      refIds.map((entityId) => ({ seq: row.seq, entityId })),
    );
  }

  private async insertRefs(em: EntityManager, refs: { seq: number; entityId: string }[]): Promise<void> {
    // Plain multi-row statements: an import touches a hundred thousand rows, and TypeORM's insert builder is slow at that.
    for (let i = 0; i < refs.length; i += 2000) {
      const batch = refs.slice(i, i + 2000);
      await em.query(
        `INSERT OR IGNORE INTO "audit_ref" ("seq", "entityId") VALUES ${batch.map(() => '(?, ?)').join(', ')}`,
        batch.flatMap((r) => [r.seq, r.entityId]),
      );
    }
  }

  list(q: AuditQuery): Promise<AuditPage> {
    return this.db.read(async (em) => {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value?: unknown) => {
        where.push(sql);
        if (value !== undefined) params.push(value);
      };
      if (q.entityId) add(`e."seq" IN (SELECT r."seq" FROM "audit_ref" r WHERE r."entityId" = ?)`, q.entityId);
      if (q.adjustmentId) add(`e."seq" IN (SELECT r."seq" FROM "audit_ref" r WHERE r."entityId" = ?)`, q.adjustmentId);
      if (q.groupId)
        add(`e."seq" IN (SELECT r."seq" FROM "audit_ref" r JOIN "adjustment" j ON j."id" = r."entityId" WHERE j."groupId" = ?)`, q.groupId);
      if (q.entity) add(`e."entity" = ?`, q.entity);
      if (q.userId) add(`e."userId" = ?`, q.userId);
      if (q.user) {
        where.push(`e."userId" IN (SELECT u."id" FROM "user" u WHERE u."id" = ? OR u."username" = ?)`);
        params.push(q.user, q.user);
      }
      if (q.action) add(`e."action" = ?`, q.action);
      if (q.onlyPlanEntries) add(`e."entity" NOT IN ('user', 'session')`);
      if (q.from) add(`e."at" >= ?`, q.from);
      if (q.to) add(`e."at" < ?`, q.to);
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const [{ total }] = (await em.query(`SELECT count(*) AS "total" FROM "audit_entry" e ${filter}`, params)) as { total: number }[];
      // A large entry's changes (a plan's deletion; an import written before import records) are not read whole:
      // SQLite picks the few a list answer carries, those about the id asked for first.
      const rows = (await em.query(
        `SELECT e."seq", e."id", e."at", e."userId", e."userName", e."action", e."entity", e."entityId", e."entityIds",
                CASE WHEN length(e."changes") <= ? THEN e."changes" END AS "changes", json_array_length(e."changes") AS "changesTotal",
                e."reason", e."detail", e."prevHash", e."hash", e."keyed", e."record", e."migration"
           FROM "audit_entry" e ${filter} ORDER BY e."seq" DESC LIMIT ? OFFSET ?`,
        [LARGE_CHANGES_BYTES, ...params, q.limit, q.offset],
      )) as (AuditRow & { changesTotal: number })[];
      const items: AuditEntry[] = [];
      for (const r of rows) {
        if (r.changes !== null) {
          items.push(toAuditEntry(r, q.entityId));
          continue;
        }
        const picked = (await em.query(
          `SELECT j."value" FROM "audit_entry" e, json_each(e."changes") j WHERE e."seq" = ?
            ORDER BY (json_extract(j."value", '$.id') = ?) DESC, (json_extract(j."value", '$.id') = ?) DESC, j."key" LIMIT ?`,
          [r.seq, q.entityId ?? '', r.entityId ?? '', AUDIT_LIST_CHANGES],
        )) as { value: string }[];
        items.push(toAuditEntry(r, q.entityId, { changes: picked.map((p) => JSON.parse(p.value) as RowChange), total: r.changesTotal }));
      }
      for (const item of items)
        item.adjustment = item.entity === 'adjustment' && item.entityId ? await adjustmentOf(em, item.entityId) : null;
      return { items, total, limit: q.limit, offset: q.offset };
    });
  }

  /** One chunk of an import's record (RECORD_CHUNK_ROWS rows), with the summary its entry carries. */
  importRecord(seqText: string, chunk: number): Promise<ImportRecordChunk> {
    // Like an unknown id, a position that is not one is simply not found.
    if (!/^[1-9]\d{0,14}$/.test(seqText)) return Promise.reject(ApiError.notFound('import record', seqText, 'seq'));
    const seq = Number(seqText);
    return this.db.read(async (em) => {
      const [entry] = (await em.query(`SELECT "record" FROM "audit_entry" WHERE "seq" = ?`, [seq])) as { record: string | null }[];
      if (!entry?.record) throw ApiError.notFound('import record', seqText, 'seq');
      const summary = JSON.parse(entry.record) as ImportRecordSummary;
      if (chunk >= summary.chunks)
        throw ApiError.at(
          ERROR_CODES.validationFailed,
          `This record has ${summary.chunks} chunk(s): 0 to ${summary.chunks - 1}.`,
          'chunk',
          'out of range',
        );
      const [part] = (await em.query(`SELECT "rows" FROM "audit_import_record" WHERE "seq" = ? AND "chunk" = ?`, [seq, chunk])) as {
        rows: string;
      }[];
      return { seq, chunk, ...summary, changes: part ? (JSON.parse(part.rows) as RowChange[]) : [] };
    });
  }

  /** The newest entry about an id: who last changed it, when and why. */
  lastChangeOf(em: EntityManager, id: string): Promise<AuditRow | null> {
    return em
      .query(`SELECT e.* FROM "audit_entry" e WHERE e."seq" = (SELECT max(r."seq") FROM "audit_ref" r WHERE r."entityId" = ?)`, [id])
      .then((rows: AuditRow[]) => rows[0] ?? null);
  }

  /**
   * The rows as the trail says they were right after entry `seq` (`table/id` → row), replayed
   * oldest first by the same walk that verifies the trail, inside the caller's read.
   */
  async rowsAsOf(em: EntityManager, seq: number): Promise<Map<string, Record<string, unknown>>> {
    const walk = await walkChain(queryOf(em), this.trailKey, { checkHashes: false, replay: true, untilSeq: seq });
    return walk.replay!.rows;
  }

  /** The head of the chain, with a MAC, for a director to record elsewhere. */
  head(): Promise<AuditHead> {
    return this.db.read(async (em) => makeSeal(this.trailKey, await headOf(queryOf(em)), this.clock.date().toISOString()));
  }

  /**
   * Seals the head of the chain into `<database>.seal`, unless the last seal
   * no longer matches the trail: that seal is the evidence, and stays.
   */
  async seal(): Promise<void> {
    if (this.config.databasePath === ':memory:') return;
    const path = sealPathOf(this.config.databasePath);
    await this.db.read(async (em) => {
      const q = queryOf(em);
      const last = readSeal(path);
      if (last === 'unreadable' || (last && !(await sealHolds(q, this.trailKey, last)))) {
        this.logger.warn(`The trail no longer holds what ${path} sealed; the seal is kept as evidence and not renewed.`);
        return;
      }
      writeSeal(path, makeSeal(this.trailKey, await headOf(q), this.clock.date().toISOString()));
    });
  }

  /**
   * Walks the whole chain, oldest first, recomputing every hash; compares
   * every live row of the audited tables with the trail, and the trail with
   * its last seal; puts back index rows the entries imply; then seals.
   */
  async verify(): Promise<AuditVerification> {
    const path = this.config.databasePath === ':memory:' ? null : sealPathOf(this.config.databasePath);
    const seal = path ? readSeal(path) : null;
    const sealed = seal && seal !== 'unreadable' ? seal : null;
    const result = await this.db.read(async (em) => {
      const q = queryOf(em);
      const walk = await walkChain(q, this.trailKey, { replay: true, hashesOf: sealed ? [sealed.entries] : [] });
      const drift = [...walk.unrecorded, ...(await findDrift(q, walk.replay!.rows))];
      return { walk, drift };
    });
    const { walk, drift } = result;
    let sealAnswer: AuditVerification['seal'] = null;
    if (seal === 'unreadable') sealAnswer = { entries: 0, hash: '', at: '', matches: false };
    else if (sealed) {
      const macOk = makeSeal(this.trailKey, sealed, sealed.at).mac === sealed.mac;
      const hash = sealed.entries === 0 ? '0'.repeat(64) : walk.hashes.get(sealed.entries);
      sealAnswer = { entries: sealed.entries, hash: sealed.hash, at: sealed.at, matches: macOk && hash === sealed.hash };
    }
    if (walk.missingRefs.length) {
      this.logger.warn(`${walk.missingRefs.length} row(s) of the index of entries by id were missing; rebuilt from the entries.`);
      await this.db.write((em) => this.insertRefs(em, walk.missingRefs));
    }
    for (const b of walk.broken) this.logger.warn(`The audit trail is broken at entry ${b.seq} (${b.problem}).`);
    if (drift.length) this.logger.warn(`${drift.length} difference(s) between the audited rows and the trail.`);
    if (!sealAnswer || sealAnswer.matches) await this.seal();
    return {
      intact: walk.broken.length === 0 && drift.length === 0 && (sealAnswer?.matches ?? true),
      entries: walk.entries,
      brokenAt: walk.broken[0]?.seq ?? null,
      broken: walk.broken,
      drift,
      seal: sealAnswer,
      unkeyed: walk.unkeyed,
    };
  }
}
