import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import type { DueList } from '../../api/types';

/** What is waiting on a plan: the signed-in user's list (`mine`), or everyone's. Asked afresh each time the page opens. */
export function useDue(planId: string | null, mine: boolean) {
  return useQuery({
    queryKey: queryKeys.due.plan(planId ?? '', mine),
    queryFn: () => apiRequest<DueList>('GET', `/api/plans/${planId}/due?mine=${mine}`),
    enabled: !!planId,
    refetchOnMount: 'always',
  });
}
