import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Action } from '../actions/action.entity';
import { AimingPoint } from '../aiming-points/aiming-point.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Plan } from '../plans/plan.entity';

abstract class LinkRow extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'text', default: '' })
  rationale!: string;

  /** 1 (weak) to 3 (strong). */
  @Column({ type: 'integer' })
  strength!: number;
}

/** "supports": a focus area supports an aiming point. */
@Entity('support_link')
@Index(['focusAreaId', 'aimingPointId'], { unique: true, where: '"deletedAt" IS NULL' })
@Index(['aimingPointId'])
@Index(['planId'])
export class SupportLink extends LinkRow {
  @Column({ type: 'varchar', length: 36 })
  focusAreaId!: string;

  @ManyToOne(() => FocusArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'focusAreaId' })
  focusArea?: FocusArea;

  @Column({ type: 'varchar', length: 36 })
  aimingPointId!: string;

  @ManyToOne(() => AimingPoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'aimingPointId' })
  aimingPoint?: AimingPoint;
}

/** "contributes": an action contributes to a focus area. */
@Entity('contribution_link')
@Index(['actionId', 'focusAreaId'], { unique: true, where: '"deletedAt" IS NULL' })
@Index(['focusAreaId'])
@Index(['planId'])
export class ContributionLink extends LinkRow {
  @Column({ type: 'varchar', length: 36 })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: Action;

  @Column({ type: 'varchar', length: 36 })
  focusAreaId!: string;

  @ManyToOne(() => FocusArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'focusAreaId' })
  focusArea?: FocusArea;
}
