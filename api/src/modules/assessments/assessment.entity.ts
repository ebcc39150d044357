import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entities';

/**
 * Someone's judgement of how an aiming point, focus area or action is doing:
 * a status, a reflection, the evidence it rests on and, optionally, a proposed
 * adjustment, open until an adjustment answers it or a decision declines it.
 */
@Entity('assessment')
@Index(['nodeId', 'date'])
@Index(['planId', 'date'])
export class Assessment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  /** The aiming point, focus area or action assessed. */
  @Column({ type: 'varchar', length: 36 })
  nodeId!: string;

  /** `aimingPoint`, `focusArea` or `action`. */
  @Column({ type: 'varchar', length: 16 })
  nodeKind!: string;

  /** The day the assessment is about (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  /** `onTrack`, `atRisk` or `offTrack`. */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text' })
  reflection!: string;

  /** JSON: `{indicatorIds, observationIds, kinds}`. */
  @Column({ type: 'text' })
  evidence!: string;

  @Column({ type: 'text', nullable: true })
  proposedAdjustment!: string | null;

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  /** JSON: the decision that declined the proposal (`{decidedBy, committeeId, decidedAt, caseNumber}`), null while it is not declined. */
  @Column({ type: 'text', nullable: true })
  declineDecision!: string | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  declinedBy!: string | null;

  @Column({ type: 'datetime', nullable: true })
  declinedAt!: string | null;
}
