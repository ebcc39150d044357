import { EntityTarget } from 'typeorm';
import type { Change, Table } from './change';

type Positioned = { id: string; planId: string; position: number };

/** Renumbers 1..n; each row whose position changes is in the change's entry and gets a new version. */
async function renumber<T extends Positioned>(c: Change, table: Table, order: T[]) {
  for (const [i, row] of order.entries()) {
    if (row.position === i + 1) continue;
    await c.touch(table, row.id);
    await c.em.query(`UPDATE "${table}" SET "position" = ?, "version" = "version" + 1 WHERE "id" = ?`, [i + 1, row.id]);
  }
}

/** Puts a row of a plan's ordered list at `position` (clamped to the list); the others close up around it. */
export async function placeAt<T extends Positioned>(c: Change, entity: EntityTarget<T>, table: Table, row: T, position: number) {
  const all = await c.em.find(entity, { where: { planId: row.planId } as never, order: { position: 'ASC' } as never });
  const order = all.filter((r) => r.id !== row.id);
  order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, all.find((r) => r.id === row.id) ?? row);
  await renumber(c, table, order);
}

/** Renumbers a plan's ordered list 1..n after a row left it. */
export async function closeUp<T extends Positioned>(c: Change, entity: EntityTarget<T>, table: Table, planId: string) {
  await renumber(c, table, await c.em.find(entity, { where: { planId } as never, order: { position: 'ASC' } as never }));
}
