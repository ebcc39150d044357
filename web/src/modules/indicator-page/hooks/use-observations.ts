import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import type { Indicator } from '../../api/types';

/** The indicator itself, under the same key as any node's (the panel's). */
export const indicatorQuery = (indicatorId: string) =>
  queryOptions({
    queryKey: queryKeys.entity('indicator', indicatorId),
    queryFn: () => apiRequest<Indicator>('GET', `/api/indicators/${indicatorId}`),
  });
