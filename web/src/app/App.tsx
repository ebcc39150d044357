import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ApiRequestError, onUnauthenticated } from '../modules/api/client';
import { ErrorBoundary } from '../modules/common/components/ErrorBoundary';
import { ToastProvider } from '../modules/common/components/Toasts';
import { AppRouter, createAppRouter } from '../router/router';
import { Crashed } from '../router/routes';
import { SIGN_IN_PATH, signInAddress } from '../router/sign-in';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A refusal is an answer; only an unreachable server is worth asking again.
        retry: (count, error) => !(error instanceof ApiRequestError) && count < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** A session that ends anywhere sends the user to sign in, and back to where they were afterwards. */
export function useSignInOnSessionEnd(router: AppRouter) {
  useEffect(() => {
    onUnauthenticated(() => {
      const location = router.state.location;
      if (location.pathname !== SIGN_IN_PATH) void router.navigate({ href: signInAddress(location.href), replace: true });
    });
    return () => onUnauthenticated(null);
  }, [router]);
}

function Routes({ router }: { router: AppRouter }) {
  useSignInOnSessionEnd(router);
  return <RouterProvider router={router} />;
}

export function App() {
  const [client] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(client));
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <ErrorBoundary fallback={(_, retry) => <Crashed retry={retry} />}>
          <Routes router={router} />
        </ErrorBoundary>
      </ToastProvider>
    </QueryClientProvider>
  );
}
