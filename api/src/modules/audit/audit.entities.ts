import type { AuditAction, AuditEntity } from '@kompas/domain';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change, kept forever: triggers refuse every UPDATE and DELETE of this
 * table, and each entry's hash covers its content and the previous hash.
 */
@Entity('audit_entry')
@Index(['at'])
@Index(['userId'])
@Index(['entityId'])
@Index(['action', 'userName'])
@Index(['action', 'ip'])
export class AuditRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 36 })
  id!: string;

  /** ISO time, UTC, with milliseconds. */
  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  /** The user's name at the time; for a failed sign-in, the login that was tried. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  userName!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 16 })
  entity!: AuditEntity;

  @Column({ type: 'varchar', length: 36, nullable: true })
  entityId!: string | null;

  /** JSON: every id the change touched. */
  @Column({ type: 'text' })
  entityIds!: string;

  /** JSON: the rows before and after. */
  @Column({ type: 'text' })
  changes!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  /** Where the request came from (sign-in throttling counts by it). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  /** 1: the hash is an HMAC with the trail's key; 0: a plain SHA-256 from before the chain was keyed. */
  @Column({ type: 'boolean', default: false })
  keyed!: boolean;

  /** JSON: an import's record summary (digest, bytes, rows, chunks, counts), or null. */
  @Column({ type: 'text', nullable: true })
  record!: string | null;

  /** JSON: what a migrate entry did to stored values, or null. */
  @Column({ type: 'text', nullable: true })
  migration!: string | null;
}

/** An import's created rows, in chunks of JSON, covered by its entry's hash through the record's digest. */
@Entity('audit_import_record')
export class AuditImportRecord {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @PrimaryColumn({ type: 'integer' })
  chunk!: number;

  @Column({ type: 'text' })
  rows!: string;
}

/** What an upgrade did to stored values, waiting for the next start to write it to the trail with the key. */
@Entity('audit_pending_migration')
export class AuditPendingMigration {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  spec!: string;
}

/** Which entries touched an id: the index behind a node's history. */
@Entity('audit_ref')
@Index(['entityId', 'seq'])
export class AuditRef {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  entityId!: string;
}
