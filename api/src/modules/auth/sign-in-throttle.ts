import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';

/** The counter table holds at most this many rows; the least telling go first. */
export const MAX_COUNTER_ROWS = 2000;
/** The ceilings count failures within this window. */
const CEILING_WINDOW_MS = 3600_000;
/** How much later an attempt over a ceiling is answered. */
export const CEILING_DELAY_MS = 1000;
const DAY_MS = 24 * 3600_000;

export type CounterKind = 'pair' | 'login' | 'address' | 'denied';

/** The row key of what is counted: a hash, so logins and addresses are not kept in clear. */
export function counterKey(kind: CounterKind, ...parts: (string | null)[]): string {
  return createHash('sha256')
    .update([kind, ...parts.map((p) => p ?? '')].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

export type Gate = {
  /** Seconds this login must wait before trying again from this address; 0 when it may try now. */
  waitSeconds: number;
  /** Milliseconds to hold the answer back: the address or the login is over its ceiling. */
  slowMs: number;
};

export type Failure = {
  /** Failures of this login from this address so far. */
  failures: number;
  /** Seconds before the pair may try again. */
  waitSeconds: number;
  /** True once per pair: its wait has reached the longest, and the trail should say so. */
  lockedOut: boolean;
};

/**
 * Sign-in throttling, per login and address, in the `sign_in_counter` table
 * (shared by every API process on the same file; never the trail).
 *
 * - A pair (login, address) may fail LOGIN_MAX_FAILURES times freely; after
 *   each further failure it waits 1, 2, 4 … s, up to LOGIN_MAX_WAIT_SECONDS.
 *   A waiting pair is answered 429 before any password is checked.
 * - Over LOGIN_CEILING failures within an hour from one address (any login),
 *   or for one login (from any address), attempts are answered a second
 *   later: slowed, never refused. So nobody can lock the owner of a login
 *   out from an address that has not failed.
 * - Rows expire a day after their last count (longer if the longest wait is),
 *   and the table is capped at MAX_COUNTER_ROWS.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
  ) {}

  /** Whether this login may try from this address now; read only, before any password is checked. */
  gate(login: string, address: string | null): Promise<Gate> {
    const now = Date.now();
    const keys = [counterKey('pair', login, address), counterKey('login', login), counterKey('address', address)];
    return this.db.read(async (em) => {
      const rows = (await em.query(
        `SELECT "key", "count", "firstAt", "waitUntil" FROM "sign_in_counter" WHERE "key" IN (?, ?, ?)`,
        keys,
      )) as {
        key: string;
        count: number;
        firstAt: number;
        waitUntil: number;
      }[];
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const pair = byKey.get(keys[0]);
      const waitSeconds = pair && pair.waitUntil > now ? Math.ceil((pair.waitUntil - now) / 1000) : 0;
      const over = [keys[1], keys[2]].some((k) => {
        const row = byKey.get(k);
        return !!row && row.firstAt > now - CEILING_WINDOW_MS && row.count >= this.config.loginCeiling;
      });
      return { waitSeconds, slowMs: over ? CEILING_DELAY_MS : 0 };
    });
  }

  /** Counts a failed sign-in, inside the caller's transaction. */
  async failed(em: EntityManager, login: string, address: string | null): Promise<Failure> {
    const now = Date.now();
    const maxWaitMs = this.config.loginMaxWaitSeconds * 1000;
    const pairKey = counterKey('pair', login, address);
    const failures = await this.bump(em, 'pair', pairKey, now, now - this.memoryMs());
    const beyond = failures - this.config.loginMaxFailures;
    const waitMs = beyond > 0 ? Math.min(1000 * 2 ** Math.min(beyond - 1, 40), maxWaitMs) : 0;
    const [{ recorded }] = (await em.query(`SELECT "recorded" FROM "sign_in_counter" WHERE "key" = ?`, [pairKey])) as {
      recorded: number;
    }[];
    const reachedLongest = waitMs >= maxWaitMs;
    await em.query(`UPDATE "sign_in_counter" SET "waitUntil" = ?, "recorded" = ? WHERE "key" = ?`, [
      now + waitMs,
      reachedLongest || recorded ? 1 : 0,
      pairKey,
    ]);
    const lockedOut = reachedLongest && !recorded;
    await this.bump(em, 'login', counterKey('login', login), now, now - CEILING_WINDOW_MS);
    await this.bump(em, 'address', counterKey('address', address), now, now - CEILING_WINDOW_MS);
    await this.prune(em, now);
    return { failures, waitSeconds: Math.ceil(waitMs / 1000), lockedOut };
  }

  /** A successful sign-in forgets the pair's failures (not the ceilings'). */
  async succeeded(em: EntityManager, login: string, address: string | null): Promise<void> {
    await em.query(`DELETE FROM "sign_in_counter" WHERE "key" = ?`, [counterKey('pair', login, address)]);
  }

  /** Counts a refused request (403) of a user from an address. */
  denied(userId: string | null, address: string | null): Promise<void> {
    const now = Date.now();
    return this.db.write(async (em) => {
      await this.bump(em, 'denied', counterKey('denied', userId, address), now, now - DAY_MS);
      await this.prune(em, now);
    });
  }

  /** Adds one to a counter, starting it afresh when its window began before `resetBefore`; answers the new count. */
  private async bump(em: EntityManager, kind: CounterKind, key: string, now: number, resetBefore: number): Promise<number> {
    // A pair's window is since its last failure; a ceiling's since its first.
    const since = kind === 'pair' ? '"lastAt"' : '"firstAt"';
    const rows = (await em.query(
      `INSERT INTO "sign_in_counter" ("key", "kind", "count", "firstAt", "lastAt", "waitUntil", "recorded") VALUES (?, ?, 1, ?, ?, 0, 0)
       ON CONFLICT ("key") DO UPDATE SET
         "count" = CASE WHEN ${since} < ? THEN 1 ELSE "count" + 1 END,
         "recorded" = CASE WHEN ${since} < ? THEN 0 ELSE "recorded" END,
         "firstAt" = CASE WHEN ${since} < ? THEN excluded."firstAt" ELSE "firstAt" END,
         "lastAt" = excluded."lastAt"
       RETURNING "count"`,
      [key, kind, now, now, resetBefore, resetBefore, resetBefore],
    )) as { count: number }[];
    return rows[0].count;
  }

  /** Forgets what has expired, and keeps the table under its cap: pairs still waiting and high counts stay longest. */
  private async prune(em: EntityManager, now: number): Promise<void> {
    await em.query(`DELETE FROM "sign_in_counter" WHERE "lastAt" < ?`, [now - this.memoryMs()]);
    await em.query(
      `DELETE FROM "sign_in_counter" WHERE "key" IN (
         SELECT "key" FROM "sign_in_counter" ORDER BY ("waitUntil" > ?), "count", "lastAt"
         LIMIT max(0, (SELECT count(*) FROM "sign_in_counter") - ?))`,
      [now, MAX_COUNTER_ROWS],
    );
  }

  private memoryMs(): number {
    return Math.max(DAY_MS, 2 * this.config.loginMaxWaitSeconds * 1000);
  }
}
