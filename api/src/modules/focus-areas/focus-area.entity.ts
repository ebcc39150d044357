import type { FocusAreaStatus } from '@kompas/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';
import { Committee } from '../committees/committee.entity';
import { Plan } from '../plans/plan.entity';

/** Fokusområde: owned by one committee, ranked within it, maybe shared with others ("på tværs"). */
@Entity('focus_area')
@Index(['committeeId', 'rank'], { unique: true, where: '"deletedAt" IS NULL' })
@Index(['planId'])
export class FocusArea extends BaseRow {
  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 36 })
  committeeId!: string;

  @ManyToOne(() => Committee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committeeId' })
  committee?: Committee;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Priority within the owning committee: 1, 2, 3 … with no gaps. */
  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: FocusAreaStatus;
}

/** A committee that shares a focus area it does not own. */
@Entity('focus_area_co_owner')
@Index(['committeeId'])
export class FocusAreaCoOwner {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  focusAreaId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  committeeId!: string;

  @ManyToOne(() => FocusArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'focusAreaId' })
  focusArea?: FocusArea;

  @ManyToOne(() => Committee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committeeId' })
  committee?: Committee;
}
