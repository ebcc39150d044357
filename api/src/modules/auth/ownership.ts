import { MeasuredOwner, OwnedKind, ownerOf, Permission, recordingOf } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Indicator } from '../indicators/indicator.entity';

/** The columns of a row that say whose it is; which of them a kind has depends on the kind. */
export type OwnerColumns = {
  committeeId?: string | null;
  unitId?: string | null;
  aimingPointId?: string | null;
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
            select: { id: true, aimingPointId: true, focusAreaId: true, actionId: true },
          })
        : null;
      // An observation of no indicator at all is nobody's.
      return ownerOf(kind, indicator ? await measuredOwner(em, indicator) : { committeeId: '' });
    }
    default:
      return ownerOf(kind, {});
  }
}

/** The owner of what an indicator measures: its action's unit, its focus area's committee, else (an aiming point, the vision) the plan's. */
/**
 * What recording and correcting an indicator's observations takes: being the
 * indicator's owner, or its responsible person (`recordingOf`).
 */
export async function recordingRights(
  em: EntityManager,
  indicator: OwnerColumns & { responsibleUserId: string | null },
): Promise<Permission> {
  return recordingOf(await ownerOfRow(em, 'indicator', indicator), indicator.responsibleUserId);
}

async function measuredOwner(em: EntityManager, row: OwnerColumns): Promise<MeasuredOwner> {
  if (row.actionId) return { unitId: await unitOf(em, row.actionId) };
  if (row.focusAreaId) return { committeeId: await committeeOf(em, row.focusAreaId) };
  return { plan: true };
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
