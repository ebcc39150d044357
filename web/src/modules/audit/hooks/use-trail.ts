import { useQuery } from '@tanstack/react-query';
import type { AuditPage, AuditVerification } from '@kompas/domain';
import { apiRequest } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import { AuditFilter, auditQuery } from '../utils/audit-address';

/** One page of the whole trail, as the filters ask; the page shown stays while the next one loads. */
export function useTrail(filter: AuditFilter, enabled: boolean) {
  const request = auditQuery(filter);
  return useQuery({
    queryKey: queryKeys.audit.trail(request),
    queryFn: () => apiRequest<AuditPage>('GET', request),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** Whether the trail's hash chain is intact. */
export function useTrailVerification(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.audit.verification,
    queryFn: () => apiRequest<AuditVerification>('GET', '/api/audit/verify'),
    enabled,
  });
}
