/** Where the sign-in page lives; `next` says where to go back to afterwards. */
export const SIGN_IN_PATH = '/sign-in';

export function signInAddress(next: string): string {
  const back = safeReturnPath(next);
  return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(back)}`;
}

/**
 * The address to return to after signing in: only a path inside Kompas, never
 * another site (`//evil.example`, `https://…`) and never the sign-in page itself.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return next;
}

/** The `next` of a sign-in address's query. */
export function returnPathOf(search: string): string {
  return safeReturnPath(new URLSearchParams(search).get('next'));
}

/** The sign-in page's query: where to go back to. */
export type SignInSearch = { next?: string };

export function validateSignInSearch(raw: Record<string, unknown>): SignInSearch {
  const next = typeof raw['next'] === 'string' ? raw['next'] : undefined;
  return next ? { next } : {};
}
