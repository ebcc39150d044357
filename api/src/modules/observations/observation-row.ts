import type { Judgement, ObservationSeries } from '@kompas/domain';
import type { EntityManager } from 'typeorm';
import { Observation } from './observation.entity';

/** Everything a new observation is made of. */
export type NewObservation = {
  id: string;
  indicatorId: string;
  periodStart: string;
  periodEnd: string;
  series: ObservationSeries;
  value: number | null;
  narrative: string | null;
  judgement: Judgement | null;
  sourceNote: string | null;
  recordedAt: Date;
  supersedesId: string | null;
  example: boolean;
};

/** The one place an observation's row is made: for the route, a correction and the import alike. */
export function observationRow(o: NewObservation): Observation {
  return Object.assign(new Observation(), o);
}

/**
 * Inserts an observation's row as TypeORM stores it (each column through the
 * driver's own conversion), with one plain prepared statement: the import
 * writes thousands, and TypeORM's insert builder costs a millisecond each.
 */
export async function insertObservation(em: EntityManager, row: Observation): Promise<void> {
  const driver = em.connection.driver;
  const columns = em.connection.getMetadata(Observation).columns.filter((c) => c.getEntityValue(row) !== undefined);
  await em.query(
    `INSERT INTO "observation" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    columns.map((c) => driver.preparePersistentValue(c.getEntityValue(row), c) as unknown),
  );
}
