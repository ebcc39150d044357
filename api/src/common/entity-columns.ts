import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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
}
