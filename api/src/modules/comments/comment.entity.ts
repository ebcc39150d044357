import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entities';

/** A remark on any node of a plan, by anyone who can read it. */
@Entity('comment')
@Index(['nodeId', 'createdAt'])
export class Comment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Plan;

  /** The plan itself (its vision), an aiming point, focus area, action or indicator. */
  @Column({ type: 'varchar', length: 36 })
  nodeId!: string;

  @Column({ type: 'varchar', length: 36 })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
