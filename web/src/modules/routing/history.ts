import { MouseEvent, useSyncExternalStore } from 'react';

/**
 * The address bar is the app's router: every page and selection has its own
 * address, and the back button works. One place to listen and to move.
 */
const listeners = new Set<() => void>();

export function subscribeLocation(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The path and query of the current address. */
export const currentHref = () => window.location.pathname + window.location.search;

export function navigateTo(href: string, options?: { replace?: boolean }) {
  if (href === currentHref()) return;
  if (options?.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  listeners.forEach((l) => l());
}

/** The current path and query; re-renders when they change. */
export function useHref(): string {
  return useSyncExternalStore(subscribeLocation, currentHref);
}

/** Follows an in-app link without reloading the page; a click with a modifier key still opens a new tab. */
export function followLink(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigateTo(href);
}
