import { DEFAULT_COUNCIL_NAME, type PlanStatus } from '@kompas/domain';
import { Column, Entity } from 'typeorm';
import { BaseRow } from '../../common/entity-columns';

export type Section = { title: string; body: string };

/** The council's vision for one period: the root of the cascade. */
@Entity('plan')
export class Plan extends BaseRow {
  @Column({ type: 'varchar', length: 300 })
  organisation!: string;

  /** What the plan calls the council that owns the vision ("Kommunalbestyrelsen", "Byrådet"). */
  @Column({ type: 'varchar', length: 300, default: DEFAULT_COUNCIL_NAME })
  councilName!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  visionStatement!: string;

  /** The "Fordi vi vil …" lines, in order. */
  @Column({ type: 'simple-json' })
  motivations!: string[];

  /** Further sections of the vision document, in order. */
  @Column({ type: 'simple-json' })
  sections!: Section[];

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: PlanStatus;
}
