import type { AuditedTable } from '@kompas/domain';

/** Tables whose rows a change can touch, each snapshotted whole (a focus area with its co-owners): from the registry of concepts. */
export type Table = AuditedTable;
