import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanDiff } from '@kompas/domain';
import { apiRequest } from '../api/client';
import type { components } from '../api/schema.gen';

export type Revision = components['schemas']['RevisionDto'];
export type NewRevision = components['schemas']['CreateRevisionDto'];

export const revisionKeys = {
  list: (planId: string) => ['revisions', planId] as const,
  diff: (planId: string, from: string, to: string) => ['plan-diff', planId, from, to] as const,
};

/** A plan's adopted revisions, newest first. */
export const revisionsQuery = (planId: string) =>
  queryOptions({
    queryKey: revisionKeys.list(planId),
    queryFn: () => apiRequest<Revision[]>('GET', `/api/plans/${planId}/revisions`),
  });

export function useRevisions(planId: string) {
  return useQuery(revisionsQuery(planId));
}

/** What changed between two sides (a revision id, a date or `now`; an empty `from` is the latest revision). */
export function usePlanDiff(planId: string, from: string, to: string) {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  return useQuery({
    queryKey: revisionKeys.diff(planId, from, to),
    queryFn: () => apiRequest<PlanDiff>('GET', `/api/plans/${planId}/diff?${query.toString()}`),
    retry: false,
  });
}

export function useAdoptRevision(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRevision) => apiRequest<Revision>('POST', `/api/plans/${planId}/revisions`, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: revisionKeys.list(planId) }),
        client.invalidateQueries({ queryKey: ['plan-diff', planId] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
