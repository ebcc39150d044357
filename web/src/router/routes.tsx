import { useEffect } from 'react';
import { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  ErrorComponentProps,
  lazyRouteComponent,
  Outlet,
  redirect,
  useRouter,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, ApiUnreachableError } from '../modules/api/client';
import { validateAuditSearch } from '../modules/audit/utils/audit-address';
import { CurrentUserContext } from '../modules/auth/current-user';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { meQuery, useMe } from '../modules/auth/hooks/use-auth';
import { LoadFailed, StateMessage } from '../modules/common/components/StateMessage';
import { MapPage } from '../modules/map/components/MapPage';
import { indicatorQuery } from '../modules/indicator-page/hooks/use-observations';
import { observationsQuery } from '../modules/observations/hooks/use-observations';
import { loadChartLibrary } from '../modules/indicator-page/utils/chart-library';
import { validateDiffSearch } from '../modules/plan-diff/utils/diff-search';
import { validateWhatIfSearch } from '../modules/what-if/utils/what-if-search';
import { validateMapSearch } from './map-address';
import { prefetchMap } from './prefetch';
import { SIGN_IN_PATH, signInAddress, validateSignInSearch } from './sign-in';

export type RouterContext = { queryClient: QueryClient };

/** A part of the page that crashed: a message and a way to try again, instead of a blank page. */
export function Crashed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <StateMessage
      tone="error"
      title={t('state.crashTitle')}
      action={
        <button type="button" className="is-primary" onClick={retry}>
          {t('common.retry')}
        </button>
      }
    >
      {t('state.crashBody')}
    </StateMessage>
  );
}

function RouteCrashed({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  useEffect(() => console.error('Kompas could not draw this part of the page', error), [error]);
  return (
    <Crashed
      retry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteCrashed,
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: SIGN_IN_PATH,
  validateSearch: validateSignInSearch,
  component: SignInPage,
});

/** Who is signed in, while the gate asks. */
function Checking() {
  const { t } = useTranslation();
  return (
    <main className="kompas-body">
      <StateMessage tone="loading" title={t('common.loading')} />
    </main>
  );
}

/** The server could not say who is signed in (or a page crashed): a retry either way. */
function GateFailed(props: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  if (!(props.error instanceof ApiRequestError || props.error instanceof ApiUnreachableError)) return <RouteCrashed {...props} />;
  return (
    <main className="kompas-body">
      <LoadFailed
        title={props.error instanceof ApiUnreachableError ? t('state.unreachableTitle') : t('state.serverErrorTitle')}
        error={props.error}
        onRetry={() => void router.invalidate()}
      />
    </main>
  );
}

/** Every page but the sign-in page: they show the signed-in user, whom the gate has asked the server for. */
function SignedIn() {
  const me = useMe();
  const router = useRouter();
  const signedOut = me.isError && me.error instanceof ApiRequestError && me.error.status === 401;
  useEffect(() => {
    if (signedOut) void router.navigate({ href: signInAddress(router.state.location.href), replace: true });
  }, [signedOut, router]);
  return (
    <CurrentUserContext.Provider value={me.data ?? null}>
      <Outlet />
    </CurrentUserContext.Provider>
  );
}

/** The sign-in gate: nobody signed in goes to the sign-in page, and back here afterwards. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    // Asked for alongside who is signed in, not after: the map needs the plans and its graph first.
    prefetchMap(context.queryClient, location.pathname, location.search);
    prefetchIndicatorPage(context.queryClient, location.pathname);
    try {
      return { me: await context.queryClient.ensureQueryData(meQuery) };
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) throw redirect({ href: signInAddress(location.href), replace: true });
      throw error;
    }
  },
  component: SignedIn,
  pendingComponent: Checking,
  errorComponent: GateFailed,
});

/** The map: one page for the plan, its selected node or link, and any other address. */
export const mapRoute = createRoute({
  getParentRoute: () => signedInRoute,
  id: 'map',
  validateSearch: validateMapSearch,
  component: MapPage,
});

export const homeRoute = createRoute({ getParentRoute: () => mapRoute, path: '/' });
export const planRoute = createRoute({ getParentRoute: () => mapRoute, path: 'plans/$planId' });
export const nodeRoute = createRoute({ getParentRoute: () => mapRoute, path: 'plans/$planId/nodes/$nodeId' });
export const linkRoute = createRoute({ getParentRoute: () => mapRoute, path: 'plans/$planId/links/$linkId' });
/** An address Kompas does not know opens the current plan, as `/` does. */
export const otherRoute = createRoute({ getParentRoute: () => mapRoute, path: '$' });

export const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'audit',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import('../modules/audit/components/AuditPage'), 'AuditPage'),
});

export const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'users',
  component: lazyRouteComponent(() => import('../modules/users/components/UsersPage'), 'UsersPage'),
});
export const newUserRoute = createRoute({ getParentRoute: () => usersRoute, path: 'new' });
export const userRoute = createRoute({ getParentRoute: () => usersRoute, path: '$userId' });

const adminPage = <K extends keyof typeof import('../modules/admin/pages')>(name: K) =>
  lazyRouteComponent(() => import('../modules/admin/pages'), name);
const AdminIndexPage = adminPage('AdminIndexPage');
const ImportPage = adminPage('ImportPage');
const PlanAdminPage = adminPage('PlanAdminPage');
const AimingPointAdminPage = adminPage('AimingPointAdminPage');
const CommitteeAdminPage = adminPage('CommitteeAdminPage');
const UnitAdminPage = adminPage('UnitAdminPage');

export const adminRoute = createRoute({ getParentRoute: () => signedInRoute, path: 'admin' });
export const adminIndexRoute = createRoute({ getParentRoute: () => adminRoute, path: '/', component: AdminIndexPage });
export const importRoute = createRoute({ getParentRoute: () => adminRoute, path: 'import', component: ImportPage });
export const planAdminRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'plans/$planId',
  component: function PlanAdmin() {
    const { planId } = planAdminRoute.useParams();
    return <PlanAdminPage planId={planId} />;
  },
});
export const aimingPointAdminRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'plans/$planId/aiming-points/$aimingPointId',
  component: function AimingPointAdmin() {
    const { planId, aimingPointId } = aimingPointAdminRoute.useParams();
    return <AimingPointAdminPage planId={planId} aimingPointId={aimingPointId} />;
  },
});
export const committeeAdminRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'plans/$planId/committees/$committeeId',
  component: function CommitteeAdmin() {
    const { planId, committeeId } = committeeAdminRoute.useParams();
    return <CommitteeAdminPage planId={planId} committeeId={committeeId} />;
  },
});
export const unitAdminRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'units/$unitId',
  component: function UnitAdmin() {
    const { unitId } = unitAdminRoute.useParams();
    return <UnitAdminPage unitId={unitId} />;
  },
});

const ObservationImportPage = lazyRouteComponent(
  () => import('../modules/observation-import/components/ObservationImportPage'),
  'ObservationImportPage',
);
/** Importing a file of observations into a plan (for those who may record data), loaded when opened. */
export const observationImportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plans/$planId/import',
  component: function ObservationImport() {
    const { planId } = observationImportRoute.useParams();
    return <ObservationImportPage planId={planId} />;
  },
});

/** What is waiting on the current plan ("Til opfølgning"): the signed-in user's list, then everyone's. */
export const todoRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'todo',
  component: lazyRouteComponent(() => import('../modules/todo/components/TodoPage'), 'TodoPage'),
});

const IndicatorPage = lazyRouteComponent(() => import('../modules/indicator-page/components/IndicatorPage'), 'IndicatorPage');
const INDICATOR_PATH = /^\/plans\/[^/?#]+\/indicators\/([^/?#]+)/;

/**
 * At an indicator page's address, asks for its code, the indicator, its observations and the chart library while
 * the sign-in gate asks who is signed in, instead of one after the other (the plan's graph is asked for by
 * prefetchMap). A failure here is left to the page, which asks again and shows it.
 */
function prefetchIndicatorPage(client: QueryClient, pathname: string): void {
  const match = INDICATOR_PATH.exec(pathname);
  if (!match) return;
  const indicatorId = decodeURIComponent(match[1]);
  void client.prefetchQuery(indicatorQuery(indicatorId));
  void client.prefetchQuery(observationsQuery(indicatorId));
  loadChartLibrary().catch(() => undefined);
  IndicatorPage.preload?.()?.catch(() => undefined);
}
/** An indicator's own page: its history as a chart, its observations, what is due and its comments; loaded (with the chart library) when opened. */
export const indicatorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plans/$planId/indicators/$indicatorId',
  component: function Indicator() {
    const { planId, indicatorId } = indicatorRoute.useParams();
    return <IndicatorPage planId={planId} indicatorId={indicatorId} />;
  },
});

const CommitteePage = lazyRouteComponent(() => import('../modules/committee-page/components/CommitteePage'), 'CommitteePage');
/** A committee's page for its meeting: its priorities, each focus area's health, actions, due data and open proposals; loaded when opened. */
export const committeeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plans/$planId/committees/$committeeId',
  component: function Committee() {
    const { planId, committeeId } = committeeRoute.useParams();
    return <CommitteePage planId={planId} committeeId={committeeId} />;
  },
});

const DiffPage = lazyRouteComponent(() => import('../modules/plan-diff/components/DiffPage'), 'DiffPage');
/** How the plan moved between two revisions or dates, or since one of them: listed and drawn; loaded when opened. */
export const diffRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plans/$planId/diff',
  validateSearch: validateDiffSearch,
  component: function Diff() {
    const { planId } = diffRoute.useParams();
    const search = diffRoute.useSearch();
    return <DiffPage planId={planId} search={search} />;
  },
});

const WhatIfPage = lazyRouteComponent(() => import('../modules/what-if/components/WhatIfPage'), 'WhatIfPage');
/** "Hvad nu hvis?": try changes out in a private scenario, see them beside now, apply as a decision or discard; loaded when opened. */
export const whatIfRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plans/$planId/what-if',
  validateSearch: validateWhatIfSearch,
  component: function WhatIf() {
    const { planId } = whatIfRoute.useParams();
    const { scenario } = whatIfRoute.useSearch();
    return <WhatIfPage planId={planId} scenarioId={scenario} />;
  },
});

const OverviewPage = lazyRouteComponent(() => import('../modules/overview/components/OverviewPage'), 'OverviewPage');
/** The director's overview ("Overblik"): the alignment audit's matrix, findings and scores; loaded when opened. */
export const overviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'plans/$planId/overview',
  component: function Overview() {
    const { planId } = overviewRoute.useParams();
    return <OverviewPage planId={planId} />;
  },
});

export const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    mapRoute.addChildren([homeRoute, planRoute, nodeRoute, linkRoute, otherRoute]),
    auditRoute,
    todoRoute,
    observationImportRoute,
    indicatorRoute,
    committeeRoute,
    diffRoute,
    whatIfRoute,
    overviewRoute,
    usersRoute.addChildren([newUserRoute, userRoute]),
    adminRoute.addChildren([adminIndexRoute, importRoute, planAdminRoute, aimingPointAdminRoute, committeeAdminRoute, unitAdminRoute]),
  ]),
]);
