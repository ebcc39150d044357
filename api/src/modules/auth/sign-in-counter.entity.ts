import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the front door remembers about failed sign-ins and refused requests:
 * counts and times per key, never one row per attempt. The key is a hash of
 * what is counted (a login and an address, a login, an address, a user and an
 * address), so the table holds no logins or addresses in clear. Rows expire
 * and the table is capped (see SignInThrottle), so it stays small whatever
 * anyone sends.
 */
@Entity('sign_in_counter')
@Index('IDX_sign_in_counter_lastAt', ['lastAt'])
export class SignInCounter {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  key!: string;

  /** `pair` (login and address), `login`, `address` or `denied` (a user's refused requests from an address). */
  @Column({ type: 'varchar', length: 8 })
  kind!: string;

  @Column({ type: 'integer' })
  count!: number;

  /** Milliseconds since 1970 of the first and the last count. */
  @Column({ type: 'integer' })
  firstAt!: number;

  @Column({ type: 'integer' })
  lastAt!: number;

  /** A pair may not try again before this (milliseconds since 1970); 0 when it may. */
  @Column({ type: 'integer', default: 0 })
  waitUntil!: number;

  /** Whether this pair's lock-out is in the trail already (once per pair). */
  @Column({ type: 'boolean', default: false })
  recorded!: boolean;
}
