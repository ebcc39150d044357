import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entities';

/**
 * A what-if: changes a director or committee member stages in private to see
 * what they would do before deciding them. Not plan data, so not in the trail;
 * only its author ever sees it, and applying it makes an adjustment.
 */
@Entity('scenario')
@Index(['authorId', 'planId'])
export class Scenario {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The staged changes, in the adjustment's `changes` form (JSON), each with the version of its row it saw. */
  @Column({ type: 'text', default: '[]' })
  changes!: string;

  /** The trail's head when the scenario was started. */
  @Column({ type: 'integer' })
  baseSeq!: number;

  /** UTC. */
  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  /** UTC. */
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
