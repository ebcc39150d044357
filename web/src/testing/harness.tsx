import { ReactElement } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { createQueryClient } from '../app/App';
import { queryKeys } from '../modules/api/hooks';
import { Me, User } from '../modules/api/types';
import { createAppRouter } from '../router/router';
import { CurrentUserContext } from '../modules/auth/current-user';
import { ToastProvider } from '../modules/common/components/Toasts';

/** One request the app made, as the fake server saw it. */
export type Sent = { method: string; path: string; headers: Record<string, string>; body: unknown };
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: Sent) => Reply | undefined;

/**
 * Stands in for the Kompas API: every fetch goes to `handler` (by method and path), and is
 * recorded in `sent`. An unhandled request answers 404 in the API's error shape.
 */
export function fakeApi(handler: Handler) {
  const sent: Sent[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: Sent = {
      method: init.method ?? 'GET',
      path: String(input),
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(request);
    const reply = handler(request) ?? {
      status: 404,
      body: { statusCode: 404, code: 'not_found', message: `No fake for ${request.method} ${request.path}`, details: [] },
    };
    const headers = new Map(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      ok: reply.status < 400,
      status: reply.status,
      statusText: '',
      headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
      text: async () => (reply.body === undefined ? '' : JSON.stringify(reply.body)),
    } as unknown as Response;
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return { sent, fetchMock, writes: () => sent.filter((s) => s.method !== 'GET') };
}

export const apiError = (status: number, code: string, message = code, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { statusCode: status, code, message, details: [], ...extra },
});

/** Signed-in users as the demo has them. */
export const users = {
  viewer: { id: 'u-viewer', username: 'laeser', name: 'Lise Læser', roles: ['viewer'], committeeIds: [], unitIds: [], demo: true },
  manager: { id: 'u-leder', username: 'leder', name: 'Jonas Leder', roles: ['manager'], committeeIds: [], unitIds: ['u1'], demo: true },
  otherManager: {
    id: 'u-leder2',
    username: 'leder2',
    name: 'Ole Leder',
    roles: ['manager'],
    committeeIds: [],
    unitIds: ['u2'],
    demo: true,
  },
  member: {
    id: 'u-udvalg',
    username: 'udvalg',
    name: 'Mette Udvalg',
    roles: ['committeeMember'],
    committeeIds: ['c1'],
    unitIds: [],
    demo: true,
  },
} satisfies Record<string, Me>;

/** A user as the users API lists them: Mette, a committee member, unless told otherwise. */
export const userRow = (over: Partial<User> = {}): User => ({
  id: 'u-mette',
  username: 'mette',
  name: 'Mette Hansen',
  email: null,
  roles: ['committeeMember'],
  committeeIds: ['c1'],
  unitIds: [],
  active: true,
  demo: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

/** Renders a part of the app as it runs: server state, toasts, and the signed-in user. */
export function renderApp(ui: ReactElement, me: Me | null = users.viewer) {
  const client = createQueryClient();
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <CurrentUserContext.Provider value={me}>{ui}</CurrentUserContext.Provider>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, client };
}

/**
 * Opens the app at an address, as a browser would: the router picks the page, and `me` is who the
 * server says is signed in (null: nobody, so the sign-in gate asks the fake server).
 */
export function renderAt(address: string, me: Me | null = users.viewer) {
  window.history.replaceState(null, '', address);
  const client = createQueryClient();
  if (me) client.setQueryData(queryKeys.me, me);
  const router = createAppRouter(client);
  const result = render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}
