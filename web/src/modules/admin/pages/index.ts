export { AdminIndexPage } from './AdminIndexPage';
export { ImportPage } from './ImportPage';
export { PlanAdminPage } from './PlanAdminPage';
export { AimingPointAdminPage } from './AimingPointAdminPage';
export { CommitteeAdminPage } from './CommitteeAdminPage';
export { UnitAdminPage } from './UnitAdminPage';
