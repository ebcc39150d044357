import type { MouseEvent } from 'react';
import { followLink, navigateTo } from '../../routing/history';
import { NEW_ID } from './admin-address';

/** Where each administration page lives; every link and move of these pages goes through this file. */
export const adminHref = {
  index: () => '/admin',
  import: () => '/admin/import',
  plan: (planId: string) => `/admin/plans/${planId}`,
  newPlan: () => `/admin/plans/${NEW_ID}`,
  aimingPoint: (planId: string, aimingPointId: string = NEW_ID) => `/admin/plans/${planId}/aiming-points/${aimingPointId}`,
  committee: (planId: string, committeeId: string = NEW_ID) => `/admin/plans/${planId}/committees/${committeeId}`,
  unit: (unitId: string = NEW_ID) => `/admin/units/${unitId}`,
  map: (planId?: string) => (planId ? `/plans/${planId}` : '/'),
};

/** A click on an administration link: moves inside the app (a click with a modifier key still opens a new tab). */
export function followAdminLink(event: MouseEvent<HTMLAnchorElement>) {
  followLink(event, event.currentTarget.getAttribute('href') ?? '/admin');
}

/** Moves to another page after something was saved or deleted. */
export function goToAdmin(href: string, options?: { replace?: boolean }) {
  navigateTo(href, options);
}
