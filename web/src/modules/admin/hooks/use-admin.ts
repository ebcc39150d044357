import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryKeys, withReason } from '../../api/hooks';
import type { AimingPoint, RestoreResult } from '../../api/types';

/** What the administration pages manage, and where each lives in the API. */
export type AdminKind = 'plan' | 'aimingPoint' | 'committee' | 'unit';

export const ADMIN_ROUTES: Readonly<Record<AdminKind, string>> = {
  plan: '/api/plans',
  aimingPoint: '/api/aiming-points',
  committee: '/api/committees',
  unit: '/api/units',
};

export const adminKeys = {
  aimingPoints: (planId: string) => ['aiming-points', planId] as const,
};

/** A plan's aiming points in order. */
export function useAimingPoints(planId: string | null) {
  return useQuery({
    queryKey: adminKeys.aimingPoints(planId ?? ''),
    queryFn: () => apiRequest<AimingPoint[]>('GET', `/api/plans/${planId}/aiming-points`),
    enabled: !!planId,
  });
}

/** After a change made here: every list and graph that may show it. */
function useInvalidateAll() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.plans }),
      client.invalidateQueries({ queryKey: queryKeys.units }),
      client.invalidateQueries({ queryKey: ['committees'] }),
      client.invalidateQueries({ queryKey: ['aiming-points'] }),
      client.invalidateQueries({ queryKey: ['graph'] }),
      client.invalidateQueries({ queryKey: ['entity'] }),
      client.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export type AdminSave = { kind: AdminKind; id: string | null; version: number | null; body: Record<string, unknown>; reason?: string };

/** Creates a row (no id) or changes one from the version the form started with (`If-Match`). */
export function useAdminSave<T extends { id: string; version: number }>() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ kind, id, version, body, reason }: AdminSave) =>
      id
        ? apiRequest<T>('PATCH', `${ADMIN_ROUTES[kind]}/${id}`, { ...body, ...withReason(reason) }, { ifMatch: version })
        : apiRequest<T>('POST', ADMIN_ROUTES[kind], { ...body, ...withReason(reason) }),
    onSuccess: invalidate,
  });
}

export type AdminDelete = { kind: AdminKind; id: string; version: number; reason?: string };

/** Deletes a row (kept in the trail and restorable, as everywhere in Kompas), from the version the page showed. */
export function useAdminDelete() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ kind, id, version, reason }: AdminDelete) =>
      apiRequest<void>(
        'DELETE',
        `${ADMIN_ROUTES[kind]}/${id}${reason?.trim() ? `?reason=${encodeURIComponent(reason.trim())}` : ''}`,
        undefined,
        { ifMatch: version },
      ),
    onSuccess: () => void invalidate(),
  });
}

/** Brings a deleted row back, with what was deleted with it (a plan's aiming points, committees …). */
export function useAdminRestore() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      apiRequest<RestoreResult>('POST', `/api/restore/${id}`, { ...withReason(reason) }),
    onSuccess: invalidate,
  });
}
