import type { Role } from '@kompas/domain';

/** The password of every demo login: they exist, and sign in, only in demo mode. */
export const DEMO_PASSWORD = 'kompas-demo';

/** The Hedensted demo's logins, one per role. */
export const DEMO_USERS: { username: string; name: string; roles: Role[]; committee?: string; unit?: string; description: string }[] = [
  { username: 'admin', name: 'Anne Admin', roles: ['administrator'], description: 'Administrator: users, committees, plans' },
  { username: 'direktor', name: 'Hanne Direktør', roles: ['director'], description: 'Director: reads everything and comments' },
  {
    username: 'udvalg',
    name: 'Mette Udvalg',
    roles: ['committeeMember'],
    committee: 'Udvalget for Læring',
    description: 'Committee member of Udvalget for Læring',
  },
  {
    username: 'leder',
    name: 'Jonas Leder',
    roles: ['manager'],
    unit: 'Skoledistrikt Juelsminde',
    description: 'Manager of Skoledistrikt Juelsminde',
  },
  { username: 'laeser', name: 'Lars Læser', roles: ['viewer'], description: 'Viewer: reads everything and comments' },
];
