import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';

/** An organisational unit (forvaltning → afdeling). Units outlive plans, so they belong to none. */
@Entity('unit')
@Index(['parentId', 'name'])
export class Unit extends BaseRow {
  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Unit | null;
}
