import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, ApiUnreachableError, onUnauthenticated } from '../modules/api/client';
import { usePlans } from '../modules/api/hooks';
import { CurrentUserContext } from '../modules/auth/current-user';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { useMe } from '../modules/auth/hooks/use-auth';
import { ErrorBoundary } from '../modules/common/components/ErrorBoundary';
import { LoadFailed, StateMessage } from '../modules/common/components/StateMessage';
import { ToastProvider } from '../modules/common/components/Toasts';
import { MapPage } from '../modules/map/components/MapPage';
import { currentHref, navigateTo, useHref } from '../modules/routing/history';
import { SIGN_IN_PATH, signInAddress } from '../modules/routing/sign-in-address';
import { AuditPage } from '../modules/audit/components/AuditPage';
import { isAuditPath } from '../modules/audit/utils/audit-address';
import { UsersPage } from '../modules/users/components/UsersPage';
import { isUsersPath } from '../modules/users/utils/users-address';

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

function Crashed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <StateMessage
      tone="error"
      title={t('state.crashTitle')}
      action={
        <button type="button" className="is-primary" onClick={retry}>
          {t('common.retry')}
        </button>
      }
    >
      {t('state.crashBody')}
    </StateMessage>
  );
}

/** A session that ends anywhere sends the user to sign in, and back to where they were afterwards. */
function goToSignIn() {
  if (window.location.pathname !== SIGN_IN_PATH) navigateTo(signInAddress(currentHref()), { replace: true });
}

/** The sign-in page, or the map once someone is signed in. */
function AuthGate() {
  const href = useHref();
  const onSignIn = new URL(href, 'http://kompas.local').pathname === SIGN_IN_PATH;
  useEffect(() => {
    onUnauthenticated(goToSignIn);
    return () => onUnauthenticated(null);
  }, []);
  return onSignIn ? <SignInPage /> : <SignedIn />;
}

function SignedIn() {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = new URL(useHref(), 'http://kompas.local').pathname;
  // Asked for alongside who is signed in, not after: the map needs the plans first, and a 401 here sends to sign-in too.
  usePlans();
  const signedOut = me.isError && me.error instanceof ApiRequestError && me.error.status === 401;
  useEffect(() => {
    if (signedOut) goToSignIn();
  }, [signedOut]);
  if (me.isPending || signedOut) {
    return (
      <main className="kompas-body">
        <StateMessage tone="loading" title={t('common.loading')} />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="kompas-body">
        <LoadFailed
          title={me.error instanceof ApiUnreachableError ? t('state.unreachableTitle') : t('state.serverErrorTitle')}
          error={me.error}
          onRetry={() => void me.refetch()}
        />
      </main>
    );
  }
  return (
    <CurrentUserContext.Provider value={me.data}>
      {isUsersPath(pathname) ? <UsersPage /> : isAuditPath(pathname) ? <AuditPage /> : <MapPage />}
    </CurrentUserContext.Provider>
  );
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <ErrorBoundary fallback={(_, retry) => <Crashed retry={retry} />}>
          <AuthGate />
        </ErrorBoundary>
      </ToastProvider>
    </QueryClientProvider>
  );
}
