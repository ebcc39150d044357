import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@kompas/domain';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { StateMessage } from '../../common/components/StateMessage';
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
