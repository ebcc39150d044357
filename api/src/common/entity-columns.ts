import { Column, CreateDateColumn, DeleteDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Columns every stored row of the cascade has. Ids are UUIDs made by Kompas, so they are unique across kinds. */
export abstract class BaseRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Demo data that is not a council decision. */
  @Column({ type: 'boolean', default: false })
  example!: boolean;

  /** UTC. */
  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  /** UTC. */
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;

  /**
   * Raised by one on every change, by a conditional UPDATE … WHERE version = ?
   * (see `claimVersion`): clients send the version they read as `If-Match`.
   */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Deleting is soft: the row leaves every read and can be restored from its history. */
  @DeleteDateColumn({ type: 'datetime', nullable: true })
  deletedAt!: Date | null;
}
