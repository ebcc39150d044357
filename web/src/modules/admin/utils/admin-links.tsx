import { useRouter } from '@tanstack/react-router';
import { AnchorHTMLAttributes, MouseEvent, useCallback } from 'react';
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

/** A link to an administration page (or the map): moves inside the app; a click with a modifier key still opens a new tab. */
export function AdminLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const router = useRouter();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href });
  };
  return <a href={href} onClick={follow} {...rest} />;
}

/** Moves to another page after something was saved or deleted. */
export function useGoToAdmin(): (href: string, options?: { replace?: boolean }) => void {
  const router = useRouter();
  return useCallback((href, options) => void router.navigate({ href, replace: options?.replace }), [router]);
}
