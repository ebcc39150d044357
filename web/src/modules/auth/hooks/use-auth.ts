import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { apiRequest, ApiRequestError } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import { AuthConfig, Me } from '../../api/types';

/** Who is signed in; a 401 means nobody (and sends the user to the sign-in page). */
export const meQuery = queryOptions({ queryKey: queryKeys.me, queryFn: () => apiRequest<Me>('GET', '/api/auth/me'), staleTime: 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Whether Kompas runs in demo mode, and its demo accounts. */
export function useAuthConfig() {
  return useQuery({
    queryKey: queryKeys.authConfig,
    queryFn: () => apiRequest<AuthConfig>('GET', '/api/auth/login'),
    staleTime: Infinity,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) => apiRequest<{ user: Me }>('POST', '/api/auth/login', credentials),
    onSuccess: ({ user }) => {
      // Nothing read as someone else (or as nobody) survives a sign-in.
      const config = client.getQueryData(queryKeys.authConfig);
      client.clear();
      if (config) client.setQueryData(queryKeys.authConfig, config);
      client.setQueryData(queryKeys.me, user);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiRequest<void>('POST', '/api/auth/logout');
      } catch (error) {
        // Already signed out (the session ended): that is what was asked for.
        if (!(error instanceof ApiRequestError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      void router.navigate({ to: '/sign-in' });
      client.clear();
    },
  });
}
