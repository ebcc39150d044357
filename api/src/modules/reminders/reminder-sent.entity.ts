import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entities';

/**
 * A reminder that went out: this item was in a mail this user received, so
 * the next reminders leave it out. Written in the same transaction that
 * follows a successful send; a failed send writes nothing and is tried again.
 */
@Entity('reminder_sent')
@Index('IDX_reminder_sent_sentAt', ['sentAt'])
export class ReminderSent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  /** What was reminded of: `indicator:<id>:<periodCode>` (a period's value that is due) or `comment:<id>`. */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  itemKey!: string;

  @Column({ type: 'datetime' })
  sentAt!: Date;
}
