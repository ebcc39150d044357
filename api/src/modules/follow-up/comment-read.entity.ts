import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Comment } from '../comments/comment.entity';
import { User } from '../users/user.entities';

/**
 * How far a person has read a node's comments: the last comment they saw when
 * they opened them. Later comments are unread. Not plan data, so not in the trail.
 */
@Entity('comment_read')
export class CommentRead {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  /** The plan itself (its vision), an aiming point, focus area, action or indicator. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  nodeId!: string;

  @Column({ type: 'varchar', length: 36 })
  lastCommentId!: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lastCommentId' })
  lastComment?: Comment;

  /** When they last read them (UTC). */
  @Column({ type: 'datetime' })
  readAt!: Date;
}
