import { useCallback } from 'react';
import { formatMapAddress, MapAddress, parseMapAddress } from './map-address';
import { navigateTo, useHref } from './history';

/**
 * The map's state lives in the address bar, so every plan, selection and
 * filter can be shared as a link and the back button works.
 */
export function useMapAddress(): [MapAddress, (next: Partial<MapAddress>, options?: { replace?: boolean }) => void] {
  const href = useHref();
  const url = new URL(href, 'http://kompas.local');
  const address = parseMapAddress(url.pathname, url.search);
  const navigate = useCallback((next: Partial<MapAddress>, options?: { replace?: boolean }) => {
    const current = parseMapAddress(window.location.pathname, window.location.search);
    navigateTo(formatMapAddress({ ...current, ...next }), options);
  }, []);
  return [address, navigate];
}
