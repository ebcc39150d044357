import { QueryClient } from '@tanstack/react-query';
import { currentPlan } from '@kompas/domain';
import { graphQuery, plansQuery } from '../modules/api/hooks';
import { todayIso } from '../i18n/format';
import { validateMapSearch } from './map-address';

/** The plan a map address names (`/plans/{planId}…`), or null. */
export function planIdOfPath(pathname: string): string | null {
  const match = /^\/plans\/([^/?#]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * Asks for what the map needs first while the sign-in gate asks who is signed
 * in, instead of after the page has rendered: the plans, and the graph of the
 * plan the address names — at `/`, of the plan the map will open (the current
 * one) as soon as the plans are known. A failure here is left to the page,
 * which asks again and shows it. The map of the past (`?asOf=`, `?revision=`)
 * asks for its own graph: the plan as it is now is not wanted there.
 */
export function prefetchMap(client: QueryClient, pathname: string, search: Record<string, unknown> = {}): void {
  const named = planIdOfPath(pathname);
  const { asOf, revision } = validateMapSearch(search);
  if (named && !asOf && !revision) void client.prefetchQuery(graphQuery(named));
  const plans = client.fetchQuery(plansQuery);
  const opening = pathname === '/' && !named;
  plans
    .then((list) => {
      const plan = opening ? currentPlan(list, todayIso()) : null;
      return plan ? client.prefetchQuery(graphQuery(plan.id)) : undefined;
    })
    .catch(() => undefined);
}
