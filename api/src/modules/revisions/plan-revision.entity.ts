import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entities';

/**
 * A named, dated revision of a plan with the decision that adopted it
 * ("Vedtaget i Kommunalbestyrelsen 2026-03-01, sag 26/1234"): the whole plan
 * as it stood then, kept as it was taken. Never changed nor deleted.
 */
@Entity('plan_revision')
@Index(['planId', 'createdAt'])
export class PlanRevision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** The meeting's date (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 })
  decidedAt!: string;

  /** Who decided it, in words: "Kommunalbestyrelsen". */
  @Column({ type: 'varchar', length: 300 })
  decidedBy!: string;

  @Column({ type: 'varchar', length: 60 })
  caseNumber!: string;

  /** Who took it; null for Kompas itself (an import, the demo plan). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdBy' })
  creator?: User;

  @Column({ type: 'datetime' })
  createdAt!: string;

  /** The trail's entry that recorded it: the plan is as the trail says up to and including this entry. */
  @Column({ type: 'integer' })
  auditSeq!: number;

  /** JSON: the plan's graph when it was taken. The trail records its digest, not the plan again. */
  @Column({ type: 'text' })
  snapshot!: string;

  /** `sha256:` and the hex digest of `snapshot`: what the trail records of it. */
  @Column({ type: 'varchar', length: 71 })
  snapshotDigest!: string;
}
