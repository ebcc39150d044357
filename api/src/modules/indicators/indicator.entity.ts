import type { Cadence, Direction, EvidenceKind, IndicatorType } from '@kompas/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Action } from '../actions/action.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Plan } from '../plans/plan.entity';

/** What shows whether a focus area or an action works. Exactly one of focusAreaId and actionId is set. */
@Entity('indicator')
@Index(['planId'])
@Index(['focusAreaId'])
@Index(['actionId'])
export class Indicator extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 36, nullable: true })
  focusAreaId!: string | null;

  @ManyToOne(() => FocusArea, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'focusAreaId' })
  focusArea?: FocusArea | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actionId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'actionId' })
  action?: Action | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: IndicatorType;

  @Column({ type: 'varchar', length: 24 })
  evidenceKind!: EvidenceKind;

  @Column({ type: 'varchar', length: 16 })
  cadence!: Cadence;

  @Column({ type: 'varchar', length: 60, nullable: true })
  unit!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  direction!: Direction | null;

  @Column({ type: 'real', nullable: true })
  baselineValue!: number | null;

  @Column({ type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ type: 'real', nullable: true })
  targetValue!: number | null;

  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;
}
