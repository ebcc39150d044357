import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../modules/api/client';
import { ErrorBoundary } from '../modules/common/components/ErrorBoundary';
import { StateMessage } from '../modules/common/components/StateMessage';
import { ToastProvider } from '../modules/common/components/Toasts';
import { MapPage } from '../modules/map/components/MapPage';

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

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <ErrorBoundary fallback={(_, retry) => <Crashed retry={retry} />}>
          <MapPage />
        </ErrorBoundary>
      </ToastProvider>
    </QueryClientProvider>
  );
}
