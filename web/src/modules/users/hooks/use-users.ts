import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { invalidateAfterChange, queryKeys, withReason } from '../../api/hooks';
import type { User } from '../../api/types';

/** Everyone who may sign in; asked only by those who may see them (a refusal would be kept in the trail). */
export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: queryKeys.users, queryFn: () => apiRequest<User[]>('GET', '/api/users'), enabled });
}

export type UserSave = { id: string | null; version: number | null; body: Record<string, unknown>; reason?: string };

/** Creates a user (no id) or changes one, from the version the form started with. */
export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body, reason }: UserSave) =>
      id
        ? apiRequest<User>('PATCH', `/api/users/${id}`, { ...body, ...withReason(reason) }, { ifMatch: version })
        : apiRequest<User>('POST', '/api/users', { ...body, ...withReason(reason) }),
    onSuccess: (saved) => {
      client.setQueryData<User[]>(queryKeys.users, (all) =>
        all?.some((u) => u.id === saved.id) ? all.map((u) => (u.id === saved.id ? saved : u)) : [...(all ?? []), saved],
      );
      return Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.users }),
        client.invalidateQueries({ queryKey: queryKeys.people }),
        invalidateAfterChange(client),
      ]);
    },
  });
}
