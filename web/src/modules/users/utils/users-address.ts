/** The users page's addresses: the list, a new user's form, or one user's form. */
export const USERS_PATH = '/users';

export type UsersAddress = { creating: boolean; userId: string | null };

const PATTERN = /^\/users(?:\/(new|[0-9a-zA-Z-]+))?\/?$/;

export function isUsersPath(pathname: string): boolean {
  return PATTERN.test(pathname);
}

export function parseUsersAddress(pathname: string): UsersAddress {
  const match = PATTERN.exec(pathname);
  const part = match?.[1] ?? null;
  return { creating: part === 'new', userId: part && part !== 'new' ? part : null };
}

export function usersAddress(address: Partial<UsersAddress>): string {
  if (address.creating) return `${USERS_PATH}/new`;
  return address.userId ? `${USERS_PATH}/${address.userId}` : USERS_PATH;
}
