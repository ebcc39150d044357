import { QueryClient } from '@tanstack/react-query';
import { createBrowserHistory, createRouter, RouterHistory } from '@tanstack/react-router';
import { routeTree } from './routes';
import { parseSearch, stringifySearch } from './search';

/**
 * The app's router: every page and selection has its own address, addresses are those Kompas has
 * always had, and the back button works.
 */
export function createAppRouter(queryClient: QueryClient, history: RouterHistory = createBrowserHistory()) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // Server state lives in TanStack Query, which decides when to ask again.
    defaultPreloadStaleTime: 0,
    defaultPendingMs: 200,
    defaultPendingMinMs: 0,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
