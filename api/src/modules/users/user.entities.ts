import type { Role } from '@kompas/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person who signs in. Never deleted, only deactivated, so the trail keeps
 * their name. How they prove who they are lives in `credential`.
 */
@Entity('user')
@Index(['username'], { unique: true })
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The login, stored in lower case. */
  @Column({ type: 'varchar', length: 60 })
  username!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Where reminders go: trimmed, in lower case; null when none is known. Not unique: two logins may share a mailbox. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'simple-json' })
  roles!: Role[];

  /** Committees a committee member sits on. */
  @Column({ type: 'simple-json' })
  committeeIds!: string[];

  /** Units a manager leads. */
  @Column({ type: 'simple-json' })
  unitIds!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** A demo login: refused unless Kompas runs in demo mode. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}

/**
 * One way a user proves who they are. Today a password (a salted scrypt hash);
 * sign-in through the municipality's identity provider adds another kind
 * (with the provider's subject in `secret`) without reshaping users.
 */
@Entity('credential')
@Index(['userId', 'kind'], { unique: true })
export class Credential {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'password';

  /** `scrypt$N$r$p$salt$hash` (base64url). */
  @Column({ type: 'text' })
  secret!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}

/** A signed-in browser. Kept in the database, so any API process can serve it. */
@Entity('session')
@Index(['userId'])
export class Session {
  /** SHA-256 of the cookie's token: a stolen database does not give working cookies. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime' })
  expiresAt!: Date;

  /** When the session was last used, written at most once a minute; it ends after SESSION_IDLE_MINUTES without use. */
  @Column({ type: 'datetime', nullable: true })
  lastSeenAt!: Date | null;
}
