// Generated from the API’s OpenAPI document by `npm run api-types`: do not change it by hand.
// `npm test` fails when it no longer matches the API.

export interface paths {
  '/api/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an action owned by a unit */
    post: operations['ActionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an action */
    get: operations['ActionsController_get'];
    put?: never;
    post?: never;
    /** Delete an action and its links (refused once it has observations: stop it) */
    delete: operations['ActionsController_remove'];
    options?: never;
    head?: never;
    /** Change an action: texts, unit, responsible person, status, dates */
    patch: operations['ActionsController_update'];
    trace?: never;
  };
  '/api/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a decided adjustment and apply it in one transaction and one trail entry; a decision spanning owners is split into one part per owner, the parts the caller may make applied at once, the rest pending */
    post: operations['AdjustmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/adjustments/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a pending part of an adjustment, by its owner: the decided changes on the rows as they are now */
    post: operations['AdjustmentsController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aiming-points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an aiming point */
    post: operations['AimingPointsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/aiming-points/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an aiming point */
    get: operations['AimingPointsController_get'];
    put?: never;
    post?: never;
    /** Delete an aiming point and its links */
    delete: operations['AimingPointsController_remove'];
    options?: never;
    head?: never;
    /** Change an aiming point (texts, position) */
    patch: operations['AimingPointsController_update'];
    trace?: never;
  };
  '/api/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assess an aiming point, focus area or action: a status, a reflection, its evidence, optionally a proposed adjustment. Whoever may change the node, directors and administrators may */
    post: operations['AssessmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an open proposal, with the decision that declined it and why */
    post: operations['AssessmentsController_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The trail, newest first, with filters and paging. Anyone signed in may read the history of one thing (entityId); the whole trail is for directors and administrators. No route changes or deletes an entry. */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/{seq}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One chunk of an import’s record: the rows it created, with their ids (for those who may import) */
    get: operations['AuditController_importRecord'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/head': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The head of the chain (entries, hash of the newest, time) with a MAC, to record outside Kompas */
    get: operations['AuditController_head'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the hash chain of the whole trail is intact */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What signing in needs to know, before anyone is signed in: whether demo mode is on, and its logins */
    get: operations['AuthController_authConfig'];
    put?: never;
    /** Sign in: sets an httpOnly, SameSite session cookie */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends the session */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their roles */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/committees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a committee in a plan */
    post: operations['CommitteesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/committees/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a committee */
    get: operations['CommitteesController_get'];
    put?: never;
    post?: never;
    /** Delete a committee that owns no focus areas */
    delete: operations['CommitteesController_remove'];
    options?: never;
    head?: never;
    /** Change a committee */
    patch: operations['CommitteesController_update'];
    trace?: never;
  };
  '/api/committees/{id}/focus-area-order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a committee's whole priority order; answers with its focus areas in the new order */
    put: operations['FocusAreasController_reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/focus-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a focus area for a committee (at a priority, or last) */
    post: operations['FocusAreasController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/focus-areas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a focus area */
    get: operations['FocusAreasController_get'];
    put?: never;
    post?: never;
    /** Delete a focus area and its links (refused once it has observations: retire it) */
    delete: operations['FocusAreasController_remove'];
    options?: never;
    head?: never;
    /** Change a focus area: texts, status, priority, owner, co-owners */
    patch: operations['FocusAreasController_update'];
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 200 when the database answers, 503 when it does not */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an indicator of the vision (measuresVision with planId), an aiming point, a focus area or an action: whoever may change what it measures may */
    post: operations['IndicatorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an indicator */
    get: operations['IndicatorsController_get'];
    put?: never;
    post?: never;
    /** Delete an indicator that has no observations */
    delete: operations['IndicatorsController_remove'];
    options?: never;
    head?: never;
    /** Change an indicator */
    patch: operations['IndicatorsController_update'];
    trace?: never;
  };
  '/api/indicators/{id}/observations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an indicator's observations of both series (or of one, `?series=`), corrections included, oldest period first */
    get: operations['ObservationsController_list'];
    put?: never;
    /** Record an observation of an indicator for one period, of its own series or (`series: "reference"`) of its reference series; its owner and its responsible person may. A period that already has a current observation of that series is answered 409 `observation_exists` with that observation's id in `existingId`: correct it instead */
    post: operations['ObservationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link two nodes: an action contributes to a focus area, a focus area supports an aiming point */
    post: operations['LinksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/links/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a link */
    get: operations['LinksController_get'];
    put?: never;
    post?: never;
    /** Remove a link */
    delete: operations['LinksController_remove'];
    options?: never;
    head?: never;
    /** Change a link's rationale and strength */
    patch: operations['LinksController_update'];
    trace?: never;
  };
  '/api/nodes/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A node's comments, oldest first */
    get: operations['CommentsController_list'];
    put?: never;
    /** Comment on a node (the vision, an aiming point, focus area, action or indicator): anyone who can read it may */
    post: operations['CommentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nodes/{id}/comments/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the signed-in user has read a node's comments up to a comment of it: they leave the user's follow-up list. Not plan data, so not in the trail */
    post: operations['FollowUpController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/nodes/{nodeId}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A node's assessments, newest first */
    get: operations['AssessmentsController_listOfNode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an observation */
    get: operations['ObservationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{id}/supersede': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct an observation: records a new one that supersedes it, of the same indicator, series and period (else 422 `correction_mismatch`); both stay visible. The indicator’s owner and its responsible person may */
    post: operations['ObservationsController_supersede'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the active users by name, to choose one (an indicator’s responsible person); anyone signed in */
    get: operations['PeopleController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List every plan, newest period first */
    get: operations['PlansController_list'];
    put?: never;
    /** Create a plan (a council vision for one period) */
    post: operations['PlansController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a plan */
    get: operations['PlansController_get'];
    put?: never;
    post?: never;
    /** Delete a plan and everything in it (not while adopted) */
    delete: operations['PlansController_remove'];
    options?: never;
    head?: never;
    /** Change a plan: texts (the council’s name among them), period, status */
    patch: operations['PlansController_update'];
    trace?: never;
  };
  '/api/plans/{planId}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a plan's actions */
    get: operations['ActionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan's adjustments, newest decision first: by state, by committee, by the meeting's date */
    get: operations['AdjustmentsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/aiming-points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a plan's aiming points in order */
    get: operations['AimingPointsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/alignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The director's alignment audit: a coverage matrix of committees × aiming points, the findings (actions serving no focus area, focus areas with no action, thinly served aiming points, missing or overdue data, indicators off target, old assessments, undecided proposals, …) and a score 0–100 per committee and aiming point with every point lost traced to a finding */
    get: operations['AlignmentController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/alignment.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The alignment audit as a PDF: the scores with what cost the points, the coverage matrix and the findings by kind */
    get: operations['AlignmentController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/alignment.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The alignment audit as a workbook: a sheet of findings, one of the coverage matrix and one of scores */
    get: operations['AlignmentController_xlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan's assessments, newest first: those with an open proposal, those of one committee */
    get: operations['AssessmentsController_listOfPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/committees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a plan's committees in lane order */
    get: operations['CommitteesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed between two moments of a plan (each a revision id, a date YYYY-MM-DD or `now`): nodes and links added, removed and changed field by field, priorities moved, targets eased or tightened, each with its reason or decision */
    get: operations['RevisionsController_diff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What is waiting on a plan: its indicators whose data is due or overdue (today in Copenhagen), with owner, responsible person and due date, and comments that the people who answer for their nodes have not read */
    get: operations['FollowUpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the whole plan as one plan document */
    get: operations['PlanDocumentsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/focus-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a plan's focus areas by committee lane and priority */
    get: operations['FocusAreasController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole plan as one graph of nodes and edges: now, as it was at the end of a day (rebuilt from the trail), or as a revision stored it */
    get: operations['GraphController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every node's health (on track, at risk, off track, no data), rolled up from its indicators and children, with the reasons and a sentence that explains them */
    get: operations['PlanHealthController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a plan's indicators */
    get: operations['IndicatorsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a plan's links */
    get: operations['LinksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/observations/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import observations of a plan's indicators from a CSV or XLSX file, all or nothing: a row equal to the current observation of its period is skipped, a different one corrects it. A file with any problem is refused with 400 `invalid_file`, each problem at its row and column; rows of indicators the user may not record, with 403 naming them */
    post: operations['ObservationImportController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plan's follow-up report for a period as a PDF, in four layers: STRATEGI (vision, motivations, aiming points with health), FOKUS/RETNING (each committee's focus areas in priority order, with health and the period's adjustments), HANDLINGER (actions with status, health and the period's assessments) and DATA (each indicator's values in the period against its targets, with a chart) */
    get: operations['ReportsController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/report.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same follow-up report as a workbook: one sheet per layer (Strategi, Fokus og retning, Handlinger, Data), a row per aiming point, focus area, action and indicator value */
    get: operations['ReportsController_xlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan's revisions, newest first */
    get: operations['RevisionsController_list'];
    put?: never;
    /** Adopt a revision: the whole plan as it is now, named and dated with its decision, kept as it is. Administrators and directors */
    post: operations['RevisionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{planId}/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own open scenarios on a plan, newest first; nobody else's */
    get: operations['ScenariosController_list'];
    put?: never;
    /** Start a private what-if scenario on a plan (directors and committee members); only its author ever sees it */
    post: operations['ScenariosController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a plan document as a new plan (all or nothing; up to 256 MB; administrators) */
    post: operations['PlanDocumentsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/restore/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore a deleted node or link, with what its deletion took along (whoever may change it may restore it) */
    post: operations['RestoreController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scenario with its staged changes, for its author to continue it; 404 for anyone else */
    get: operations['ScenariosController_get'];
    put?: never;
    post?: never;
    /** Throw a scenario away: nothing in the plan or the trail changes */
    delete: operations['ScenariosController_discard'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a scenario's changes as one decided adjustment, split per owner as adjustments are; 409 scenario_conflict lists the rows changed since they were staged */
    post: operations['ScenariosController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Stage a scenario's changes, in the adjustment's form, checked as an adjustment's without writing anything */
    put: operations['ScenariosController_stage'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scenarios/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plan now and with the scenario's changes, side by side: the audit's findings and scores, and every node's health */
    get: operations['ScenariosController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List every organisational unit */
    get: operations['UnitsController_list'];
    put?: never;
    /** Create a unit */
    post: operations['UnitsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a unit */
    get: operations['UnitsController_get'];
    put?: never;
    post?: never;
    /** Delete a unit that owns no actions and has no units under it */
    delete: operations['UnitsController_remove'];
    options?: never;
    head?: never;
    /** Rename or move a unit */
    patch: operations['UnitsController_update'];
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List every user, deactivated ones too (administrators) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create a user with a password and roles (administrators) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a user (administrators) */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user: name, roles, password; `active: false` deactivates (users are never deleted). Needs If-Match */
    patch: operations['UsersController_update'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActionDto: {
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** Format: date */
      endDate: string | null;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      planId: string;
      responsiblePerson: string | null;
      /** Format: date */
      startDate: string | null;
      /** @enum {string} */
      status: 'identified' | 'launched' | 'adjusting' | 'completed' | 'stopped';
      title: string;
      /** Format: uuid */
      unitId: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    ActionNodeDto: {
      /** Format: date */
      endDate: string | null;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'action';
      responsiblePerson: string | null;
      /** Format: date */
      startDate: string | null;
      /** @enum {string} */
      status: 'identified' | 'launched' | 'adjusting' | 'completed' | 'stopped';
      title: string;
      /** Format: uuid */
      unitId: string;
      unitName: string;
      /**
       * @description Send it back as `If-Match` to change or delete the node.
       * @example 1
       */
      version: number;
    };
    AdjustmentChangeDto: {
      /** @description actionScope */
      description?: string;
      /**
       * Format: date
       * @description actionDates
       */
      endDate?: string | null;
      /**
       * Format: uuid
       * @description linkAdd: a focus area (to an aiming point) or an action (to a focus area)
       */
      from?: string;
      /**
       * Format: uuid
       * @description The focus area, indicator (targets), action or link (linkRemove); not for linkAdd
       */
      id?: string;
      /** @enum {string} */
      kind: 'focusAreaRank' | 'focusAreaStatus' | 'targets' | 'actionStatus' | 'actionScope' | 'actionDates' | 'linkAdd' | 'linkRemove';
      /** @description targets: the long-term target, as on an indicator */
      longTermTarget?: components['schemas']['LongTermTargetDto'] | null;
      /** @description focusAreaRank: the new rank (1 = first) */
      rank?: number;
      /** @description linkAdd */
      rationale?: string;
      /**
       * Format: date
       * @description actionDates
       */
      startDate?: string | null;
      /**
       * @description focusAreaStatus, actionStatus
       * @enum {string}
       */
      status?: 'proposed' | 'adopted' | 'retired' | 'identified' | 'launched' | 'adjusting' | 'completed' | 'stopped';
      /** @description linkAdd: 1 to 3 */
      strength?: number;
      /** @description targets: the target path, as on an indicator */
      targets?: (components['schemas']['FixedTargetDto'] | components['schemas']['RelativeTargetDto'])[];
      /** @description actionScope */
      title?: string;
      /**
       * Format: uuid
       * @description linkAdd
       */
      to?: string;
      /** @description The version of that row, as read; not for linkAdd */
      version?: number;
    };
    AdjustmentDto: {
      /** Format: uuid */
      answersAssessmentId: string | null;
      /** Format: date-time */
      appliedAt: string | null;
      appliedByName: string | null;
      /** @description The trail entry that applied it (or recorded it, while pending) */
      auditSeq: number | null;
      changes: components['schemas']['AdjustmentChangeDto'][];
      /** Format: date-time */
      createdAt: string;
      createdByName: string;
      decision: components['schemas']['DecisionDto'];
      /**
       * Format: uuid
       * @description Shared by every part of one decision
       */
      groupId: string;
      /** Format: uuid */
      id: string;
      owner: components['schemas']['AdjustmentOwnerDto'];
      /** Format: uuid */
      planId: string;
      reason: string;
      /** @enum {string} */
      state: 'pending' | 'applied';
    };
    AdjustmentOwnerDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'committee' | 'unit' | 'plan';
      name: string;
    };
    AimingPointDto: {
      ambition: string;
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      planId: string;
      position: number;
      sections: components['schemas']['SectionDto'][];
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    AimingPointNodeDto: {
      ambition: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'aimingPoint';
      /** @description Its place among the plan’s aiming points, from 1 */
      position: number;
      title: string;
      /**
       * @description Send it back as `If-Match` to change or delete the node.
       * @example 1
       */
      version: number;
    };
    AlignmentCellDto: {
      /** @description The live actions contributing to those focus areas. */
      actionIds: string[];
      /** Format: uuid */
      aimingPointId: string;
      /** Format: uuid */
      committeeId: string;
      /** @description The kinds of evidence behind their indicators. */
      evidenceKinds: ('dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics')[];
      /** @description The committee's live focus areas (owned or shared) supporting the aiming point. */
      focusAreaIds: string[];
      /** @description Of their indicators that owe a value (fresh, due or overdue), the share that is fresh, 0–1; null when none owes one. */
      freshShare: number | null;
      /** @description The focus areas and actions of the cell counted by health. */
      health: components['schemas']['HealthMixDto'];
    };
    AlignmentDto: {
      /** @description In the order of the finding codes. */
      findings: components['schemas']['FindingDto'][];
      /** @description A cell per committee × aiming point, committees in their order, aiming points by position. */
      matrix: components['schemas']['AlignmentCellDto'][];
      /** Format: uuid */
      planId: string;
      scores: components['schemas']['AlignmentScoresDto'];
    };
    AlignmentScoreDto: {
      /**
       * Format: uuid
       * @description The committee or aiming point.
       */
      id: string;
      lost: components['schemas']['ScoreLossDto'][];
      /** @description 100 less the points its findings cost, at least 0. */
      score: number;
    };
    AlignmentScoresDto: {
      aimingPoints: components['schemas']['AlignmentScoreDto'][];
      committees: components['schemas']['AlignmentScoreDto'][];
    };
    AnsweredByDto: {
      /** Format: uuid */
      adjustmentId: string;
      /** Format: uuid */
      groupId: string;
    };
    ApplyScenarioDto: {
      decision: components['schemas']['DecisionInputDto'];
      /** @description Why: required; it is also the trail entry’s reason */
      reason: string;
    };
    AssessmentDto: {
      answeredBy: components['schemas']['AnsweredByDto'] | null;
      /** Format: uuid */
      authorId: string;
      authorName: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      date: string;
      declined: components['schemas']['DeclinedDto'] | null;
      evidence: components['schemas']['EvidenceDto'];
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      nodeId: string;
      /** @enum {string} */
      nodeKind: 'aimingPoint' | 'focusArea' | 'action';
      /** Format: uuid */
      planId: string;
      /**
       * @description none: nothing proposed; open until an adjustment answers it or a decision declines it
       * @enum {string}
       */
      proposal: 'none' | 'open' | 'answered' | 'declined';
      proposedAdjustment: string | null;
      reflection: string;
      /** @enum {string} */
      status: 'onTrack' | 'atRisk' | 'offTrack';
    };
    AuditAdjustmentDto: {
      decision: components['schemas']['AuditDecisionDto'];
      /** Format: uuid */
      groupId: string;
      /** Format: uuid */
      id: string;
      reason: string;
    };
    AuditBreakDto: {
      /** @enum {string} */
      problem: 'hash' | 'link' | 'gap';
      seq: number;
    };
    AuditDecisionDto: {
      caseNumber: string;
      /** Format: uuid */
      committeeId: string | null;
      committeeName: string | null;
      /** Format: date */
      decidedAt: string;
      /** @enum {string} */
      decidedBy: 'committee' | 'council';
    };
    AuditDriftDto: {
      /** @description `*`: a row with no entry, or a row the trail has that is gone */
      field: string;
      id: string;
      /** @description What is stored now */
      now: (string | number | boolean | unknown[] | Record<string, never>) | null;
      table: string;
      /** @description What the trail last recorded */
      trail: (string | number | boolean | unknown[] | Record<string, never>) | null;
    };
    AuditEntryDto: {
      /** @enum {string} */
      action:
        | 'create'
        | 'update'
        | 'delete'
        | 'restore'
        | 'link'
        | 'unlink'
        | 'reorder'
        | 'import'
        | 'comment'
        | 'assess'
        | 'decline'
        | 'adjust'
        | 'login'
        | 'loginFailed'
        | 'lockout'
        | 'logout'
        | 'denied'
        | 'migrate'
        | 'rekey';
      /** @description The decided adjustment an `adjust` entry applied, with its decision */
      adjustment?: components['schemas']['AuditAdjustmentDto'] | null;
      /** Format: date-time */
      at: string;
      /** @description In a list answer at most 25; `changesTotal` says how many there were */
      changes: components['schemas']['RowChangeDto'][];
      /** @description How many rows the change touched */
      changesTotal: number;
      /** @description What Kompas adds: why a request was denied, a lock-out’s figures */
      detail: string | null;
      /** @enum {string} */
      entity:
        | 'plan'
        | 'aimingPoint'
        | 'committee'
        | 'unit'
        | 'focusArea'
        | 'action'
        | 'indicator'
        | 'observation'
        | 'link'
        | 'comment'
        | 'assessment'
        | 'adjustment'
        | 'user'
        | 'session';
      /** @description The thing the change was about */
      entityId: string | null;
      /** @description Every id the change touched */
      entityIds: string[];
      hash: string;
      /** Format: uuid */
      id: string;
      /** @description Hashed with the trail’s key (HMAC-SHA256); false before the chain was keyed */
      keyed: boolean;
      /** @description What a `migrate` entry changed in the stored rows */
      migration: components['schemas']['TrailMigrationDto'] | null;
      prevHash: string;
      /** @description What the user gave as the reason */
      reason: string | null;
      /** @description An import’s record of the rows it created */
      record: components['schemas']['ImportRecordSummaryDto'] | null;
      /** @description Position in the trail: 1, 2, 3 … */
      seq: number;
      /** Format: uuid */
      userId: string | null;
      userName: string | null;
    };
    AuditHeadDto: {
      /** Format: date-time */
      at: string;
      entries: number;
      /** @description The hash of the newest entry */
      hash: string;
      /** @description HMAC-SHA256 over the head with the trail’s key */
      mac: string;
    };
    AuditPageDto: {
      items: components['schemas']['AuditEntryDto'][];
      limit: number;
      offset: number;
      /** @description Entries that match the filters, on every page */
      total: number;
    };
    AuditSealDto: {
      /** Format: date-time */
      at: string;
      entries: number;
      hash: string;
      /** @description The trail still holds what was sealed */
      matches: boolean;
    };
    AuditVerificationDto: {
      broken: components['schemas']['AuditBreakDto'][];
      /** @description The first break */
      brokenAt: number | null;
      drift: components['schemas']['AuditDriftDto'][];
      entries: number;
      /** @description No break, no drift, and the trail still holds what was last sealed */
      intact: boolean;
      /** @description The last seal (null: never sealed) */
      seal: components['schemas']['AuditSealDto'] | null;
      /** @description Entries from before the chain was keyed */
      unkeyed: number;
    };
    AuthConfigDto: {
      /** @description Demo mode: example data and demo logins */
      demo: boolean;
      /** @description The demo logins (password kompas-demo); empty unless demo mode is on */
      demoUsers: components['schemas']['DemoUserDto'][];
    };
    CodedPeriodDto: {
      /**
       * @description Its period code (as observations are recorded with)
       * @example 2026K1
       */
      code: string;
      /**
       * Format: date
       * @description Its last day
       */
      end: string;
      /**
       * Format: date
       * @description Its first day
       */
      start: string;
    };
    CommentDto: {
      /** Format: uuid */
      authorId: string;
      authorName: string;
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      nodeId: string;
      /** Format: uuid */
      planId: string;
    };
    CommentReadDto: {
      /**
       * Format: uuid
       * @description The newest comment the user has seen on this node.
       */
      lastCommentId: string;
    };
    CommentReadResultDto: {
      /**
       * Format: uuid
       * @description The newest comment read so far (an older one given does not move it back).
       */
      lastCommentId: string;
      /** Format: uuid */
      nodeId: string;
      /** Format: date-time */
      readAt: string;
    };
    CommitteeDto: {
      coreAreas: string[];
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      planId: string;
      position: number;
      shortName: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    CreateActionDto: {
      description?: string;
      /** Format: date */
      endDate?: string | null;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** Format: uuid */
      planId: string;
      /** @example Jonas Kragh */
      responsiblePerson?: string | null;
      /** Format: date */
      startDate?: string | null;
      /**
       * @default identified
       * @enum {string}
       */
      status: 'identified' | 'launched' | 'adjusting' | 'completed' | 'stopped';
      /** @example Læsevenner i indskolingen */
      title: string;
      /**
       * Format: uuid
       * @description The owning unit.
       */
      unitId: string;
    };
    CreateAdjustmentDto: {
      /**
       * Format: uuid
       * @description The assessment whose open proposal this answers
       */
      answersAssessmentId?: string | null;
      changes: components['schemas']['AdjustmentChangeDto'][];
      decision: components['schemas']['DecisionInputDto'];
      /** Format: uuid */
      planId: string;
      /** @description Why: required; it is also the trail entry’s reason */
      reason: string;
    };
    CreateAimingPointDto: {
      /** @example Vi vil have stærke fællesskaber, hvor forskellighed og lokale løsninger er en styrke */
      ambition?: string;
      body?: string;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** Format: uuid */
      planId: string;
      /** @description Place among the plan's aiming points, 1-based (default: last). */
      position?: number;
      /** @description Sub-sections of the body text, in order. */
      sections?: components['schemas']['SectionDto'][];
      /** @example Forskellige sammen */
      title: string;
    };
    CreateAssessmentDto: {
      /** Format: date */
      date: string;
      evidence?: components['schemas']['EvidenceInputDto'];
      /**
       * Format: uuid
       * @description An aiming point, focus area or action
       */
      nodeId: string;
      /** @description An adjustment it proposes, in words */
      proposedAdjustment?: string | null;
      reflection: string;
      /** @enum {string} */
      status: 'onTrack' | 'atRisk' | 'offTrack';
    };
    CreateCommentDto: {
      /** @example Hvilke data viser, at indsatsen virker? */
      body: string;
    };
    CreateCommitteeDto: {
      /**
       * @description Kerneområder
       * @example [
       *       "dagtilbud",
       *       "folkeskoler"
       *     ]
       */
      coreAreas?: string[];
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @example Udvalget for Læring */
      name: string;
      /** Format: uuid */
      planId: string;
      /** @description Order of the committee's lane, 1-based (default: last). */
      position?: number;
      /** @example Læring */
      shortName?: string;
    };
    CreatedAdjustmentDto: {
      adjustments: components['schemas']['AdjustmentDto'][];
      /** Format: uuid */
      groupId: string;
    };
    CreatedScenarioDto: {
      /** Format: uuid */
      id: string;
    };
    CreateFocusAreaDto: {
      /**
       * Format: uuid
       * @description The owning committee; the focus area belongs to its plan.
       */
      committeeId: string;
      /** @description Committees that share the focus area ("på tværs"). */
      coOwnerCommitteeIds?: string[];
      description?: string;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /**
       * Format: uuid
       * @description Optional: the focus area belongs to its committee's plan; if given, it must be that plan.
       */
      planId?: string;
      /** @description Priority within the committee, 1 = highest (default: last). The others move to make room. */
      rank?: number;
      /**
       * @default proposed
       * @enum {string}
       */
      status: 'proposed' | 'adopted' | 'retired';
      /** @example Trivsel i skolen */
      title: string;
    };
    CreateIndicatorDto: {
      /**
       * Format: uuid
       * @description The action it measures. Give exactly one of aimingPointId, focusAreaId, actionId or measuresVision: true.
       */
      actionId?: string | null;
      /**
       * Format: uuid
       * @description The aiming point it measures. Give exactly one of aimingPointId, focusAreaId, actionId or measuresVision: true.
       */
      aimingPointId?: string | null;
      /** Format: date */
      baselineDate?: string | null;
      baselineValue?: number | null;
      /** @enum {string} */
      cadence: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';
      description?: string;
      /**
       * @description Quantitative only.
       * @enum {string|null}
       */
      direction?: 'up' | 'down' | 'hold' | null;
      /**
       * @description dialogue with citizens and businesses, staff assessment, case-system data, survey, statistics
       * @enum {string}
       */
      evidenceKind: 'dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics';
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /**
       * Format: uuid
       * @description The focus area it measures. Give exactly one of aimingPointId, focusAreaId, actionId or measuresVision: true.
       */
      focusAreaId?: string | null;
      /**
       * @description Days after a period ends before its value is due.
       * @default 30
       */
      graceDays: number;
      /** @description Quantitative only. */
      longTermTarget?: components['schemas']['LongTermTargetDto'] | null;
      /**
       * @description true: it measures the vision, the plan itself (give planId).
       * @default false
       */
      measuresVision: boolean;
      /**
       * Format: uuid
       * @description The plan: required with measuresVision; otherwise optional (an indicator belongs to the plan of what it measures; if given, it must be that plan).
       */
      planId?: string;
      /** @description Quantitative only: a series to compare with, e.g. the national average; its observations are recorded with `series: "reference"`. */
      reference?: components['schemas']['ReferenceInputDto'] | null;
      /**
       * Format: uuid
       * @description The responsible person: an active user who may record and correct its observations (and nothing more).
       */
      responsibleUserId?: string | null;
      /**
       * Format: date
       * @description Another way to give `longTermTarget.date`, with `targetValue` (not with `longTermTarget`).
       */
      targetDate?: string | null;
      /** @description Quantitative only. The target path: per period a value, or a relation to the reference series (`atMost`/`atLeast` it plus `offset`, which needs `reference`); one entry per period. */
      targets?: (components['schemas']['FixedTargetDto'] | components['schemas']['RelativeTargetDto'])[];
      /** @description Another way to give `longTermTarget.value` (not with `longTermTarget`); without `targetDate` the date is the plan’s end. */
      targetValue?: number | null;
      /** @example Elevernes generelle trivsel */
      title: string;
      /** @enum {string} */
      type: 'quantitative' | 'qualitative';
      /**
       * @description Quantitative only.
       * @example point (1–5)
       */
      unit?: string | null;
    };
    CreateLinkDto: {
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /**
       * @description Optional: the kind follows from the two ends; if given, it must match.
       * @enum {string}
       */
      kind?: 'supports' | 'contributes';
      /**
       * Format: uuid
       * @description Optional: a link belongs to the plan of its ends; if given, it must be that plan.
       */
      planId?: string;
      /**
       * @description Why the two are linked.
       * @example Trivsel er en forudsætning for fællesskab i skolen.
       */
      rationale?: string;
      /**
       * Format: uuid
       * @description An action (contributes) or a focus area (supports).
       */
      sourceId: string;
      /** @default 2 */
      strength: number;
      /**
       * Format: uuid
       * @description A focus area (contributes) or an aiming point (supports).
       */
      targetId: string;
    };
    CreateObservationDto: {
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @enum {string|null} */
      judgement?: 'onTrack' | 'atRisk' | 'offTrack' | null;
      /** @description Required for a qualitative indicator. */
      narrative?: string | null;
      /**
       * @description The period as a code. A period is a year (2026), a half year (2026H1 or 2026H2), a quarter (2026K1 to 2026K4, also written 2026Q1 to 2026Q4), a month (2026M01 to 2026M12) or a day (2026-03-31). Or give periodStart and periodEnd.
       * @example 2026K1
       */
      period?: string;
      /**
       * Format: date
       * @description Last day of the period.
       */
      periodEnd?: string;
      /**
       * Format: date
       * @description First day of the period, with periodEnd its last. A period is a year (2026), a half year (2026H1 or 2026H2), a quarter (2026K1 to 2026K4, also written 2026Q1 to 2026Q4), a month (2026M01 to 2026M12) or a day (2026-03-31).
       */
      periodStart?: string;
      /**
       * @description Whose value it is: the indicator’s own (`actual`) or its reference series’ (`reference`, only for an indicator with one).
       * @default actual
       * @enum {string}
       */
      series: 'actual' | 'reference';
      /** @example Danmarks Statistik, FOLK1A */
      sourceNote?: string | null;
      /** @description Required for a quantitative indicator. */
      value?: number | null;
    };
    CreatePlanDto: {
      /**
       * @description What the plan calls the council that owns the vision ("Kommunalbestyrelsen", "Byrådet", "Regionsrådet").
       * @default Kommunalbestyrelsen
       * @example Byrådet
       */
      councilName: string;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @description The "Fordi vi vil …" lines, in order. */
      motivations?: string[];
      /** @example Hedensted Kommune */
      organisation: string;
      /**
       * Format: date
       * @example 2029-12-31
       */
      periodEnd: string;
      /**
       * Format: date
       * @example 2026-01-01
       */
      periodStart: string;
      /** @description Further sections of the vision document, in order. */
      sections?: components['schemas']['SectionDto'][];
      /**
       * @default draft
       * @enum {string}
       */
      status: 'draft' | 'adopted' | 'archived';
      /** @example Hedensted – sammen om at skabe et liv i balance */
      title: string;
      /** @example I Hedensted Kommune tager vi ansvar sammen. */
      visionStatement?: string;
    };
    CreateRevisionDto: {
      /** @example sag 26/1234 */
      caseNumber: string;
      /**
       * Format: date
       * @description The meeting's date
       */
      decidedAt: string;
      /**
       * @description Who decided it, in words
       * @example Kommunalbestyrelsen
       */
      decidedBy: string;
      /** @example Vedtaget i Kommunalbestyrelsen */
      name: string;
    };
    CreateScenarioDto: {
      /** @example Stop lektiecafeen */
      name?: string;
    };
    CreateUnitDto: {
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @example Skoledistrikt Juelsminde */
      name: string;
      /**
       * Format: uuid
       * @description The unit above this one (none for a top unit).
       */
      parentId?: Record<string, never> | null;
    };
    CreateUserDto: {
      /** @description Committees a committee member sits on */
      committeeIds?: string[];
      /**
       * @description Where reminders go: an e-mail address such as navn@kommune.dk. Stored trimmed and in lower case; "" or null clears it. Not unique: two logins may share an address
       * @example mette@hedensted.dk
       */
      email?: string | null;
      /** @example Mette Hansen */
      name: string;
      /** @example et langt og godt kodeord */
      password: string;
      /**
       * @example [
       *       "committeeMember"
       *     ]
       */
      roles: ('administrator' | 'director' | 'committeeMember' | 'manager' | 'viewer')[];
      /** @description Units a manager leads */
      unitIds?: string[];
      /**
       * @description The login: 2–60 letters, digits, dots, dashes or underscores
       * @example mette
       */
      username: string;
    };
    DecisionDto: {
      caseNumber: string;
      /** Format: uuid */
      committeeId: string | null;
      /** @description The committee's name, when a committee decided it */
      committeeName: string | null;
      /** Format: date */
      decidedAt: string;
      /** @enum {string} */
      decidedBy: 'committee' | 'council';
    };
    DecisionInputDto: {
      /** @example sag 26/1234 */
      caseNumber: string;
      /**
       * Format: uuid
       * @description The committee, when a committee decided it
       */
      committeeId?: string | null;
      /**
       * Format: date
       * @description The meeting's date
       */
      decidedAt: string;
      /**
       * @description A committee, or the council
       * @enum {string}
       */
      decidedBy: 'committee' | 'council';
    };
    DeclinedDto: {
      /** Format: date-time */
      at: string;
      byName: string;
      decision: components['schemas']['DecisionDto'];
      reason: string;
    };
    DeclineProposalDto: {
      decision: components['schemas']['DecisionInputDto'];
      /** @description Why: required; it is also the trail entry’s reason */
      reason: string;
    };
    DemoUserDto: {
      /** @example Member of Udvalget for Læring */
      description: string;
      /** @enum {string} */
      role: 'administrator' | 'director' | 'committeeMember' | 'manager' | 'viewer';
      /**
       * @description The committee or unit the login is bound to
       * @example Udvalget for Læring
       */
      scope: string | null;
      /** @example udvalg */
      username: string;
    };
    DiffSideDto: {
      revision: components['schemas']['RevisionDto'] | null;
      /** @description The last trail entry this side includes */
      seq: number;
      /** @description As asked: a revision id, a date or `now` */
      side: string;
    };
    DocActionDto: {
      description: string;
      /** Format: date */
      endDate: string | null;
      example: boolean;
      /** @description A key local to the document */
      id: string;
      responsiblePerson: string | null;
      /** Format: date */
      startDate: string | null;
      /** @enum {string} */
      status: 'identified' | 'launched' | 'adjusting' | 'completed' | 'stopped';
      title: string;
      /** @description The local key of the responsible unit */
      unitId: string;
    };
    DocAimingPointDto: {
      ambition: string;
      body: string;
      example: boolean;
      /** @description A key local to the document */
      id: string;
      sections: components['schemas']['SectionDto'][];
      title: string;
    };
    DocCommitteeDto: {
      coreAreas: string[];
      example: boolean;
      /** @description A key local to the document */
      id: string;
      name: string;
      shortName: string;
    };
    DocFocusAreaDto: {
      /** @description The local key of the owning committee */
      committeeId: string;
      /** @description The local key of each co-owning committee */
      coOwnerCommitteeIds: string[];
      description: string;
      example: boolean;
      /** @description A key local to the document */
      id: string;
      /** @description 1-based, unique and gap-free within the owning committee */
      rank: number;
      /** @enum {string} */
      status: 'proposed' | 'adopted' | 'retired';
      title: string;
    };
    DocIndicatorDto: {
      actionId: string | null;
      /** @description What it measures: exactly one of aimingPointId, focusAreaId, actionId set, or measuresVision true */
      aimingPointId: string | null;
      /** Format: date */
      baselineDate: string | null;
      baselineValue: number | null;
      /** @enum {string} */
      cadence: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';
      description: string;
      /** @enum {string|null} */
      direction: 'up' | 'down' | 'hold' | null;
      /** @enum {string} */
      evidenceKind: 'dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics';
      example: boolean;
      focusAreaId: string | null;
      graceDays: number;
      /** @description A key local to the document */
      id: string;
      longTermTarget: components['schemas']['LongTermTargetDto'] | null;
      measuresVision: boolean;
      reference: components['schemas']['ReferenceSeriesDto'] | null;
      /** @description Quantitative only: the target path */
      targets: (components['schemas']['FixedTargetDto'] | components['schemas']['RelativeTargetDto'])[];
      title: string;
      /** @enum {string} */
      type: 'quantitative' | 'qualitative';
      /** @description Quantitative only */
      unit: string | null;
    };
    DocLinkDto: {
      example: boolean;
      /** @description A key local to the document */
      id: string;
      /** @enum {string} */
      kind: 'supports' | 'contributes';
      rationale: string;
      /** @description supports: a focus area; contributes: an action */
      sourceId: string;
      /** @enum {number} */
      strength: 1 | 2 | 3;
      /** @description supports: an aiming point; contributes: a focus area */
      targetId: string;
    };
    DocObservationDto: {
      example: boolean;
      /** @description A key local to the document */
      id: string;
      /** @description The local key of the indicator */
      indicatorId: string;
      /** @enum {string|null} */
      judgement: 'onTrack' | 'atRisk' | 'offTrack' | null;
      narrative: string | null;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      /**
       * Format: date-time
       * @description When it was recorded, in UTC
       */
      recordedAt: string;
      /** @enum {string} */
      series: 'actual' | 'reference';
      sourceNote: string | null;
      /** @description The local key of the observation this one corrects */
      supersedesId: string | null;
      value: number | null;
    };
    DocPlanDto: {
      /**
       * @description What the plan calls the council
       * @example Kommunalbestyrelsen
       */
      councilName: string;
      example: boolean;
      /** @description The "Fordi vi vil …" lines, in order */
      motivations: string[];
      organisation: string;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      /** @description Further sections of the vision document, in order */
      sections: components['schemas']['SectionDto'][];
      /** @enum {string} */
      status: 'draft' | 'adopted' | 'archived';
      title: string;
      visionStatement: string;
    };
    DocUnitDto: {
      example: boolean;
      /** @description A key local to the document */
      id: string;
      name: string;
      /** @description The local key of the unit above it */
      parentId: string | null;
    };
    DueIndicatorDto: {
      /**
       * Format: date
       * @description The day its value is due by: the period's last day plus the grace.
       */
      dueDate: string;
      /** Format: uuid */
      indicatorId: string;
      measures: components['schemas']['DueMeasuresDto'];
      owner: components['schemas']['DueOwnerDto'];
      /** @description The latest ended period, which has no current observation. */
      period: components['schemas']['DuePeriodDto'];
      responsible: components['schemas']['DuePersonDto'] | null;
      /**
       * @description due: its grace is running; overdue: the grace has passed.
       * @enum {string}
       */
      state: 'due' | 'overdue';
      title: string;
    };
    DueListDto: {
      /** @description Newest first. */
      comments: components['schemas']['UnreadCommentDto'][];
      /** @description Overdue first, then by due date. */
      indicators: components['schemas']['DueIndicatorDto'][];
      /** Format: uuid */
      planId: string;
      /**
       * Format: date
       * @description Today's date in Copenhagen, which the list is for.
       */
      today: string;
    };
    DueMeasuresDto: {
      /**
       * Format: uuid
       * @description The node's id; the plan's for the vision.
       */
      id: string;
      /** @enum {string} */
      kind: 'vision' | 'aimingPoint' | 'focusArea' | 'action';
      title: string;
    };
    DueOwnerDto: {
      /**
       * Format: uuid
       * @description The unit's or committee's id; the plan's for the council.
       */
      id: string;
      /**
       * @description Who owns what the indicator measures: an action's unit, a focus area's committee, or the council (the vision, an aiming point; its people are the administrators).
       * @enum {string}
       */
      kind: 'unit' | 'committee' | 'council';
      /**
       * @description The unit's or committee's name; the plan's name for its council.
       * @example Børn og Familie
       */
      name: string;
    };
    DuePeriodDto: {
      /**
       * @description The period code (2026, 2026H1, 2026K1, 2026M01).
       * @example 2026K1
       */
      code: string;
      /**
       * Format: date
       * @example 2026-03-31
       */
      end: string;
      /**
       * Format: date
       * @example 2026-01-01
       */
      start: string;
    };
    DuePersonDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ErrorDetailDto: {
      /** @example required */
      code: string;
      /** @description In an imported file: the column, as the import names it (`period`) */
      column?: string | null;
      /**
       * @description A dotted path into the request, e.g. `sections.0.title`, or a header such as If-Match
       * @example title
       */
      field: string;
      /** @example title should not be empty */
      message: string;
      /** @description In an imported file: the row as a spreadsheet shows it (the header is row 1); null for the file as a whole */
      row?: number | null;
    };
    ErrorDto: {
      /**
       * @example validation_failed
       * @enum {string}
       */
      code:
        | 'validation_failed'
        | 'invalid_json'
        | 'invalid_unicode'
        | 'invalid_file'
        | 'unauthenticated'
        | 'invalid_credentials'
        | 'forbidden'
        | 'cross_site_request'
        | 'not_found'
        | 'method_not_allowed'
        | 'duplicate_link'
        | 'already_superseded'
        | 'observation_exists'
        | 'in_use'
        | 'proposal_closed'
        | 'change_outdated'
        | 'already_applied'
        | 'scenario_conflict'
        | 'version_conflict'
        | 'precondition_required'
        | 'payload_too_large'
        | 'unsupported_media_type'
        | 'link_kind_forbidden'
        | 'link_across_plans'
        | 'status_transition_forbidden'
        | 'rank_out_of_range'
        | 'order_not_permutation'
        | 'across_plans'
        | 'unit_cycle'
        | 'plan_adopted'
        | 'invalid_period'
        | 'indicator_shape'
        | 'observation_shape'
        | 'correction_mismatch'
        | 'correction_cycle'
        | 'date_order'
        | 'unsupported_document'
        | 'invalid_document'
        | 'not_assessable'
        | 'no_proposal'
        | 'before_plan'
        | 'too_many_attempts'
        | 'internal_error'
        | 'service_unavailable';
      /** @description 412 only: the row as it is now (the same shape as reading it) */
      current?: {
        [key: string]: unknown;
      };
      details: components['schemas']['ErrorDetailDto'][];
      /** @description 409 `observation_exists` only: the current observation of that period, to correct instead */
      existingId?: string;
      /** @description 412 only: the change that came first */
      lastChange?: components['schemas']['LastChangeDto'] | null;
      message: string;
      /** @description With a refusal (403 `forbidden`): why, as a code and its parameters. */
      reason?: components['schemas']['RefusalDto'];
      /** @description 429 only: seconds to wait (also in the Retry-After header) */
      retryAfterSeconds?: number;
      /** @example 400 */
      statusCode: number;
    };
    EvidenceDto: {
      indicatorIds: string[];
      kinds: ('dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics')[];
      observationIds: string[];
    };
    EvidenceInputDto: {
      /** @description Indicators of the plan */
      indicatorIds?: string[];
      /** @description The kinds of evidence it rests on */
      kinds?: ('dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics')[];
      /** @description Observations of the plan's indicators */
      observationIds?: string[];
    };
    FindingDto: {
      /** @description The aiming points it concerns: their scores pay for it. */
      aimingPointIds: string[];
      /**
       * @description What was found (see the README on the alignment audit).
       * @enum {string}
       */
      code:
        | 'actionWithoutFocusArea'
        | 'focusAreaWithoutAction'
        | 'focusAreaWithoutAimingPoint'
        | 'aimingPointUnserved'
        | 'aimingPointOneCommittee'
        | 'aimingPointWeakLinksOnly'
        | 'actionWithoutIndicator'
        | 'focusAreaWithoutIndicator'
        | 'indicatorWithoutObservation'
        | 'indicatorOverdue'
        | 'indicatorOffTarget'
        | 'sharedFocusAreaOwnerWithoutAction'
        | 'assessmentOld'
        | 'proposalUndecided';
      /** @description The committees it concerns: their scores pay for it. */
      committeeIds: string[];
      /** @description The node it is about: the map selects it. */
      nodeId: string;
      /**
       * @description Always the node's `kind` and `title`; per code its figures (a period, a due date, a committee's name, …).
       * @example {
       *       "kind": "action",
       *       "title": "Læsevenner i indskolingen",
       *       "unitName": "Skoleområde Nord"
       *     }
       */
      params: {
        [key: string]: (string | number) | null;
      };
      /** @description Nodes put at risk by it or on its path (the focus areas and aiming points above it, …). */
      related: string[];
    };
    FixedTargetDto: {
      /**
       * @description A period code: 2026 (year), 2026K1 or 2026Q1 (quarter), 2026M03 (month), or a day.
       * @example 2026
       */
      period: string;
      /**
       * @description In the indicator’s unit
       * @example 59.2
       */
      value: number;
    };
    FocusAreaDto: {
      /** Format: uuid */
      committeeId: string;
      coOwnerCommitteeIds: string[];
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      planId: string;
      rank: number;
      /** @enum {string} */
      status: 'proposed' | 'adopted' | 'retired';
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    FocusAreaNodeDto: {
      /** Format: uuid */
      committeeId: string;
      committeeName: string;
      coOwnerCommitteeIds: string[];
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'focusArea';
      /** @description Its priority within the owning committee, from 1 */
      rank: number;
      /** @enum {string} */
      status: 'proposed' | 'adopted' | 'retired';
      title: string;
      /**
       * @description Send it back as `If-Match` to change or delete the node.
       * @example 1
       */
      version: number;
    };
    FocusAreaOrderDto: {
      /** @description Every one of the committee's focus areas, highest priority first. */
      focusAreaIds: string[];
    };
    FreshnessDto: {
      /**
       * Format: date
       * @description The day that period’s value is due by
       */
      dueDate: string | null;
      /** @description The next value still to come and its due date */
      next: components['schemas']['NextDueDto'] | null;
      /** @description The latest ended period it owes a value for (notYetDue: the first one); null when neverDue */
      period: components['schemas']['CodedPeriodDto'] | null;
      /**
       * @description neverDue: its plan is not adopted, or what it measures is stopped, completed or retired; notYetDue: no period it owes a value for has ended; fresh: the latest ended period has a current value; due: it has none and the grace is running; overdue: the grace has passed.
       * @enum {string}
       */
      state: 'neverDue' | 'notYetDue' | 'fresh' | 'due' | 'overdue';
      /**
       * @description Why it is never due
       * @enum {string|null}
       */
      why: 'planNotAdopted' | 'actionStopped' | 'actionCompleted' | 'focusAreaRetired' | null;
    };
    GraphEdgeDto: {
      example: boolean;
      /** @description A drawn link’s id; for partOf and measures, derived from the source node’s id */
      id: string;
      /**
       * @description partOf: aiming point → vision; supports: focus area → aiming point; contributes: action → focus area; measures: indicator → what it measures (the vision, an aiming point, a focus area or an action).
       * @enum {string}
       */
      kind: 'partOf' | 'supports' | 'contributes' | 'measures';
      /** @description Drawn links only (supports, contributes) */
      rationale: string | null;
      /** Format: uuid */
      source: string;
      /** @description Drawn links only */
      strength: number | null;
      /** Format: uuid */
      target: string;
      /** @description Drawn links only: send it as If-Match to change or delete the link */
      version: number | null;
    };
    HealthDto: {
      /** @example ok */
      database: string;
      /** @example ok */
      status: string;
    };
    HealthMixDto: {
      atRisk: number;
      noData: number;
      offTrack: number;
      onTrack: number;
    };
    HealthReasonDto: {
      /**
       * @description What kind of reason it is; `params` holds its figures.
       * @enum {string}
       */
      code:
        | 'assessment'
        | 'judgement'
        | 'targetMet'
        | 'nearTarget'
        | 'missedTarget'
        | 'noTarget'
        | 'noValue'
        | 'pending'
        | 'noObservation'
        | 'overdue'
        | 'children'
        | 'childHealth'
        | 'noChildren';
      /** @description The node the reason names (an indicator, a child, or the node itself): the web links to it. */
      nodeId: string;
      /**
       * @description The figures of the reason: titles, period codes, values, gaps, counts (see the README on the health roll-up).
       * @example {
       *       "title": "Ledighedsprocent",
       *       "period": "2026K1",
       *       "gap": 0.8,
       *       "unit": "%",
       *       "since": "2025K3"
       *     }
       */
      params: {
        [key: string]: (string | number) | null;
      };
    };
    ImportCountsDto: {
      actions: number;
      aimingPoints: number;
      committees: number;
      focusAreas: number;
      indicators: number;
      links: number;
      observations: number;
      /** @description Units created; units that already existed are reused. */
      units: number;
    };
    ImportPreviewDto: {
      /** @description The rows the import would create, as `imported` of the import counts them. */
      counts: components['schemas']['ImportCountsDto'];
      /** @description The problems the import would refuse the document with (the same details); empty when it would import. */
      problems: components['schemas']['ErrorDetailDto'][];
      /** @description Existing plans whose content equals the document, ids and timestamps aside (empty when it has problems). */
      sameAs: components['schemas']['PlanRefDto'][];
    };
    ImportRecordChunkDto: {
      /** @description UTF-8 bytes of the record */
      bytes: number;
      changes: components['schemas']['RowChangeDto'][];
      chunk: number;
      chunks: number;
      /** @description Created rows per table */
      counts: {
        [key: string]: number;
      };
      /** @description sha256 (hex) of the record’s chunks, each as stored, joined by a line feed */
      digest: string;
      rows: number;
      seq: number;
    };
    ImportRecordSummaryDto: {
      /** @description UTF-8 bytes of the record */
      bytes: number;
      chunks: number;
      /** @description Created rows per table */
      counts: {
        [key: string]: number;
      };
      /** @description sha256 (hex) of the record’s chunks, each as stored, joined by a line feed */
      digest: string;
      rows: number;
    };
    ImportResultDto: {
      /** @example Kommunalbestyrelsen */
      councilName: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      imported: components['schemas']['ImportCountsDto'];
      motivations: string[];
      organisation: string;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      sections: components['schemas']['SectionDto'][];
      /** @enum {string} */
      status: 'draft' | 'adopted' | 'archived';
      title: string;
      /** @description Units of the document that matched existing units (same name under the same parent). */
      unitsReused: number;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
      visionStatement: string;
    };
    IndicatorDto: {
      /** Format: uuid */
      actionId: string | null;
      /** Format: uuid */
      aimingPointId: string | null;
      /** Format: date */
      baselineDate: string | null;
      baselineValue: number | null;
      /** @enum {string} */
      cadence: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** @enum {string|null} */
      direction: 'up' | 'down' | 'hold' | null;
      /** @enum {string} */
      evidenceKind: 'dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics';
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      focusAreaId: string | null;
      graceDays: number;
      /** Format: uuid */
      id: string;
      longTermTarget: components['schemas']['LongTermTargetDto'] | null;
      /** @description What it measures: the vision (the plan), an aiming point, a focus area or an action */
      measures: components['schemas']['MeasuredDto'];
      measuresVision: boolean;
      /** Format: uuid */
      planId: string;
      reference: components['schemas']['ReferenceSeriesDto'] | null;
      /**
       * Format: uuid
       * @description The responsible person, if any
       */
      responsibleUserId: string | null;
      /**
       * Format: date
       * @description Read-only: longTermTarget’s date
       */
      targetDate: string | null;
      /** @description The target path, ordered by period */
      targets: (components['schemas']['FixedTargetDto'] | components['schemas']['RelativeTargetDto'])[];
      /** @description Read-only: longTermTarget’s value */
      targetValue: number | null;
      title: string;
      /** @enum {string} */
      type: 'quantitative' | 'qualitative';
      unit: string | null;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    IndicatorNodeDto: {
      baselineValue: number | null;
      /** @enum {string} */
      cadence: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';
      /** @enum {string|null} */
      direction: 'up' | 'down' | 'hold' | null;
      /** @enum {string} */
      evidenceKind: 'dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics';
      /** @description Demo data, not a council decision. */
      example: boolean;
      freshness: components['schemas']['FreshnessDto'];
      /** @description Days after a period ends before its value is due */
      graceDays: number;
      /** Format: uuid */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'indicator';
      /** @description The newest current observation of its own series */
      latest: components['schemas']['LatestObservationDto'] | null;
      /** @description The newest current observation of its reference series */
      latestReference: components['schemas']['LatestObservationDto'] | null;
      longTermTarget: components['schemas']['LongTermTargetDto'] | null;
      /**
       * @description The kind of node it measures
       * @enum {string}
       */
      measures: 'vision' | 'aimingPoint' | 'focusArea' | 'action';
      /**
       * Format: uuid
       * @description The node it measures: the vision (the plan’s id), an aiming point, a focus area or an action
       */
      measuresId: string;
      reference: components['schemas']['ReferenceSeriesDto'] | null;
      /**
       * Format: uuid
       * @description The responsible person, if any
       */
      responsibleUserId: string | null;
      /** @description The target path, ordered by period */
      targets: (components['schemas']['FixedTargetDto'] | components['schemas']['RelativeTargetDto'])[];
      title: string;
      /** @enum {string} */
      type: 'quantitative' | 'qualitative';
      unit: string | null;
      /**
       * @description Send it back as `If-Match` to change or delete the node.
       * @example 1
       */
      version: number;
    };
    LastChangeDto: {
      /** @enum {string} */
      action:
        | 'create'
        | 'update'
        | 'delete'
        | 'restore'
        | 'link'
        | 'unlink'
        | 'reorder'
        | 'import'
        | 'comment'
        | 'assess'
        | 'decline'
        | 'adjust'
        | 'login'
        | 'loginFailed'
        | 'lockout'
        | 'logout'
        | 'denied'
        | 'migrate'
        | 'rekey';
      /** Format: date-time */
      at: string;
      reason: string | null;
      userName: string | null;
    };
    LatestObservationDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string|null} */
      judgement: 'onTrack' | 'atRisk' | 'offTrack' | null;
      narrative: string | null;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      /** Format: date-time */
      recordedAt: string;
      /** @enum {string} */
      series: 'actual' | 'reference';
      value: number | null;
    };
    LinkDto: {
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'supports' | 'contributes';
      /** Format: uuid */
      planId: string;
      rationale: string;
      /** Format: uuid */
      sourceId: string;
      /** @enum {string} */
      sourceKind: 'vision' | 'aimingPoint' | 'focusArea' | 'action' | 'indicator';
      strength: number;
      /** Format: uuid */
      targetId: string;
      /** @enum {string} */
      targetKind: 'vision' | 'aimingPoint' | 'focusArea' | 'action' | 'indicator';
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    LoginDto: {
      /** @example kompas-demo */
      password: string;
      /** @example udvalg */
      username: string;
    };
    LoginResultDto: {
      user: components['schemas']['MeDto'];
    };
    LongTermTargetDto: {
      /**
       * Format: date
       * @example 2029-12-31
       */
      date: string;
      /**
       * @description In the indicator’s unit
       * @example 49500
       */
      value: number;
    };
    MeasuredDto: {
      /**
       * Format: uuid
       * @description The plan’s id for the vision
       */
      id: string;
      /** @enum {string} */
      kind: 'vision' | 'aimingPoint' | 'focusArea' | 'action';
    };
    MeDto: {
      committeeIds: string[];
      /** @description A demo login, refused unless demo mode is on */
      demo: boolean;
      /** Format: uuid */
      id: string;
      name: string;
      roles: ('administrator' | 'director' | 'committeeMember' | 'manager' | 'viewer')[];
      unitIds: string[];
      username: string;
    };
    NextDueDto: {
      /** Format: date */
      dueDate: string;
      period: components['schemas']['CodedPeriodDto'];
    };
    NodeHealthDto: {
      /**
       * @description Why, in one sentence in the requested language.
       * @example I risiko: 2 af 5 handlinger er ikke på sporet; indikatoren 'Ledighedsprocent' er 0,8 point fra målet siden 2025K3
       */
      explanation: string;
      /** @enum {string} */
      health: 'onTrack' | 'atRisk' | 'offTrack' | 'noData';
      /** @description The node's id; the plan's for the vision. */
      nodeId: string;
      reasons: components['schemas']['HealthReasonDto'][];
    };
    ObservationDto: {
      example: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      indicatorId: string;
      /** @enum {string|null} */
      judgement: 'onTrack' | 'atRisk' | 'offTrack' | null;
      narrative: string | null;
      /**
       * @description The period as a code (2026, 2026H1, 2026K1, 2026M03 or the day); null for a span that is none of these.
       * @example 2026K1
       */
      period: string | null;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      /** @description The reason given when it was recorded (for a correction: why), from the trail; send it as `reason` with the request. */
      reason: string | null;
      /** Format: date-time */
      recordedAt: string;
      /** @description Who recorded it (a correction: who corrected), from the trail; null for what Kompas itself recorded (the demo plan). */
      recordedBy: components['schemas']['RecordedByDto'] | null;
      /** @enum {string} */
      series: 'actual' | 'reference';
      sourceNote: string | null;
      /**
       * Format: uuid
       * @description The observation that corrects this one.
       */
      supersededById: string | null;
      /**
       * Format: uuid
       * @description The observation this one corrects.
       */
      supersedesId: string | null;
      value: number | null;
    };
    ObservationImportCellsDto: {
      indicator?: string;
      judgement?: string;
      narrative?: string;
      period?: string;
      series?: string;
      source?: string;
      value?: string;
    };
    ObservationImportCountsDto: {
      /** @description Rows that differ from the current observation: each supersedes it. */
      corrections: number;
      /** @description Rows for a period and series with no current observation. */
      new: number;
      problems: number;
      /** @description Rows of observations read (empty rows aside). */
      rows: number;
      /** @description Rows equal to the current observation: skipped. */
      unchanged: number;
    };
    ObservationImportCurrentDto: {
      example: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string|null} */
      judgement: 'onTrack' | 'atRisk' | 'offTrack' | null;
      narrative: string | null;
      sourceNote: string | null;
      value: number | null;
    };
    ObservationImportFileDto: {
      /** @description Whether the CSV file starts with a UTF-8 byte order mark. */
      bom: boolean;
      /**
       * @description How the file writes decimals: comma (1.234,5) or point (1234.5), decided from every value written as text. Null when nothing tells (whole numbers, numeric cells).
       * @enum {string|null}
       */
      decimal: 'comma' | 'point' | null;
      /**
       * @description A CSV file's separator, found from its header. Null for a workbook.
       * @enum {string|null}
       */
      delimiter: ';' | ',' | null;
      /**
       * @description How a CSV file's text was read: UTF-8, or Windows-1252 (as Danish Excel saves it) when it is not valid UTF-8. Null for a workbook.
       * @enum {string|null}
       */
      encoding: 'utf-8' | 'windows-1252' | null;
      /** @enum {string} */
      format: 'csv' | 'xlsx';
    };
    ObservationImportPreviewDto: {
      /** @description The known columns the file's header names, in its order. */
      columns: ('indicator' | 'period' | 'value' | 'narrative' | 'judgement' | 'source' | 'series')[];
      counts: components['schemas']['ObservationImportCountsDto'];
      file: components['schemas']['ObservationImportFileDto'];
      /** @description Every problem, as the import would refuse the file with them: `rows.7.period`, with its `row` and `column`. */
      problems: components['schemas']['ErrorDetailDto'][];
      rows: components['schemas']['ObservationImportRowDto'][];
    };
    ObservationImportResultDto: {
      /** @description Of those written, how many supersede an observation (which stays, corrected). */
      corrected: number;
      /** @description Rows equal to the current observation of their period and series: skipped. */
      unchanged: number;
      /** @description Observations recorded: new ones and corrections together. */
      written: number;
    };
    ObservationImportRowDto: {
      cells: components['schemas']['ObservationImportCellsDto'];
      /** @description The current observation the row equals or corrects. */
      current: components['schemas']['ObservationImportCurrentDto'] | null;
      /** Format: uuid */
      indicatorId: string | null;
      indicatorTitle: string | null;
      /** @enum {string|null} */
      judgement: 'onTrack' | 'atRisk' | 'offTrack' | null;
      narrative: string | null;
      /** @example 2026K1 */
      period: string | null;
      /** Format: date */
      periodEnd: string | null;
      /** Format: date */
      periodStart: string | null;
      /**
       * @description The row as a spreadsheet shows it (the header is row 1).
       * @example 2
       */
      row: number;
      /** @enum {string|null} */
      series: 'actual' | 'reference' | null;
      sourceNote: string | null;
      /**
       * @description Null while the row has a problem.
       * @enum {string|null}
       */
      status: 'new' | 'unchanged' | 'correction' | null;
      /** @description What would be recorded (for a correction, empty cells keep the old values). */
      value: number | null;
    };
    PersonDto: {
      /** Format: uuid */
      id: string;
      /** @example Mette Hansen */
      name: string;
    };
    PlanDiffDto: {
      from: components['schemas']['DiffSideDto'];
      links?: {
        added: {
          /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
          because: {
            adjustment: {
              decision: {
                caseNumber: string;
                committeeName: string | null;
                /** Format: date */
                decidedAt: string;
                decidedBy: string;
              };
              /** Format: uuid */
              id: string;
            } | null;
            reason: string | null;
            seq: number;
          } | null;
          edge: {
            [key: string]: unknown;
          };
          id: string;
          /** @enum {string} */
          kind: 'supports' | 'contributes';
          source: string;
          target: string;
        }[];
        changed: {
          /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
          because: {
            adjustment: {
              decision: {
                caseNumber: string;
                committeeName: string | null;
                /** Format: date */
                decidedAt: string;
                decidedBy: string;
              };
              /** Format: uuid */
              id: string;
            } | null;
            reason: string | null;
            seq: number;
          } | null;
          fields: {
            field: string;
            from: unknown;
            to: unknown;
          }[];
          id: string;
          /** @enum {string} */
          kind: 'supports' | 'contributes';
          source: string;
          target: string;
        }[];
        removed: {
          /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
          because: {
            adjustment: {
              decision: {
                caseNumber: string;
                committeeName: string | null;
                /** Format: date */
                decidedAt: string;
                decidedBy: string;
              };
              /** Format: uuid */
              id: string;
            } | null;
            reason: string | null;
            seq: number;
          } | null;
          edge: {
            [key: string]: unknown;
          };
          id: string;
          /** @enum {string} */
          kind: 'supports' | 'contributes';
          source: string;
          target: string;
        }[];
      };
      nodes?: {
        added: {
          /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
          because: {
            adjustment: {
              decision: {
                caseNumber: string;
                committeeName: string | null;
                /** Format: date */
                decidedAt: string;
                decidedBy: string;
              };
              /** Format: uuid */
              id: string;
            } | null;
            reason: string | null;
            seq: number;
          } | null;
          id: string;
          kind: string;
          node: {
            [key: string]: unknown;
          };
          title: string;
        }[];
        changed: {
          /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
          because: {
            adjustment: {
              decision: {
                caseNumber: string;
                committeeName: string | null;
                /** Format: date */
                decidedAt: string;
                decidedBy: string;
              };
              /** Format: uuid */
              id: string;
            } | null;
            reason: string | null;
            seq: number;
          } | null;
          fields: {
            field: string;
            from: unknown;
            to: unknown;
          }[];
          id: string;
          kind: string;
          title: string;
        }[];
        removed: {
          /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
          because: {
            adjustment: {
              decision: {
                caseNumber: string;
                committeeName: string | null;
                /** Format: date */
                decidedAt: string;
                decidedBy: string;
              };
              /** Format: uuid */
              id: string;
            } | null;
            reason: string | null;
            seq: number;
          } | null;
          id: string;
          kind: string;
          node: {
            [key: string]: unknown;
          };
          title: string;
        }[];
      };
      /** Format: uuid */
      planId: string;
      priorities: {
        /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
        because: {
          adjustment: {
            decision: {
              caseNumber: string;
              committeeName: string | null;
              /** Format: date */
              decidedAt: string;
              decidedBy: string;
            };
            /** Format: uuid */
            id: string;
          } | null;
          reason: string | null;
          seq: number;
        } | null;
        committeeId: string;
        focusAreaId: string;
        from: number;
        title: string;
        to: number;
      }[];
      targets: {
        /** @description What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry */
        because: {
          adjustment: {
            decision: {
              caseNumber: string;
              committeeName: string | null;
              /** Format: date */
              decidedAt: string;
              decidedBy: string;
            };
            /** Format: uuid */
            id: string;
          } | null;
          reason: string | null;
          seq: number;
        } | null;
        /** @enum {string} */
        change: 'eased' | 'tightened' | 'changed';
        from: number | null;
        indicatorId: string;
        period: string;
        title: string;
        to: number | null;
      }[];
      to: components['schemas']['DiffSideDto'];
    };
    PlanDocumentDto: {
      actions: components['schemas']['DocActionDto'][];
      aimingPoints: components['schemas']['DocAimingPointDto'][];
      committees: components['schemas']['DocCommitteeDto'][];
      focusAreas: components['schemas']['DocFocusAreaDto'][];
      /** @enum {string} */
      format: 'kompas.plan';
      indicators: components['schemas']['DocIndicatorDto'][];
      links: components['schemas']['DocLinkDto'][];
      observations: components['schemas']['DocObservationDto'][];
      plan: components['schemas']['DocPlanDto'];
      units: components['schemas']['DocUnitDto'][];
      /** @enum {number} */
      version: 2;
    };
    PlanDto: {
      /** @example Kommunalbestyrelsen */
      councilName: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      motivations: string[];
      organisation: string;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      sections: components['schemas']['SectionDto'][];
      /** @enum {string} */
      status: 'draft' | 'adopted' | 'archived';
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
      visionStatement: string;
    };
    PlanGraphDto: {
      edges: components['schemas']['GraphEdgeDto'][];
      /** @description Every node of the plan; `kind` says which of the shapes it has. */
      nodes: (
        | components['schemas']['VisionNodeDto']
        | components['schemas']['AimingPointNodeDto']
        | components['schemas']['FocusAreaNodeDto']
        | components['schemas']['ActionNodeDto']
        | components['schemas']['IndicatorNodeDto']
      )[];
      /** Format: uuid */
      planId: string;
    };
    PlanHealthDto: {
      /** @description Every node of the plan: the vision, aiming points, focus areas, actions and indicators. */
      nodes: components['schemas']['NodeHealthDto'][];
      /** Format: uuid */
      planId: string;
    };
    PlanRefDto: {
      /** Format: uuid */
      id: string;
      title: string;
    };
    RecordedByDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ReferenceInputDto: {
      /** @example Hele landet */
      name: string;
      /**
       * @description Where its values come from (empty when left out).
       * @example Danmarks Statistik, AULK01
       */
      source?: string;
    };
    ReferenceSeriesDto: {
      /** @example Hele landet */
      name: string;
      /** @example Danmarks Statistik, AULK01 */
      source: string;
    };
    RefusalDto: {
      /**
       * @example other_unit
       * @enum {string}
       */
      code:
        | 'signed_out'
        | 'no_role'
        | 'not_audit_reader'
        | 'not_user_admin'
        | 'not_plan_admin'
        | 'not_committee_admin'
        | 'not_unit_admin'
        | 'not_committee_member'
        | 'other_committee'
        | 'not_manager'
        | 'other_unit'
        | 'not_linker'
        | 'not_assessor'
        | 'not_revision_adopter'
        | 'not_scenario_stager';
      /**
       * @description What the words need: the committee or unit the thing belongs to.
       * @example {
       *       "unitId": "7d0c6a52-5c1e-4a8f-9b7e-2f1d3c4b5a69"
       *     }
       */
      params: {
        [key: string]: string;
      };
    };
    RelativeTargetDto: {
      /**
       * @description In the indicator’s unit; 0 for the reference itself
       * @example 0.5
       */
      offset: number;
      /**
       * @description A period code: 2026 (year), 2026K1 or 2026Q1 (quarter), 2026M03 (month), or a day.
       * @example 2026
       */
      period: string;
      /**
       * @description atMost or atLeast the reference series plus the offset
       * @enum {string}
       */
      relation: 'atMost' | 'atLeast';
    };
    RestoreResultDto: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'plan'
        | 'aimingPoint'
        | 'committee'
        | 'unit'
        | 'focusArea'
        | 'action'
        | 'indicator'
        | 'observation'
        | 'link'
        | 'comment'
        | 'assessment'
        | 'adjustment'
        | 'user'
        | 'session';
      /** @description Every row brought back */
      restored: string[];
    };
    RevisionDto: {
      /** @description The trail entry that recorded it: the plan as the trail says up to it */
      auditSeq: number;
      /** @description Empty for a revision Kompas took itself (an adopted plan imported) */
      caseNumber: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Who took it ("Kompas" for an automatic revision) */
      createdByName: string;
      /** Format: date */
      decidedAt: string;
      decidedBy: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      planId: string;
    };
    RowChangeDto: {
      /** @description The stored columns after (null: the row is gone) */
      after: {
        [key: string]: (string | number | boolean | unknown[] | Record<string, never>) | null;
      } | null;
      /** @description The stored columns before (null: the row did not exist) */
      before: {
        [key: string]: (string | number | boolean | unknown[] | Record<string, never>) | null;
      } | null;
      id: string;
      /** @example focus_area */
      table: string;
    };
    ScenarioChangesDto: {
      /** @description The staged changes, in the adjustment's `changes` form, each with the version of its row as read */
      changes: components['schemas']['AdjustmentChangeDto'][];
    };
    ScenarioDto: {
      /** @description The trail's head when the scenario was started */
      baseSeq: number;
      changes: components['schemas']['AdjustmentChangeDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      planId: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ScenarioHealthDto: {
      /** @description Why, in one sentence in the requested language */
      explanation: string;
      /** @enum {string} */
      health: 'onTrack' | 'atRisk' | 'offTrack' | 'noData';
      nodeId: string;
    };
    ScenarioPreviewDto: {
      /** @description The plan as it is */
      now: components['schemas']['ScenarioSideDto'];
      /** @description The plan with the staged changes made */
      scenario: components['schemas']['ScenarioSideDto'];
    };
    ScenarioSideDto: {
      findings: components['schemas']['FindingDto'][];
      /** @description Every node of the plan */
      health: components['schemas']['ScenarioHealthDto'][];
      scores: components['schemas']['AlignmentScoresDto'];
    };
    ScenarioSummaryDto: {
      /** @description How many changes are staged in it */
      changeCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      planId: string;
    };
    ScoreLossDto: {
      /** @description The finding (its index in `findings`) that cost the points. */
      findingIndex: number;
      points: number;
    };
    SectionDto: {
      /** @example En vision er godt på vej, når den ses og mærkes i hverdagen … */
      body: string;
      /** @example Vision i praksis */
      title: string;
    };
    SupersedeObservationDto: {
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @enum {string|null} */
      judgement?: 'onTrack' | 'atRisk' | 'offTrack' | null;
      /** @description Required for a qualitative indicator. */
      narrative?: string | null;
      /**
       * @description The period as a code. A period is a year (2026), a half year (2026H1 or 2026H2), a quarter (2026K1 to 2026K4, also written 2026Q1 to 2026Q4), a month (2026M01 to 2026M12) or a day (2026-03-31). Or give periodStart and periodEnd.
       * @example 2026K1
       */
      period?: string;
      /**
       * Format: date
       * @description Last day of the period.
       */
      periodEnd?: string;
      /**
       * Format: date
       * @description First day of the period, with periodEnd its last. A period is a year (2026), a half year (2026H1 or 2026H2), a quarter (2026K1 to 2026K4, also written 2026Q1 to 2026Q4), a month (2026M01 to 2026M12) or a day (2026-03-31).
       */
      periodStart?: string;
      /**
       * @description Whose value it is: the indicator’s own (`actual`) or its reference series’ (`reference`, only for an indicator with one).
       * @default actual
       * @enum {string}
       */
      series: 'actual' | 'reference';
      /** @example Danmarks Statistik, FOLK1A */
      sourceNote?: string | null;
      /** @description Required for a quantitative indicator. */
      value?: number | null;
    };
    TrailMigrationDeriveDto: {
      column: string;
      /**
       * @description The rule (in @kompas/domain) that made each row’s value from the row as stored; a replay applies it too
       * @enum {string}
       */
      derive: 'singleTargetDate' | 'singleTargetPath';
      table: string;
    };
    TrailMigrationDropDto: {
      column: string;
      /** @enum {boolean} */
      drop: true;
      table: string;
    };
    TrailMigrationDto: {
      /** @description A new or changed column set to one value on every row, a column dropped, or a column set by a named rule */
      columns: (
        | components['schemas']['TrailMigrationValueDto']
        | components['schemas']['TrailMigrationDropDto']
        | components['schemas']['TrailMigrationDeriveDto']
      )[];
      name: string;
    };
    TrailMigrationValueDto: {
      column: string;
      table: string;
      /** @description The value every row was given */
      value: (string | number | boolean | unknown[] | Record<string, never>) | null;
    };
    UnitDto: {
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description Send it back as `If-Match` to change or delete the row (also in the ETag header).
       * @example 1
       */
      version: number;
    };
    UnreadCommentDto: {
      author: components['schemas']['DuePersonDto'];
      /** Format: uuid */
      commentId: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The start of the comment, at most 160 characters. */
      excerpt: string;
      /**
       * Format: uuid
       * @description The node commented on; the plan's id for the vision.
       */
      nodeId: string;
      /** @enum {string} */
      nodeKind: 'vision' | 'aimingPoint' | 'focusArea' | 'action' | 'indicator';
      nodeTitle: string;
    };
    UpdateActionDto: {
      description?: string;
      /** Format: date */
      endDate?: string | null;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @example Jonas Kragh */
      responsiblePerson?: string | null;
      /** Format: date */
      startDate?: string | null;
      /**
       * @default identified
       * @enum {string}
       */
      status: 'identified' | 'launched' | 'adjusting' | 'completed' | 'stopped';
      /** @example Læsevenner i indskolingen */
      title?: string;
      /**
       * Format: uuid
       * @description The owning unit.
       */
      unitId?: string;
    };
    UpdateAimingPointDto: {
      /** @example Vi vil have stærke fællesskaber, hvor forskellighed og lokale løsninger er en styrke */
      ambition?: string;
      body?: string;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @description Place among the plan's aiming points, 1-based (default: last). */
      position?: number;
      /** @description Sub-sections of the body text, in order. */
      sections?: components['schemas']['SectionDto'][];
      /** @example Forskellige sammen */
      title?: string;
    };
    UpdateCommitteeDto: {
      /**
       * @description Kerneområder
       * @example [
       *       "dagtilbud",
       *       "folkeskoler"
       *     ]
       */
      coreAreas?: string[];
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @example Udvalget for Læring */
      name?: string;
      /** @description Order of the committee's lane, 1-based (default: last). */
      position?: number;
      /** @example Læring */
      shortName?: string;
    };
    UpdateFocusAreaDto: {
      /**
       * Format: uuid
       * @description The owning committee; the focus area belongs to its plan.
       */
      committeeId?: string;
      /** @description Committees that share the focus area ("på tværs"). */
      coOwnerCommitteeIds?: string[];
      description?: string;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @description Priority within the committee, 1 = highest (default: last). The others move to make room. */
      rank?: number;
      /**
       * @default proposed
       * @enum {string}
       */
      status: 'proposed' | 'adopted' | 'retired';
      /** @example Trivsel i skolen */
      title?: string;
    };
    UpdateIndicatorDto: {
      /** Format: date */
      baselineDate?: string | null;
      baselineValue?: number | null;
      /** @enum {string} */
      cadence?: 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';
      description?: string;
      /**
       * @description Quantitative only.
       * @enum {string|null}
       */
      direction?: 'up' | 'down' | 'hold' | null;
      /**
       * @description dialogue with citizens and businesses, staff assessment, case-system data, survey, statistics
       * @enum {string}
       */
      evidenceKind?: 'dialogue' | 'staffAssessment' | 'caseSystem' | 'survey' | 'statistics';
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /**
       * @description Days after a period ends before its value is due.
       * @default 30
       */
      graceDays: number;
      /** @description Quantitative only. */
      longTermTarget?: components['schemas']['LongTermTargetDto'] | null;
      /** @description Quantitative only: a series to compare with, e.g. the national average; its observations are recorded with `series: "reference"`. */
      reference?: components['schemas']['ReferenceInputDto'] | null;
      /**
       * Format: uuid
       * @description The responsible person: an active user who may record and correct its observations (and nothing more).
       */
      responsibleUserId?: string | null;
      /**
       * Format: date
       * @description Another way to give `longTermTarget.date`, with `targetValue` (not with `longTermTarget`).
       */
      targetDate?: string | null;
      /** @description Quantitative only. The target path: per period a value, or a relation to the reference series (`atMost`/`atLeast` it plus `offset`, which needs `reference`); one entry per period. */
      targets?: (components['schemas']['FixedTargetDto'] | components['schemas']['RelativeTargetDto'])[];
      /** @description Another way to give `longTermTarget.value` (not with `longTermTarget`); without `targetDate` the date is the plan’s end. */
      targetValue?: number | null;
      /** @example Elevernes generelle trivsel */
      title?: string;
      /** @enum {string} */
      type?: 'quantitative' | 'qualitative';
      /**
       * @description Quantitative only.
       * @example point (1–5)
       */
      unit?: string | null;
    };
    UpdateLinkDto: {
      /**
       * @description Why the two are linked.
       * @example Trivsel er en forudsætning for fællesskab i skolen.
       */
      rationale?: string;
      /** @default 2 */
      strength: number;
    };
    UpdatePlanDto: {
      /**
       * @description What the plan calls the council that owns the vision ("Kommunalbestyrelsen", "Byrådet", "Regionsrådet").
       * @default Kommunalbestyrelsen
       * @example Byrådet
       */
      councilName: string;
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @description The "Fordi vi vil …" lines, in order. */
      motivations?: string[];
      /** @example Hedensted Kommune */
      organisation?: string;
      /**
       * Format: date
       * @example 2029-12-31
       */
      periodEnd?: string;
      /**
       * Format: date
       * @example 2026-01-01
       */
      periodStart?: string;
      /** @description Further sections of the vision document, in order. */
      sections?: components['schemas']['SectionDto'][];
      /**
       * @default draft
       * @enum {string}
       */
      status: 'draft' | 'adopted' | 'archived';
      /** @example Hedensted – sammen om at skabe et liv i balance */
      title?: string;
      /** @example I Hedensted Kommune tager vi ansvar sammen. */
      visionStatement?: string;
    };
    UpdateUnitDto: {
      /**
       * @description Demo data, not a council decision.
       * @default false
       */
      example: boolean;
      /** @example Skoledistrikt Juelsminde */
      name?: string;
      /**
       * Format: uuid
       * @description The unit above this one (none for a top unit).
       */
      parentId?: Record<string, never> | null;
    };
    UpdateUserDto: {
      /** @description false deactivates the user (never deleted: the trail keeps their name) and ends their sessions */
      active?: boolean;
      /** @description Committees a committee member sits on */
      committeeIds?: string[];
      /**
       * @description Where reminders go: an e-mail address such as navn@kommune.dk. Stored trimmed and in lower case; "" or null clears it. Not unique: two logins may share an address
       * @example mette@hedensted.dk
       */
      email?: string | null;
      /** @example Mette Hansen */
      name?: string;
      /** @example et langt og godt kodeord */
      password?: string;
      /**
       * @example [
       *       "committeeMember"
       *     ]
       */
      roles?: ('administrator' | 'director' | 'committeeMember' | 'manager' | 'viewer')[];
      /** @description Units a manager leads */
      unitIds?: string[];
    };
    UserDto: {
      active: boolean;
      committeeIds: string[];
      /** Format: date-time */
      createdAt: string;
      /** @description A demo login, refused unless demo mode is on */
      demo: boolean;
      /** @description Where reminders go; null when none is known */
      email: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      roles: ('administrator' | 'director' | 'committeeMember' | 'manager' | 'viewer')[];
      unitIds: string[];
      /** Format: date-time */
      updatedAt: string;
      username: string;
      version: number;
    };
    VisionNodeDto: {
      /**
       * @description What the plan calls the council that owns the vision
       * @example Kommunalbestyrelsen
       */
      councilName: string;
      /** @description Demo data, not a council decision. */
      example: boolean;
      /** Format: uuid */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'vision';
      motivations: string[];
      organisation: string;
      /** Format: date */
      periodEnd: string;
      /** Format: date */
      periodStart: string;
      statement: string;
      /** @enum {string} */
      status: 'draft' | 'adopted' | 'archived';
      title: string;
      /**
       * @description Send it back as `If-Match` to change or delete the node.
       * @example 1
       */
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ActionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ActionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ActionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ActionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateActionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AdjustmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAdjustmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedAdjustmentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AdjustmentsController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdjustmentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AimingPointsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAimingPointDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AimingPointDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AimingPointsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AimingPointDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AimingPointsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AimingPointsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAimingPointDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AimingPointDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AssessmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAssessmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AssessmentsController_decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclineProposalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        action?:
          | 'create'
          | 'update'
          | 'delete'
          | 'restore'
          | 'link'
          | 'unlink'
          | 'reorder'
          | 'import'
          | 'comment'
          | 'assess'
          | 'decline'
          | 'adjust'
          | 'login'
          | 'loginFailed'
          | 'lockout'
          | 'logout'
          | 'denied'
          | 'migrate'
          | 'rekey';
        /** @description Only entries about this adjustment: the decision it is part of, applied */
        adjustmentId?: string;
        /** @description Only entries about this kind of thing */
        entity?:
          | 'plan'
          | 'aimingPoint'
          | 'committee'
          | 'unit'
          | 'focusArea'
          | 'action'
          | 'indicator'
          | 'observation'
          | 'link'
          | 'comment'
          | 'assessment'
          | 'adjustment'
          | 'user'
          | 'session';
        /** @description Only entries that touched this id (a node’s history) */
        entityId?: string;
        /** @description From this time (inclusive) */
        from?: string;
        /** @description Only entries about any part of this decision (an adjustment’s groupId) */
        groupId?: string;
        /** @description The same as entityId */
        id?: string;
        limit?: number;
        offset?: number;
        /** @description Until this time (exclusive) */
        to?: string;
        /** @description Only entries by this user: their id or their login */
        user?: string;
        /** @description Only entries by this user */
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuditController_importRecord: {
    parameters: {
      query?: {
        /** @description Which chunk of the record (1,000 rows each) */
        chunk?: number;
      };
      header?: never;
      path: {
        seq: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportRecordChunkDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuditController_head: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditHeadDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerificationDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuthController_authConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthConfigDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResultDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Too many attempts: `retryAfterSeconds` says how long to wait. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommitteesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCommitteeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitteeDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommitteesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitteeDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommitteesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommitteesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCommitteeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitteeDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FocusAreasController_reorder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FocusAreaOrderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusAreaDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FocusAreasController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFocusAreaDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusAreaDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FocusAreasController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusAreaDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FocusAreasController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FocusAreasController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFocusAreaDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusAreaDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description The database is not reachable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IndicatorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIndicatorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IndicatorsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IndicatorsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IndicatorsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateIndicatorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ObservationsController_list: {
    parameters: {
      query?: {
        series?: 'actual' | 'reference';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ObservationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateObservationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  LinksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLinkDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  LinksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  LinksController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  LinksController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLinkDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCommentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FollowUpController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommentReadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentReadResultDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AssessmentsController_listOfNode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nodeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ObservationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ObservationsController_supersede: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupersedeObservationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PeopleController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlansController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlansController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlansController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlansController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlansController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ActionsController_list: {
    parameters: {
      query?: {
        /** @description Only this unit's actions */
        unitId?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AdjustmentsController_list: {
    parameters: {
      query?: {
        /** @description Decided by this committee, or its part */
        committeeId?: string;
        /** @description Decided on or after this day */
        from?: string;
        state?: 'pending' | 'applied';
        /** @description Decided on or before this day */
        to?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdjustmentDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AimingPointsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AimingPointDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AlignmentController_get: {
    parameters: {
      query?: {
        /** @description Narrows the audit to one committee: its row of the matrix, the findings that concern it, its score (an aiming point's score then counts only those findings). A committee of another plan or none: 400 naming `committeeId`. */
        committeeId?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlignmentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AlignmentController_pdf: {
    parameters: {
      query?: {
        /** @description Narrows the audit to one committee: its row of the matrix, the findings that concern it, its score (an aiming point's score then counts only those findings). A committee of another plan or none: 400 naming `committeeId`. */
        committeeId?: string;
        /** @description The language of the file. Default: da. */
        lang?: 'da' | 'en';
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit (A4 PDF), as an attachment named kompas-<plan>-overblik-<date>.pdf. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AlignmentController_xlsx: {
    parameters: {
      query?: {
        /** @description Narrows the audit to one committee: its row of the matrix, the findings that concern it, its score (an aiming point's score then counts only those findings). A committee of another plan or none: 400 naming `committeeId`. */
        committeeId?: string;
        /** @description The language of the file. Default: da. */
        lang?: 'da' | 'en';
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit (Excel workbook), as an attachment named kompas-<plan>-overblik-<date>.xlsx. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  AssessmentsController_listOfPlan: {
    parameters: {
      query?: {
        /** @description Only assessments of this committee's focus areas and of the actions contributing to them */
        committeeId?: string;
        /** @description Only assessments whose proposal is in this state */
        proposal?: 'none' | 'open' | 'answered' | 'declined';
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  CommitteesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitteeDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  RevisionsController_diff: {
    parameters: {
      query?: {
        /** @description A revision id, a date (YYYY-MM-DD) or `now`; without it, the latest revision */
        from?: string;
        /** @description A revision id, a date (YYYY-MM-DD) or `now` (the default) */
        to?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDiffDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FollowUpController_list: {
    parameters: {
      query?: {
        /** @description true: only what the signed-in user answers for — as responsible person, or through their committees and units (administrators: the vision and aiming points) — and comments they have not read. */
        mine?: boolean;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DueListDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlanDocumentsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan document format "kompas.plan", version 1: see docs/plan-format.md in the repository. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDocumentDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  FocusAreasController_list: {
    parameters: {
      query?: {
        /** @description Only this committee's focus areas */
        committeeId?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusAreaDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  GraphController_get: {
    parameters: {
      query?: {
        /** @description The plan at the end of this day (Europe/Copenhagen) */
        asOf?: string;
        /** @description The plan as this revision stored it */
        revision?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanGraphDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlanHealthController_get: {
    parameters: {
      query?: {
        /** @description The language of the explanations; da when left out. */
        lang?: 'da' | 'en';
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanHealthDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  IndicatorsController_list: {
    parameters: {
      query?: {
        actionId?: string;
        aimingPointId?: string;
        focusAreaId?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  LinksController_list: {
    parameters: {
      query?: {
        kind?: 'supports' | 'contributes';
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkDto'][];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ObservationImportController_import: {
    parameters: {
      query?: {
        /** @description true: answer 200 with the preview — the rows read, matched to indicators and marked new, unchanged or correction, and every problem; nothing is written. */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    /** @description One row per observation, the header in row 1: `indicator` (its id or exact title), `period` (2026, 2026K1, 2026M03, 2026-03-31), `value` or `narrative`, and optionally `judgement` (onTrack/atRisk/offTrack, or på sporet/i risiko/ude af sporet), `source` and `series` (actual/faktisk or reference); the Danish headers indikator, periode, værdi, fortælling, vurdering, kilde and serie are the same columns. CSV: separated by `;` or `,`, UTF-8 (with or without BOM) or Windows-1252. XLSX: the first sheet, formulas by their computed value. Decimals with a comma (1.234,5) or a point (1234.5), one style per file. Up to 10 MB and 50,000 rows. */
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'text/csv': string;
      };
    };
    responses: {
      /** @description The dry run (`dryRun=true`): nothing was written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationImportPreviewDto'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationImportResultDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is of a type the route does not read (`Content-Type`). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ReportsController_pdf: {
    parameters: {
      query?: {
        /** @description Narrows the report to these committees (repeat it for several): their focus areas, the actions contributing to them and what those measure. A committee of another plan or none: 400 naming `committeeId`. */
        committeeId?: string[];
        /** @description The language of the report. Default: da. */
        lang?: 'da' | 'en';
        /** @description The period reported on: a year (2026), a half year (2026H1), a quarter (2026K1 or 2026Q1) or a month (2026M03). Default: the current year. Another value: 400 naming `period`. */
        period?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (A4 PDF), as an attachment named kompas-<plan>-<period>.pdf. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ReportsController_xlsx: {
    parameters: {
      query?: {
        /** @description Narrows the report to these committees (repeat it for several): their focus areas, the actions contributing to them and what those measure. A committee of another plan or none: 400 naming `committeeId`. */
        committeeId?: string[];
        /** @description The language of the report. Default: da. */
        lang?: 'da' | 'en';
        /** @description The period reported on: a year (2026), a half year (2026H1), a quarter (2026K1 or 2026Q1) or a month (2026M03). Default: the current year. Another value: 400 naming `period`. */
        period?: string;
      };
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (Excel workbook), as an attachment named kompas-<plan>-<period>.xlsx. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  RevisionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevisionDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  RevisionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRevisionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevisionDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioSummaryDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateScenarioDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedScenarioDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  PlanDocumentsController_import: {
    parameters: {
      query?: {
        /** @description true: only check the document and answer 200 with what an import would do (counts, problems, plans with the same content); nothing is written. */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The plan document format "kompas.plan", version 1: see docs/plan-format.md in the repository. */
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description The dry run (`dryRun=true`): nothing was written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportPreviewDto'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  RestoreController_restore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RestoreResultDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_discard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplyScenarioDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedAdjustmentDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_stage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScenarioChangesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  ScenariosController_preview: {
    parameters: {
      query?: {
        /** @description The language of the explanations; da when left out. */
        lang?: 'da' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScenarioPreviewDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UnitsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UnitsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UnitsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UnitsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UnitsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUnitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Refused by a rule of the plan (`details` names the field). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'][];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Conflicts with what is there (a duplicate, something in use, already done). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description The request is malformed or a field is invalid (`details` names the fields). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Not signed in, or the session has ended. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description No such row. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description Someone else changed it since it was read: `current` holds it as it is now. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
      /** @description If-Match is missing or not a version. */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorDto'];
        };
      };
    };
  };
}
