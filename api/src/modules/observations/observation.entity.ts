import type { Judgement, ObservationSeries } from '@kompas/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Indicator } from '../indicators/indicator.entity';

/**
 * One reading of an indicator for one period. Never changed once recorded: a
 * correction is a new observation that supersedes the old, and both stay.
 */
@Entity('observation')
@Index(['indicatorId', 'periodEnd'])
@Index(['supersedesId'], { unique: true })
export class Observation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  indicatorId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator?: Indicator;

  /** The indicator's own series (`actual`) or its reference series. */
  @Column({ type: 'varchar', length: 16, default: 'actual' })
  series!: ObservationSeries;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'real', nullable: true })
  value!: number | null;

  @Column({ type: 'text', nullable: true })
  narrative!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  judgement!: Judgement | null;

  @Column({ type: 'text', nullable: true })
  sourceNote!: string | null;

  /** When it was recorded (UTC). */
  @Column({ type: 'datetime' })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  supersedesId!: string | null;

  @ManyToOne(() => Observation, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'supersedesId' })
  supersedes?: Observation | null;

  @Column({ type: 'boolean', default: false })
  example!: boolean;
}
