import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/hooks';
import type { Unit } from '../../api/types';
import { AdminForm } from '../components/AdminForm';
import { AdminRowPage } from '../components/AdminGate';
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

  return (
    <AdminRowPage source={units} isNew={isNew} row={found}>
      {(row) => {
        const all = units.data ?? [];
        const parents = all.filter((u) => u.id !== unitId).sort((a, b) => a.name.localeCompare(b.name, 'da'));
        const names = {
          committees: new Map<string, string>(),
          units: new Map(all.map((u) => [u.id, u.name])),
          nodes: new Map<string, string>(),
        };
        return (
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
              {row && <ScopedPeople scopedRole="manager" scopeId={row.id} scopeName={row.name} testId="unit-managers" />}
            </div>
          </>
        );
      }}
    </AdminRowPage>
  );
}
