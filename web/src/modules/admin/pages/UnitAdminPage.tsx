import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/hooks';
import type { Unit } from '../../api/types';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { AdminForm } from '../components/AdminForm';
import { AdminGate, BackToIndex } from '../components/AdminGate';
import { ScopedPeople } from '../components/ScopedPeople';
import { NEW_ID } from '../utils/admin-address';
import { unitFields } from '../utils/admin-fields';
import { adminHref, useGoToAdmin } from '../utils/admin-links';

/** One organisational unit: its name, the unit above it, and its managers; or a new unit. */
export function UnitAdminPage({ unitId }: { unitId: string }) {
  const goToAdmin = useGoToAdmin();
  const { t } = useTranslation();
  const isNew = unitId === NEW_ID;
  const units = useUnits();
  const found = units.data?.find((u) => u.id === unitId) ?? null;

  let body;
  if (units.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (units.isError) body = <LoadFailed title={t('admin.loadFailed')} error={units.error} onRetry={() => void units.refetch()} />;
  else if (!isNew && !found) body = <StateMessage title={t('admin.notFound')} />;
  else {
    const row = isNew ? null : found;
    const parents = units.data.filter((u) => u.id !== unitId).sort((a, b) => a.name.localeCompare(b.name, 'da'));
    const names = {
      committees: new Map<string, string>(),
      units: new Map(units.data.map((u) => [u.id, u.name])),
      nodes: new Map<string, string>(),
    };
    body = (
      <>
        <h1>{row ? row.name : t('admin.unit.new')}</h1>
        <div className="kompas-admin__columns">
          <AdminForm<Unit>
            key={row?.id ?? NEW_ID}
            kind="unit"
            row={row}
            fields={unitFields(parents)}
            names={names}
            heading={row ? t('admin.unit.edit') : t('admin.unit.newHeading')}
            nameOf={(u) => u.name}
            onSaved={(saved, created) => created && goToAdmin(adminHref.unit(saved.id), { replace: true })}
            onDeleted={() => goToAdmin(adminHref.index())}
            onRestored={(p) => goToAdmin(adminHref.unit(p.id))}
            deleteMessage={t('admin.unit.deleteMessage')}
            testId="unit-form"
          />
          {row && <ScopedPeople role="manager" scopeId={row.id} scopeName={row.name} testId="unit-managers" />}
        </div>
      </>
    );
  }
  return (
    <AdminGate>
      <BackToIndex />
      {body}
    </AdminGate>
  );
}
