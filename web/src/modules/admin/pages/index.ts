import { createElement } from 'react';

/** Stand-ins for the administration pages until they are written: each shows where it is. */
const heading = (text: string) => createElement('main', { className: 'kompas-body' }, createElement('h1', null, text));

export function AdminIndexPage() {
  return heading('Administration');
}

export function ImportPage() {
  return heading('Administration · import');
}

export function PlanAdminPage({ planId }: { planId: string }) {
  return heading(`Administration · ${planId}`);
}

export function AimingPointAdminPage({ planId, aimingPointId }: { planId: string; aimingPointId: string }) {
  return heading(`Administration · ${planId} · ${aimingPointId}`);
}

export function CommitteeAdminPage({ planId, committeeId }: { planId: string; committeeId: string }) {
  return heading(`Administration · ${planId} · ${committeeId}`);
}

export function UnitAdminPage({ unitId }: { unitId: string }) {
  return heading(`Administration · ${unitId}`);
}
