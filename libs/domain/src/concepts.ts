/**
 * Every concept Kompas stores, listed once: how the code, the database, the
 * API and people name it, whose it is, what it hangs on, what goes and comes
 * back with it, and whether the trail and the plan document carry it. The
 * API's tables, the trail's kinds, the web app's routes and the tests' table
 * lists are all derived from here, so a new concept is one entry (plus its
 * own module) and a forgotten one fails to compile.
 */
import type { NodeKind } from './kinds';
import type { PlanDocument } from './plan-document';

/** A word in one language, one and many ("fokusområde", "fokusområder"). */
export type ConceptWord = { readonly one: string; readonly many: string };

/**
 * Whose a row is, as data (the permission it maps to is worked out elsewhere):
 * - `plan`: whoever manages plans;
 * - `admin`: whoever holds the named administrative permission;
 * - `committee` / `unit`: the committee or unit the column names;
 * - `parent`: whoever owns the row the first set column names (an indicator: its action, else its focus area, else
 *   its aiming point; with none set, the plan's: an indicator of the vision);
 * - `signedIn`: anyone signed in (a comment);
 * - `node`: whoever may assess the aiming point, focus area or action the column names (`assess`: its owner, directors, administrators);
 * - `decided`: the committee, unit or plan the columns name (an adjustment's part, applied by its owner).
 */
export type ConceptOwner =
  | { readonly by: 'plan' }
  | { readonly by: 'admin'; readonly do: 'manageCommittees' | 'manageUnits' | 'manageUsers' }
  | { readonly by: 'committee'; readonly column: string }
  | { readonly by: 'unit'; readonly column: string }
  | { readonly by: 'parent'; readonly columns: readonly string[] }
  | { readonly by: 'signedIn' }
  | { readonly by: 'node'; readonly column: string }
  | { readonly by: 'decided'; readonly kindColumn: string; readonly idColumn: string };

/**
 * How far the trail follows a concept's rows:
 * - `rows`: every change to a row is in its entry, and the live rows must equal what the trail recorded;
 * - `changes`: changes are in the entries (secrets hidden), but the rows are not compared with the trail;
 * - `none`: entries may be about it, but its rows are never in them.
 */
export type ConceptAudit = 'rows' | 'changes' | 'none';

type Spec = {
  /** The database table (snake_case). */
  readonly table: string;
  /** The API's path segment (`/api/<route>`), null if it has none of its own. */
  readonly route: string | null;
  readonly words: { readonly da: ConceptWord; readonly en: ConceptWord };
  /** The kind the trail's entries name it by (both kinds of link are a `link`). */
  readonly trail: string;
  /** The kind of node it is drawn as on the map, if it is one. */
  readonly node: NodeKind | null;
  /** Whether each row belongs to one plan (a `planId` column). */
  readonly inPlan: boolean;
  readonly owner: ConceptOwner;
  /** The rows it hangs on, besides its plan: they must be alive for it to come back. `words`: how a refusal names one. */
  readonly parents: readonly { readonly kind: string; readonly column: string; readonly words: string }[];
  /** What is deleted with it (and so comes back with it): rows of `kind` whose `column` holds its id, in this order. */
  readonly children: readonly { readonly kind: string; readonly column: string }[];
  /** Deleted softly, and brought back by `POST /api/restore/{id}`. */
  readonly restorable: boolean;
  readonly audit: ConceptAudit;
  /** Its place in the plan document (`plan` is the document's own head), null if not exported. */
  readonly document: Exclude<keyof PlanDocument, 'format' | 'version'> | null;
};

const word = (one: string, many: string): ConceptWord => ({ one, many });

/**
 * The concepts, in the order what hangs on something comes after it (a restore
 * brings rows back in this order).
 */
export const CONCEPTS = {
  plan: {
    table: 'plan',
    route: 'plans',
    words: { da: word('plan', 'planer'), en: word('plan', 'plans') },
    trail: 'plan',
    node: 'vision',
    inPlan: false,
    owner: { by: 'plan' },
    parents: [],
    children: [
      { kind: 'supportLink', column: 'planId' },
      { kind: 'contributionLink', column: 'planId' },
      { kind: 'indicator', column: 'planId' },
      { kind: 'action', column: 'planId' },
      { kind: 'focusArea', column: 'planId' },
      { kind: 'committee', column: 'planId' },
      { kind: 'aimingPoint', column: 'planId' },
    ],
    restorable: true,
    audit: 'rows',
    document: 'plan',
  },
  aimingPoint: {
    table: 'aiming_point',
    route: 'aiming-points',
    words: { da: word('sigtepunkt', 'sigtepunkter'), en: word('aiming point', 'aiming points') },
    trail: 'aimingPoint',
    node: 'aimingPoint',
    inPlan: true,
    owner: { by: 'plan' },
    parents: [],
    children: [
      { kind: 'supportLink', column: 'aimingPointId' },
      { kind: 'indicator', column: 'aimingPointId' },
    ],
    restorable: true,
    audit: 'rows',
    document: 'aimingPoints',
  },
  committee: {
    table: 'committee',
    route: 'committees',
    words: { da: word('udvalg', 'udvalg'), en: word('committee', 'committees') },
    trail: 'committee',
    node: null,
    inPlan: true,
    owner: { by: 'admin', do: 'manageCommittees' },
    parents: [],
    children: [],
    restorable: true,
    audit: 'rows',
    document: 'committees',
  },
  unit: {
    table: 'unit',
    route: 'units',
    words: { da: word('enhed', 'enheder'), en: word('unit', 'units') },
    trail: 'unit',
    node: null,
    inPlan: false,
    owner: { by: 'admin', do: 'manageUnits' },
    parents: [{ kind: 'unit', column: 'parentId', words: 'the unit above it' }],
    children: [],
    restorable: true,
    audit: 'rows',
    document: 'units',
  },
  focusArea: {
    table: 'focus_area',
    route: 'focus-areas',
    words: { da: word('fokusområde', 'fokusområder'), en: word('focus area', 'focus areas') },
    trail: 'focusArea',
    node: 'focusArea',
    inPlan: true,
    owner: { by: 'committee', column: 'committeeId' },
    parents: [{ kind: 'committee', column: 'committeeId', words: 'its committee' }],
    children: [
      { kind: 'supportLink', column: 'focusAreaId' },
      { kind: 'contributionLink', column: 'focusAreaId' },
      { kind: 'indicator', column: 'focusAreaId' },
    ],
    restorable: true,
    audit: 'rows',
    document: 'focusAreas',
  },
  action: {
    table: 'action',
    route: 'actions',
    words: { da: word('handling', 'handlinger'), en: word('action', 'actions') },
    trail: 'action',
    node: 'action',
    inPlan: true,
    owner: { by: 'unit', column: 'unitId' },
    parents: [{ kind: 'unit', column: 'unitId', words: 'its unit' }],
    children: [
      { kind: 'contributionLink', column: 'actionId' },
      { kind: 'indicator', column: 'actionId' },
    ],
    restorable: true,
    audit: 'rows',
    document: 'actions',
  },
  indicator: {
    table: 'indicator',
    route: 'indicators',
    words: { da: word('indikator', 'indikatorer'), en: word('indicator', 'indicators') },
    trail: 'indicator',
    node: 'indicator',
    inPlan: true,
    owner: { by: 'parent', columns: ['actionId', 'focusAreaId', 'aimingPointId'] },
    parents: [
      { kind: 'aimingPoint', column: 'aimingPointId', words: 'the aiming point it measures' },
      { kind: 'focusArea', column: 'focusAreaId', words: 'the focus area it measures' },
      { kind: 'action', column: 'actionId', words: 'the action it measures' },
    ],
    children: [],
    restorable: true,
    audit: 'rows',
    document: 'indicators',
  },
  observation: {
    table: 'observation',
    route: 'observations',
    words: { da: word('måling', 'målinger'), en: word('observation', 'observations') },
    trail: 'observation',
    node: null,
    inPlan: false,
    owner: { by: 'parent', columns: ['indicatorId'] },
    parents: [{ kind: 'indicator', column: 'indicatorId', words: 'its indicator' }],
    children: [],
    restorable: false,
    audit: 'rows',
    document: 'observations',
  },
  supportLink: {
    table: 'support_link',
    route: 'links',
    words: { da: word('kobling', 'koblinger'), en: word('link', 'links') },
    trail: 'link',
    node: null,
    inPlan: true,
    owner: { by: 'parent', columns: ['focusAreaId'] },
    parents: [
      { kind: 'focusArea', column: 'focusAreaId', words: 'its focus area' },
      { kind: 'aimingPoint', column: 'aimingPointId', words: 'its aiming point' },
    ],
    children: [],
    restorable: true,
    audit: 'rows',
    document: 'links',
  },
  contributionLink: {
    table: 'contribution_link',
    route: 'links',
    words: { da: word('kobling', 'koblinger'), en: word('link', 'links') },
    trail: 'link',
    node: null,
    inPlan: true,
    owner: { by: 'parent', columns: ['actionId'] },
    parents: [
      { kind: 'action', column: 'actionId', words: 'its action' },
      { kind: 'focusArea', column: 'focusAreaId', words: 'its focus area' },
    ],
    children: [],
    restorable: true,
    audit: 'rows',
    document: 'links',
  },
  comment: {
    table: 'comment',
    route: 'comments',
    words: { da: word('kommentar', 'kommentarer'), en: word('comment', 'comments') },
    trail: 'comment',
    node: null,
    inPlan: true,
    owner: { by: 'signedIn' },
    parents: [],
    children: [],
    restorable: false,
    audit: 'rows',
    document: null,
  },
  assessment: {
    table: 'assessment',
    route: 'assessments',
    words: { da: word('vurdering', 'vurderinger'), en: word('assessment', 'assessments') },
    trail: 'assessment',
    node: null,
    inPlan: true,
    owner: { by: 'node', column: 'nodeId' },
    parents: [],
    children: [],
    restorable: false,
    audit: 'rows',
    document: null,
  },
  adjustment: {
    table: 'adjustment',
    route: 'adjustments',
    words: { da: word('justering', 'justeringer'), en: word('adjustment', 'adjustments') },
    trail: 'adjustment',
    node: null,
    inPlan: true,
    owner: { by: 'decided', kindColumn: 'ownerKind', idColumn: 'ownerId' },
    parents: [],
    children: [],
    restorable: false,
    audit: 'rows',
    document: null,
  },
  planRevision: {
    table: 'plan_revision',
    route: null,
    words: { da: word('revision', 'revisioner'), en: word('revision', 'revisions') },
    trail: 'plan',
    node: null,
    inPlan: true,
    owner: { by: 'plan' },
    parents: [],
    children: [],
    restorable: false,
    audit: 'rows',
    document: null,
  },
  user: {
    table: 'user',
    route: 'users',
    words: { da: word('bruger', 'brugere'), en: word('user', 'users') },
    trail: 'user',
    node: null,
    inPlan: false,
    owner: { by: 'admin', do: 'manageUsers' },
    parents: [],
    children: [],
    restorable: false,
    audit: 'rows',
    document: null,
  },
  credential: {
    table: 'credential',
    route: null,
    words: { da: word('adgangskode', 'adgangskoder'), en: word('password', 'passwords') },
    trail: 'user',
    node: null,
    inPlan: false,
    owner: { by: 'parent', columns: ['userId'] },
    parents: [{ kind: 'user', column: 'userId', words: 'its user' }],
    children: [],
    restorable: false,
    audit: 'changes',
    document: null,
  },
  session: {
    table: 'session',
    route: null,
    words: { da: word('session', 'sessioner'), en: word('session', 'sessions') },
    trail: 'session',
    node: null,
    inPlan: false,
    owner: { by: 'parent', columns: ['userId'] },
    parents: [{ kind: 'user', column: 'userId', words: 'its user' }],
    children: [],
    restorable: false,
    audit: 'none',
    document: null,
  },
} as const satisfies Record<string, Spec>;

type Concepts = typeof CONCEPTS;
/** A concept's name in code: `aimingPoint`. */
export type ConceptKind = keyof Concepts;
export type Concept = Concepts[ConceptKind];
type Where<P> = { [K in ConceptKind]: Concepts[K] extends P ? K : never }[ConceptKind];

/** Every concept, in the registry's order. */
export const CONCEPT_KINDS = Object.keys(CONCEPTS) as ConceptKind[];

/** The table of each concept. */
export type TableOf<K extends ConceptKind> = Concepts[K]['table'];
/** Every concept's table. */
export type ConceptTable = TableOf<ConceptKind>;
/** The tables a change can touch: each row there is snapshotted whole into its entry. */
export type AuditedTable = TableOf<Where<{ audit: 'rows' | 'changes' }>>;
/** The tables whose live rows the trail vouches for. */
export type TrailRowTable = TableOf<Where<{ audit: 'rows' }>>;
/** The tables whose rows are deleted softly and can be restored. */
export type RestorableKind = Where<{ restorable: true }>;
export type RestorableTable = TableOf<RestorableKind>;
/** The kind the trail names an entry by: `link` for both kinds of link. */
export type TrailKind = Concept['trail'];
/** Kinds drawn on the map inside a plan (every node but the vision, which is the plan itself). */
export type PlanNodeKind = Where<{ node: NodeKind; inPlan: true }>;

const kindsWhere = (keep: (c: Spec) => boolean): ConceptKind[] => CONCEPT_KINDS.filter((k) => keep(CONCEPTS[k]));
const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The concept stored in a table, if any. */
export function conceptOfTable(table: string): ConceptKind | null {
  return CONCEPT_KINDS.find((k) => CONCEPTS[k].table === table) ?? null;
}

/** Every concept's table, in the registry's order. */
export const CONCEPT_TABLES = CONCEPT_KINDS.map((k) => CONCEPTS[k].table) as ConceptTable[];

/** The tables a change can touch, in the registry's order. */
export const AUDITED_TABLES_OF_CHANGES = kindsWhere((c) => c.audit !== 'none').map((k) => CONCEPTS[k].table) as AuditedTable[];

/** The tables whose live rows must equal what the trail recorded (not credentials, sessions or counters). */
export const TRAIL_ROW_TABLES = kindsWhere((c) => c.audit === 'rows').map((k) => CONCEPTS[k].table) as TrailRowTable[];

/** What can be restored, in the order a restore brings rows back (what a row hangs on first). */
export const RESTORABLE_KINDS = kindsWhere((c) => c.restorable) as RestorableKind[];

/** The kinds the trail names entries by, each once, in the registry's order. */
export const TRAIL_KINDS = distinct(CONCEPT_KINDS.map((k) => CONCEPTS[k].trail)) as TrailKind[];

/** The trail kinds of nodes drawn inside a plan: an entry about one can be shown on the map. */
export const PLAN_NODE_KINDS = kindsWhere((c) => c.node !== null && c.inPlan) as PlanNodeKind[];

/** The plan document's lists (its head, the plan, aside), in the registry's order. */
export const DOCUMENT_LISTS = distinct(
  CONCEPT_KINDS.map((k) => CONCEPTS[k].document).filter((d): d is Exclude<Spec['document'], 'plan' | null> => d !== null && d !== 'plan'),
);

/** Where the map's nodes live in the API: `/api/aiming-points`. */
export const NODE_ROUTES = Object.fromEntries(
  CONCEPT_KINDS.flatMap((k) => {
    const c: Spec = CONCEPTS[k];
    return c.node && c.route ? [[c.node, `/api/${c.route}`]] : [];
  }),
) as Readonly<Record<NodeKind, string>>;

/** The concept drawn as a node kind on the map. */
export const CONCEPT_OF_NODE = Object.fromEntries(
  CONCEPT_KINDS.flatMap((k) => {
    const node: NodeKind | null = CONCEPTS[k].node;
    return node ? [[node, k]] : [];
  }),
) as Readonly<Record<NodeKind, ConceptKind>>;

/** The node kind a table's rows are drawn as, if they are nodes. */
export function nodeKindOfTable(table: string): NodeKind | null {
  const kind = conceptOfTable(table);
  return kind ? CONCEPTS[kind].node : null;
}

/** What deleting a row of `kind` takes with it (and so what restoring it brings back), in order. */
export function childrenOf(kind: ConceptKind): readonly { kind: ConceptKind; table: ConceptTable; column: string }[] {
  return CONCEPTS[kind].children.map((child) => ({ kind: child.kind, table: CONCEPTS[child.kind].table, column: child.column }));
}

/** The rows a row of `kind` hangs on (its plan aside), with their tables. */
export function parentsOf(kind: ConceptKind): readonly { kind: ConceptKind; table: ConceptTable; column: string; words: string }[] {
  return CONCEPTS[kind].parents.map((p) => ({ kind: p.kind, table: CONCEPTS[p.kind].table, column: p.column, words: p.words }));
}

/** A concept's word: `conceptWord('focusArea', 'da')` → "fokusområde", `…, 'en', 'many'` → "focus areas". */
export function conceptWord(kind: ConceptKind, language: 'da' | 'en', count: 'one' | 'many' = 'one'): string {
  return CONCEPTS[kind].words[language][count];
}

// Compile-time checks: every node kind is some concept's, and every parent and child names a concept.
type Assert<T extends true> = T;
type Missing<All, Got> = Exclude<All, Got> extends never ? true : false;
export type _EveryNodeKindIsAConcept = Assert<Missing<NodeKind, Concept['node']>>;
type Related = Concept['parents'][number]['kind'] | Concept['children'][number]['kind'];
export type _EveryRelationNamesAConcept = Assert<Missing<Related, ConceptKind>>;
