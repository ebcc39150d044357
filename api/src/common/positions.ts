import { EntityManager, EntityTarget } from 'typeorm';

type Positioned = { id: string; planId: string; position: number };

async function renumber<T extends Positioned>(em: EntityManager, entity: EntityTarget<T>, order: T[]) {
  for (const [i, row] of order.entries()) {
    if (row.position !== i + 1) await em.update(entity, { id: row.id } as never, { position: i + 1 } as never);
  }
}

/** Puts a row of a plan's ordered list at `position` (clamped to the list); the others close up around it. */
export async function placeAt<T extends Positioned>(em: EntityManager, entity: EntityTarget<T>, row: T, position: number) {
  const all = await em.find(entity, { where: { planId: row.planId } as never, order: { position: 'ASC' } as never });
  const order = all.filter((r) => r.id !== row.id);
  order.splice(Math.min(Math.max(position, 1), order.length + 1) - 1, 0, row);
  await renumber(em, entity, order);
}

/** Renumbers a plan's ordered list 1..n after a row left it. */
export async function closeUp<T extends Positioned>(em: EntityManager, entity: EntityTarget<T>, planId: string) {
  await renumber(em, entity, await em.find(entity, { where: { planId } as never, order: { position: 'ASC' } as never }));
}
