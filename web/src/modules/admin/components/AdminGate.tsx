import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@kompas/domain';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { AdminLink, adminHref } from '../utils/admin-links';

/** An administration page inside the app's header, or a plain refusal for anyone who is not an administrator. */
export function AdminGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const allowed = can(principal, { do: 'managePlans' });
  return (
    <PageShell current="admin">
      {allowed ? (
        <div className="kompas-admin">{children}</div>
      ) : (
        <StateMessage title={t('admin.onlyAdmins')} action={<AdminLink href={adminHref.map()}>{t('admin.toMap')}</AdminLink>} />
      )}
    </PageShell>
  );
}

/** The way back to the administration index, above each page's heading. */
export function BackToIndex() {
  const { t } = useTranslation();
  return (
    <p className="kompas-admin__back">
      <AdminLink href={adminHref.index()}>← {t('admin.backToIndex')}</AdminLink>
    </p>
  );
}

/** What an administration page reads its row from: a query's state. */
export type RowSource = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  fetchStatus: 'fetching' | 'paused' | 'idle';
  refetch: () => unknown;
};

/**
 * An administration page of one row, inside the gate with the way back: while its source loads, if it fails, or if
 * the row is not there, it says so; else it shows the page for the row (null: a new one). A source that is not read
 * (nothing to read for a new row) is not waited for.
 */
export function AdminRowPage<T>({
  source,
  isNew,
  row,
  children,
}: {
  source: RowSource;
  isNew: boolean;
  row: T | null | undefined;
  children: (row: T | null) => ReactNode;
}) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (source.isPending && source.fetchStatus !== 'idle') body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (source.isError) body = <LoadFailed title={t('admin.loadFailed')} error={source.error} onRetry={() => void source.refetch()} />;
  else if (!isNew && !row) body = <StateMessage title={t('admin.notFound')} />;
  else body = children(isNew ? null : (row ?? null));
  return (
    <AdminGate>
      <BackToIndex />
      {body}
    </AdminGate>
  );
}
