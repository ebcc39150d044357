import { Injectable, Logger } from '@nestjs/common';
import {
  AUDIT_GENESIS,
  AuditAction,
  AuditEntity,
  AuditEntry,
  AuditPage,
  AuditVerification,
  hashedContent,
  RowChange,
} from '@kompas/domain';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Database } from '../../database/database';
import { AuditRow } from './audit.entities';
import { claimVersion, IfMatch } from '../../common/versions';
import { Actor, Change, Table } from './change';

/** An event that is not a change of the plan's rows: a sign-in, a refusal. */
export type AuditEvent = {
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
};

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
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function toAuditEntry(row: AuditRow): AuditEntry {
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
    changes: JSON.parse(row.changes) as RowChange[],
    reason: row.reason,
    detail: row.detail,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/**
 * The trail. Every change goes through `change()`: the work and its one entry
 * share a transaction, so there is never a change without its entry, nor an
 * entry for a change that did not happen.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly db: Database) {}

  /** Runs `work` in one transaction and writes its audit entry in the same one. */
  change<T>(actor: Actor, work: (c: Change) => Promise<T>): Promise<T> {
    return this.db.write(async (em) => {
      const c = new Change(em, actor);
      const result = await work(c);
      const changes = await c.rowChanges();
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

  /** Appends one entry to the chain, inside the caller's transaction. */
  async append(em: EntityManager, event: AuditEvent): Promise<void> {
    const last = (await em.query(`SELECT "seq", "hash" FROM "audit_entry" ORDER BY "seq" DESC LIMIT 1`)) as { seq: number; hash: string }[];
    const changes = event.changes ?? [];
    const ids = new Set<string>();
    if (event.entityId) ids.add(event.entityId);
    // A bulk import names its plan only (its rows still find it through audit_ref).
    if (event.action !== 'import') for (const ch of changes) ids.add(ch.id);
    for (const id of event.mentioned ?? []) ids.add(id);
    const entry: Omit<AuditEntry, 'hash'> = {
      seq: (last[0]?.seq ?? 0) + 1,
      id: randomUUID(),
      at: new Date().toISOString(),
      userId: event.userId ?? null,
      userName: event.userName ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      entityIds: [...ids],
      changes,
      reason: event.reason ?? null,
      detail: event.detail ?? null,
      prevHash: last[0]?.hash ?? AUDIT_GENESIS,
    };
    const hash = sha256(hashedContent(entry));
    await em.insert(AuditRow, {
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      userId: entry.userId,
      userName: entry.userName,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      entityIds: JSON.stringify(entry.entityIds),
      changes: JSON.stringify(entry.changes),
      reason: entry.reason,
      detail: entry.detail,
      ip: event.ip ?? null,
      prevHash: entry.prevHash,
      hash,
    });
    // Every row an entry touched finds it, an import's rows too (its entry names only the plan).
    const refIds = new Set([...entry.entityIds, ...changes.map((ch) => ch.id)]);
    const refs = [...refIds].map((entityId) => ({ seq: entry.seq, entityId }));
    // Plain multi-row statements: an import touches a hundred thousand rows, and TypeORM's insert builder is slow at that.
    for (let i = 0; i < refs.length; i += 2000) {
      const batch = refs.slice(i, i + 2000);
      await em.query(
        `INSERT INTO "audit_ref" ("seq", "entityId") VALUES ${batch.map(() => '(?, ?)').join(', ')}`,
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
      const rows = (await em.query(`SELECT e.* FROM "audit_entry" e ${filter} ORDER BY e."seq" DESC LIMIT ? OFFSET ?`, [
        ...params,
        q.limit,
        q.offset,
      ])) as AuditRow[];
      return { items: rows.map(toAuditEntry), total, limit: q.limit, offset: q.offset };
    });
  }

  /** The newest entry about an id: who last changed it, when and why. */
  lastChangeOf(em: EntityManager, id: string): Promise<AuditRow | null> {
    return em
      .query(`SELECT e.* FROM "audit_entry" e WHERE e."seq" = (SELECT max(r."seq") FROM "audit_ref" r WHERE r."entityId" = ?)`, [id])
      .then((rows: AuditRow[]) => rows[0] ?? null);
  }

  /** Walks the whole chain, oldest first, recomputing every hash. */
  verify(): Promise<AuditVerification> {
    return this.db.read(async (em) => {
      let prev = AUDIT_GENESIS;
      let entries = 0;
      const batch = 500;
      for (let after = 0; ;) {
        const rows = (await em.query(`SELECT * FROM "audit_entry" WHERE "seq" > ? ORDER BY "seq" LIMIT ?`, [after, batch])) as AuditRow[];
        if (!rows.length) break;
        for (const row of rows) {
          const entry = toAuditEntry(row);
          const { hash, ...content } = entry;
          if (entry.prevHash !== prev || sha256(hashedContent(content)) !== hash || entry.seq !== entries + 1) {
            this.logger.warn(`The audit trail is broken at entry ${entry.seq}.`);
            const problem = entry.seq !== entries + 1 ? 'gap' : entry.prevHash !== prev ? 'link' : 'hash';
            return {
              intact: false,
              entries: entries + 1,
              brokenAt: entry.seq,
              broken: [{ seq: entry.seq, problem }],
              drift: [],
              seal: null,
              unkeyed: 0,
            };
          }
          prev = hash;
          entries++;
          after = row.seq;
        }
      }
      return { intact: true, entries, brokenAt: null, broken: [], drift: [], seal: null, unkeyed: 0 };
    });
  }
}
