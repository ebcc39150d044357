import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entities';

/**
 * A decided change of a plan (priorities, statuses, targets, an action's scope
 * or dates, links) with its reference: who decided it, when, the case number,
 * why. A decision spanning several owners is one row per owner (one `groupId`),
 * each applied by its owner: `pending` until then, `applied` after.
 */
@Entity('adjustment')
@Index(['planId', 'decidedAt'])
@Index(['groupId'])
export class Adjustment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The decision this part belongs to: every part of one decision shares it. */
  @Column({ type: 'varchar', length: 36 })
  groupId!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  /** `committee` or `council`. */
  @Column({ type: 'varchar', length: 16 })
  decidedBy!: string;

  /** The committee that decided it (when `decidedBy` is `committee`). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  committeeId!: string | null;

  /** The meeting's date (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 })
  decidedAt!: string;

  @Column({ type: 'varchar', length: 200 })
  caseNumber!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The assessment whose proposal this decision answers, if any. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  answersAssessmentId!: string | null;

  /** JSON: this part's changes, as sent. */
  @Column({ type: 'text' })
  changes!: string;

  /** Whose part this is: `committee`, `unit` or `plan`. */
  @Column({ type: 'varchar', length: 16 })
  ownerKind!: string;

  /** The committee's or unit's id; the plan's id for the plan's own part. */
  @Column({ type: 'varchar', length: 36 })
  ownerId!: string;

  /** `pending` or `applied`. */
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'varchar', length: 36 })
  createdBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdBy' })
  creator?: User;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  appliedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  appliedAt!: string | null;
}
