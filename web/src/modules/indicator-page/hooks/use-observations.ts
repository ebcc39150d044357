import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import type { Observation } from '../types';

/** An indicator's observations of both series, corrections included, oldest period first (as the API lists them). */
export function useObservations(indicatorId: string) {
  return useQuery({
    queryKey: queryKeys.observations(indicatorId),
    queryFn: () => apiRequest<Observation[]>('GET', `/api/indicators/${indicatorId}/observations`),
  });
}
