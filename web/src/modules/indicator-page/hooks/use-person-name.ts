import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/hooks';
import type { User } from '../../api/types';
import { useCurrentUser } from '../../auth/current-user';

/**
 * A person's name from what the app already holds: the signed-in user, or the users list an
 * administrator has loaded. Null when neither names them; a list of people everyone may read
 * (`GET /api/people`) is the place to ask instead once it is there.
 */
export function usePersonName(userId: string | null): string | null {
  const me = useCurrentUser();
  const client = useQueryClient();
  if (!userId) return null;
  if (me?.id === userId) return me.name;
  return client.getQueryData<User[]>(queryKeys.users)?.find((u) => u.id === userId)?.name ?? null;
}
