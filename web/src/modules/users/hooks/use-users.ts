import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryKeys, usePlans } from '../../api/hooks';
import type { Committee, User } from '../../api/types';

const usersKey = ['users'] as const;

/** Everyone who may sign in; asked only by those who may see them (a refusal would be kept in the trail). */
export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: usersKey, queryFn: () => apiRequest<User[]>('GET', '/api/users'), enabled });
}

/** Every plan's committees, for choosing the ones a committee member sits on. */
export function useAllCommittees(): { committees: Committee[]; planTitles: Map<string, string>; isPending: boolean } {
  const plans = usePlans();
  const lists = useQueries({
    queries: (plans.data ?? []).map((plan) => ({
      queryKey: queryKeys.committees(plan.id),
      queryFn: () => apiRequest<Committee[]>('GET', `/api/plans/${plan.id}/committees`),
    })),
  });
  return {
    committees: lists.flatMap((l) => l.data ?? []),
    planTitles: new Map((plans.data ?? []).map((p) => [p.id, p.title])),
    isPending: plans.isPending || lists.some((l) => l.isPending),
  };
}

export type UserSave = { id: string | null; version: number | null; body: Record<string, unknown>; reason?: string };

/** Creates a user (no id) or changes one, from the version the form started with. */
export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body, reason }: UserSave) => {
      const withReason = reason?.trim() ? { ...body, reason: reason.trim() } : body;
      return id
        ? apiRequest<User>('PATCH', `/api/users/${id}`, withReason, { ifMatch: version })
        : apiRequest<User>('POST', '/api/users', withReason);
    },
    onSuccess: (saved) => {
      client.setQueryData<User[]>(usersKey, (all) =>
        all?.some((u) => u.id === saved.id) ? all.map((u) => (u.id === saved.id ? saved : u)) : [...(all ?? []), saved],
      );
      return client.invalidateQueries({ queryKey: usersKey });
    },
  });
}
