import { DEFAULT_GRACE_DAYS, type Cadence, type Direction, type EvidenceKind, type IndicatorType, type TargetEntry } from '@kompas/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Action } from '../actions/action.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Plan } from '../plans/plan.entity';

/**
 * What shows whether the vision, an aiming point, a focus area or an action
 * works. At most one of aimingPointId, focusAreaId and actionId is set; none
 * set: it measures the vision, its plan.
 */
@Entity('indicator')
@Index(['planId'])
@Index(['focusAreaId'])
@Index(['actionId'])
@Index(['aimingPointId'])
@Index(['responsibleUserId'])
export class Indicator extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  /** The aiming point it measures. No foreign key: the column came to an existing table (the service checks it). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  aimingPointId!: string | null;

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

  /** The long-term target's value (null: none) … */
  @Column({ type: 'real', nullable: true })
  targetValue!: number | null;

  /** … and its date. */
  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;

  /** The target path, ordered by period. */
  @Column({ type: 'simple-json', default: '[]' })
  targets!: TargetEntry[];

  /** The reference series' name (null: none) and source. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  referenceName!: string | null;

  @Column({ type: 'text', nullable: true })
  referenceSource!: string | null;

  /** Days after a period ends before its value is due. */
  @Column({ type: 'integer', default: DEFAULT_GRACE_DAYS })
  graceDays!: number;

  /** Who answers for its data besides its owner (any active user). No foreign key, as aimingPointId. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  responsibleUserId!: string | null;
}
