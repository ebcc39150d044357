import { useCallback, useMemo } from 'react';
import { useParams, useRouter, useSearch } from '@tanstack/react-router';
import { MapAddress, mapAddressOf, mapLocationOf, MapParams, validateMapSearch } from './map-address';

/**
 * The map's state lives in the address bar, so every plan, selection and
 * filter can be shared as a link and the back button works.
 */
export function useMapAddress(): [MapAddress, (next: Partial<MapAddress>, options?: { replace?: boolean }) => void] {
  const router = useRouter();
  const params: MapParams = useParams({ strict: false });
  const search = useSearch({ strict: false });
  const { planId, nodeId, linkId } = params;
  const { committee, unit, aimingPoint, status, indicators } = validateMapSearch(search);
  const address = useMemo(
    () => mapAddressOf({ planId, nodeId, linkId }, { committee, unit, aimingPoint, status, indicators }),
    [planId, nodeId, linkId, committee, unit, aimingPoint, status, indicators],
  );
  const navigate = useCallback(
    (next: Partial<MapAddress>, options?: { replace?: boolean }) => {
      // What the address says now, not at the last render: two changes in one event both count.
      const state = router.state;
      const match = state.matches[state.matches.length - 1];
      const current = mapAddressOf((match?.params ?? {}) as MapParams, validateMapSearch(state.location.search));
      void router.navigate({ ...mapLocationOf({ ...current, ...next }), replace: options?.replace });
    },
    [router],
  );
  return [address, navigate];
}
