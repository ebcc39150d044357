import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
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

export type Claim = {
  key: string;
  /** Seconds the pair must still wait; when above 0, the attempt was not taken. */
  waitSeconds: number;
  /** Failures of this login from this address, this attempt included. */
  failures: number;
  /** Seconds the pair waits after this attempt if it fails. */
  nextWaitSeconds: number;
  /** Whether that wait is the longest. */
  reachedLongest: boolean;
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
    private readonly clock: Clock,
  ) {}

  /** Whether this login may try from this address now; read only, before any password is checked. */
  gate(login: string, address: string | null): Promise<Gate> {
    const now = this.clock.now();
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

  /**
   * Takes one attempt for this login from this address before its password is
   * checked, counted as failed until it succeeds (`succeeded` forgets it): so
   * many guesses sent at once cannot all pass before the first is counted. A
   * pair that must wait is answered with its wait instead, and nothing counted.
   */
  claim(login: string, address: string | null): Promise<Claim> {
    const now = this.clock.now();
    const key = counterKey('pair', login, address);
    const forgetBefore = now - this.memoryMs();
    return this.db.write(async (em) => {
      // One statement that writes first: the write lock is taken at once, so two processes cannot both see "no wait".
      const [row] = (await em.query(
        `INSERT INTO "sign_in_counter" ("key", "kind", "count", "firstAt", "lastAt", "waitUntil", "recorded") VALUES (?, 'pair', 1, ?, ?, 0, 0)
         ON CONFLICT ("key") DO UPDATE SET
           "count" = CASE WHEN "waitUntil" > ? THEN "count" WHEN "lastAt" < ? THEN 1 ELSE "count" + 1 END,
           "recorded" = CASE WHEN "waitUntil" <= ? AND "lastAt" < ? THEN 0 ELSE "recorded" END,
           "firstAt" = CASE WHEN "waitUntil" <= ? AND "lastAt" < ? THEN excluded."firstAt" ELSE "firstAt" END,
           "lastAt" = CASE WHEN "waitUntil" > ? THEN "lastAt" ELSE excluded."lastAt" END
         RETURNING "count", "waitUntil"`,
        [key, now, now, now, forgetBefore, now, forgetBefore, now, forgetBefore, now],
      )) as { count: number; waitUntil: number }[];
      if (row.waitUntil > now)
        return {
          key,
          waitSeconds: Math.ceil((row.waitUntil - now) / 1000),
          failures: row.count,
          nextWaitSeconds: 0,
          reachedLongest: false,
        };
      const maxWaitMs = this.config.loginMaxWaitSeconds * 1000;
      const beyond = row.count - this.config.loginMaxFailures;
      const waitMs = beyond > 0 ? Math.min(1000 * 2 ** Math.min(beyond - 1, 40), maxWaitMs) : 0;
      await em.query(`UPDATE "sign_in_counter" SET "waitUntil" = ? WHERE "key" = ?`, [now + waitMs, key]);
      await this.prune(em, now);
      return { key, waitSeconds: 0, failures: row.count, nextWaitSeconds: Math.ceil(waitMs / 1000), reachedLongest: waitMs >= maxWaitMs };
    });
  }

  /** Counts a failed sign-in towards the ceilings, inside the caller's transaction; its pair was counted by `claim`. */
  async failed(em: EntityManager, login: string, address: string | null, claim: Claim): Promise<Failure> {
    const now = this.clock.now();
    await this.bump(em, 'login', counterKey('login', login), now, now - CEILING_WINDOW_MS);
    await this.bump(em, 'address', counterKey('address', address), now, now - CEILING_WINDOW_MS);
    // The trail hears of a pair's lock-out once: whoever marks it recorded first writes the entry.
    const marked = claim.reachedLongest
      ? ((await em.query(`UPDATE "sign_in_counter" SET "recorded" = 1 WHERE "key" = ? AND "recorded" = 0 RETURNING "key"`, [
          claim.key,
        ])) as unknown[])
      : [];
    await this.prune(em, now);
    return { failures: claim.failures, waitSeconds: claim.nextWaitSeconds, lockedOut: marked.length > 0 };
  }

  /** A successful sign-in forgets the pair's failures (not the ceilings'). */
  async succeeded(em: EntityManager, login: string, address: string | null): Promise<void> {
    await em.query(`DELETE FROM "sign_in_counter" WHERE "key" = ?`, [counterKey('pair', login, address)]);
  }

  /** Counts a refused request (403) of a user from an address. */
  denied(userId: string | null, address: string | null): Promise<void> {
    const now = this.clock.now();
    return this.db.write(async (em) => {
      await this.bump(em, 'denied', counterKey('denied', userId, address), now, now - DAY_MS);
      await this.prune(em, now);
    });
  }

  /** Adds one to a counter, starting it afresh when its window began before `resetBefore`; answers the new count. */
  private async bump(em: EntityManager, kind: CounterKind, key: string, now: number, resetBefore: number): Promise<number> {
    // A ceiling's window (and a refusal count's) runs from its first count.
    const since = '"firstAt"';
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
