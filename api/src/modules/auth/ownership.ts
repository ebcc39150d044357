import { MeasuredOwner, OwnedKind, ownerOf, Permission } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Indicator } from '../indicators/indicator.entity';

/** The columns of a row that say whose it is; which of them a kind has depends on the kind. */
export type OwnerColumns = {
  committeeId?: string | null;
  unitId?: string | null;
  focusAreaId?: string | null;
  actionId?: string | null;
  indicatorId?: string | null;
};

/**
 * The permission changing a row takes, as `ownerOf` in @kompas/domain
 * decides it, with the facts it needs looked up: a link's or an indicator's
 * focus area or action, an observation's indicator. Deleted owners count
 * too, so a deleted row's owner can still restore it.
 */
export async function ownerOfRow(em: EntityManager, kind: OwnedKind, row: OwnerColumns): Promise<Permission> {
  switch (kind) {
    case 'focusArea':
      return ownerOf(kind, { committeeId: row.committeeId ?? '' });
    case 'action':
      return ownerOf(kind, { unitId: row.unitId ?? '' });
    case 'supportLink':
      return ownerOf(kind, { committeeId: await committeeOf(em, row.focusAreaId) });
    case 'contributionLink':
      return ownerOf(kind, { unitId: await unitOf(em, row.actionId) });
    case 'indicator':
      return ownerOf(kind, await measuredOwner(em, row));
    case 'observation': {
      const indicator = row.indicatorId
        ? await em.findOne(Indicator, {
            where: { id: row.indicatorId },
            withDeleted: true,
            select: { id: true, focusAreaId: true, actionId: true },
          })
        : null;
      return ownerOf(kind, await measuredOwner(em, indicator ?? {}));
    }
    default:
      return ownerOf(kind, {});
  }
}

async function measuredOwner(em: EntityManager, row: OwnerColumns): Promise<MeasuredOwner> {
  return row.actionId ? { unitId: await unitOf(em, row.actionId) } : { committeeId: await committeeOf(em, row.focusAreaId) };
}

async function committeeOf(em: EntityManager, focusAreaId: string | null | undefined): Promise<string> {
  if (!focusAreaId) return '';
  const fa = await em.findOne(FocusArea, { where: { id: focusAreaId }, withDeleted: true, select: { id: true, committeeId: true } });
  return fa?.committeeId ?? '';
}

async function unitOf(em: EntityManager, actionId: string | null | undefined): Promise<string> {
  if (!actionId) return '';
  const action = await em.findOne(Action, { where: { id: actionId }, withDeleted: true, select: { id: true, unitId: true } });
  return action?.unitId ?? '';
}
