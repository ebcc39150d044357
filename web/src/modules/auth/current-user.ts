import { createContext, useContext, useMemo } from 'react';
import type { Principal } from '@kompas/domain';
import { Me } from '../api/types';
import { principalOf } from './utils/permissions';

/** The signed-in user, for every part of the page that shows or hides what they may do. */
export const CurrentUserContext = createContext<Me | null>(null);

export const useCurrentUser = () => useContext(CurrentUserContext);

/** The signed-in user as the permission rules see them; null when nobody is signed in. */
export function usePrincipal(): Principal | null {
  const me = useCurrentUser();
  return useMemo(() => (me ? principalOf(me) : null), [me]);
}
