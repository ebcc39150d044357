import type { ActionStatus } from '@kompas/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Plan } from '../plans/plan.entity';
import { Unit } from '../units/unit.entity';

/** Handling / indsats: owned by a unit. */
@Entity('action')
@Index(['planId'])
@Index(['unitId'])
export class Action extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Unit;

  /** A name for now; later a user. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  responsiblePerson!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ActionStatus;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;
}
