import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Plan, Section } from '../plans/plan.entity';

/** Sigtepunkt: a theme of the vision. */
@Entity('aiming_point')
@Index(['planId', 'position'])
export class AimingPoint extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The "Vi vil …" sentence. */
  @Column({ type: 'text', default: '' })
  ambition!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'simple-json' })
  sections!: Section[];

  /** Order within the plan, 1-based. */
  @Column({ type: 'integer' })
  position!: number;
}
