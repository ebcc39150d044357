/** The administration pages' addresses: the index, the import, and one plan, aiming point, committee or unit ("new" creates one). */
export type AdminAddress =
  | { page: 'index' }
  | { page: 'import' }
  | { page: 'plan'; planId: string }
  | { page: 'aimingPoint'; planId: string; aimingPointId: string }
  | { page: 'committee'; planId: string; committeeId: string }
  | { page: 'unit'; unitId: string };

/** The id in an address that asks for a new row rather than an existing one. */
export const NEW_ID = 'new';

const ID = '([0-9a-zA-Z-]+)';
const PATTERNS: [RegExp, (m: string[]) => AdminAddress][] = [
  [/^\/admin\/?$/, () => ({ page: 'index' })],
  [/^\/admin\/import\/?$/, () => ({ page: 'import' })],
  [new RegExp(`^/admin/plans/${ID}/?$`), (m) => ({ page: 'plan', planId: m[1] })],
  [new RegExp(`^/admin/plans/${ID}/aiming-points/${ID}/?$`), (m) => ({ page: 'aimingPoint', planId: m[1], aimingPointId: m[2] })],
  [new RegExp(`^/admin/plans/${ID}/committees/${ID}/?$`), (m) => ({ page: 'committee', planId: m[1], committeeId: m[2] })],
  [new RegExp(`^/admin/units/${ID}/?$`), (m) => ({ page: 'unit', unitId: m[1] })],
];

export function parseAdminAddress(pathname: string): AdminAddress | null {
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(pathname);
    if (match) return read(match);
  }
  return null;
}

export function isAdminPath(pathname: string): boolean {
  return parseAdminAddress(pathname) !== null;
}
