/**
 * The one error shape of the API, and its codes. The web app translates a
 * message by its code, so codes are stable: add new ones, never rename.
 */
export const ERROR_CODES = {
  // 400
  validationFailed: 'validation_failed',
  invalidJson: 'invalid_json',
  invalidUnicode: 'invalid_unicode',
  /** An imported file with problems: `details` names each at its row and column. */
  invalidFile: 'invalid_file',
  // 401
  unauthenticated: 'unauthenticated',
  invalidCredentials: 'invalid_credentials',
  // 403
  forbidden: 'forbidden',
  crossSite: 'cross_site_request',
  // 404
  notFound: 'not_found',
  // 405
  methodNotAllowed: 'method_not_allowed',
  // 409
  duplicateLink: 'duplicate_link',
  alreadySuperseded: 'already_superseded',
  observationExists: 'observation_exists',
  inUse: 'in_use',
  /** A proposed adjustment already answered or declined. */
  proposalClosed: 'proposal_closed',
  /** A change of an adjustment names a version of its row that is no longer the current one. */
  changeOutdated: 'change_outdated',
  /** An adjustment's part that has already been applied. */
  alreadyApplied: 'already_applied',
  /** A scenario's staged change names a row that has changed since it was staged: `rows` lists them. */
  scenarioConflict: 'scenario_conflict',
  // 412, 428
  versionConflict: 'version_conflict',
  preconditionRequired: 'precondition_required',
  // 413
  payloadTooLarge: 'payload_too_large',
  // 415
  unsupportedMediaType: 'unsupported_media_type',
  // 422
  linkKindForbidden: 'link_kind_forbidden',
  linkAcrossPlans: 'link_across_plans',
  statusTransitionForbidden: 'status_transition_forbidden',
  rankOutOfRange: 'rank_out_of_range',
  orderNotPermutation: 'order_not_permutation',
  acrossPlans: 'across_plans',
  unitCycle: 'unit_cycle',
  planAdopted: 'plan_adopted',
  invalidPeriod: 'invalid_period',
  indicatorShape: 'indicator_shape',
  observationShape: 'observation_shape',
  correctionMismatch: 'correction_mismatch',
  correctionCycle: 'correction_cycle',
  dateOrder: 'date_order',
  unsupportedDocument: 'unsupported_document',
  invalidDocument: 'invalid_document',
  /** Only aiming points, focus areas and actions are assessed. */
  notAssessable: 'not_assessable',
  /** An adjustment answers an assessment that proposed nothing. */
  noProposal: 'no_proposal',
  /** The plan as it was on a day before it existed. */
  beforePlan: 'before_plan',
  // 429
  tooManyAttempts: 'too_many_attempts',
  // 500, 503
  internal: 'internal_error',
  unavailable: 'service_unavailable',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** One problem with one field of the request. `field` is a dotted path, e.g. `sections.0.title`. */
export type FieldError = { field: string; code: string; message: string };

export type ApiErrorBody = {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details: FieldError[];
};

/** The HTTP status each code is answered with. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_unicode: 400,
  invalid_file: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_site_request: 403,
  not_found: 404,
  method_not_allowed: 405,
  duplicate_link: 409,
  already_superseded: 409,
  observation_exists: 409,
  in_use: 409,
  proposal_closed: 409,
  change_outdated: 409,
  already_applied: 409,
  scenario_conflict: 409,
  version_conflict: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  link_kind_forbidden: 422,
  link_across_plans: 422,
  status_transition_forbidden: 422,
  rank_out_of_range: 422,
  order_not_permutation: 422,
  across_plans: 422,
  unit_cycle: 422,
  plan_adopted: 422,
  invalid_period: 422,
  indicator_shape: 422,
  observation_shape: 422,
  correction_mismatch: 422,
  correction_cycle: 422,
  date_order: 422,
  unsupported_document: 422,
  invalid_document: 400,
  not_assessable: 422,
  no_proposal: 422,
  before_plan: 422,
  too_many_attempts: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** The outcome of a rule: allowed, or refused with a code and the reason in words. */
export type RuleResult<T = true> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; field?: string };

export function allowed<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

export function refused<T = never>(code: ErrorCode, message: string, field?: string): RuleResult<T> {
  return field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };
}
