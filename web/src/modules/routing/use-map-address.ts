import { useCallback, useSyncExternalStore } from 'react';
import { formatMapAddress, MapAddress, parseMapAddress } from './map-address';

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
const snapshot = () => window.location.pathname + window.location.search;

/**
 * The map's state lives in the address bar, so every plan, selection and
 * filter can be shared as a link and the back button works.
 */
export function useMapAddress(): [MapAddress, (next: Partial<MapAddress>, options?: { replace?: boolean }) => void] {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://kompas.local');
  const address = parseMapAddress(url.pathname, url.search);
  const navigate = useCallback((next: Partial<MapAddress>, options?: { replace?: boolean }) => {
    const current = parseMapAddress(window.location.pathname, window.location.search);
    const target = formatMapAddress({ ...current, ...next });
    if (target === snapshot()) return;
    if (options?.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    listeners.forEach((l) => l());
  }, []);
  return [address, navigate];
}
