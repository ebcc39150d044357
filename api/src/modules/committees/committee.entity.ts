import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Plan } from '../plans/plan.entity';

/** Udvalg: belongs to one plan, since committees change with each council period. */
@Entity('committee')
@Index(['planId', 'position'])
export class Committee extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  shortName!: string;

  /** Kerneområder. */
  @Column({ type: 'simple-json' })
  coreAreas!: string[];

  /** Order of the committee's lane on the map, 1-based. */
  @Column({ type: 'integer' })
  position!: number;
}
