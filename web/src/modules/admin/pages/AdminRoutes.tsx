import { AdminAddress } from '../utils/admin-address';
import { AdminIndexPage, AimingPointAdminPage, CommitteeAdminPage, ImportPage, PlanAdminPage, UnitAdminPage } from '.';

/** Today's routing: the administration page an address names. */
export function AdminRoutes({ address }: { address: AdminAddress }) {
  switch (address.page) {
    case 'index':
      return <AdminIndexPage />;
    case 'import':
      return <ImportPage />;
    case 'plan':
      return <PlanAdminPage planId={address.planId} />;
    case 'aimingPoint':
      return <AimingPointAdminPage planId={address.planId} aimingPointId={address.aimingPointId} />;
    case 'committee':
      return <CommitteeAdminPage planId={address.planId} committeeId={address.committeeId} />;
    case 'unit':
      return <UnitAdminPage unitId={address.unitId} />;
  }
}
