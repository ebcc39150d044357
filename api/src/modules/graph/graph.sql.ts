/**
 * The statements behind `GET /api/plans/{planId}/graph`: one per kind of row,
 * whatever the size of the plan. Each joins in what its nodes show (committee
 * and unit names, co-owners, an indicator's latest current observation), so no
 * statement is ever run per node; the periods an indicator has current values
 * for, which its freshness needs, come in one more.
 */
export const GRAPH_SQL = {
  plan: `SELECT "id", "organisation", "councilName", "title", "visionStatement", "motivations", "periodStart", "periodEnd", "status", "example", "version"
    FROM "plan" WHERE "id" = ? AND "deletedAt" IS NULL`,

  aimingPoints: `SELECT "id", "title", "ambition", "position", "example", "version"
    FROM "aiming_point" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY "position"`,

  focusAreas: `SELECT f."id", f."title", f."committeeId", c."name" AS "committeeName", f."rank", f."status", f."example", f."version",
      (SELECT group_concat(co."committeeId", ',' ORDER BY cc."position")
         FROM "focus_area_co_owner" co JOIN "committee" cc ON cc."id" = co."committeeId"
        WHERE co."focusAreaId" = f."id" AND cc."deletedAt" IS NULL) AS "coOwners"
    FROM "focus_area" f JOIN "committee" c ON c."id" = f."committeeId"
    WHERE f."planId" = ? AND f."deletedAt" IS NULL ORDER BY c."position", f."rank"`,

  actions: `SELECT a."id", a."title", a."unitId", u."name" AS "unitName", a."responsiblePerson", a."status",
      a."startDate", a."endDate", a."example", a."version"
    FROM "action" a JOIN "unit" u ON u."id" = a."unitId"
    WHERE a."planId" = ? AND a."deletedAt" IS NULL ORDER BY a."title", a."id"`,

  // The latest observation of each series that no correction has replaced (the reference series' only where there is one).
  indicators: `SELECT i."id", i."title", i."aimingPointId", i."focusAreaId", i."actionId", i."type", i."evidenceKind", i."cadence", i."unit",
      i."direction", i."baselineValue", i."targetValue", i."targetDate", i."targets", i."referenceName", i."referenceSource",
      i."graceDays", i."responsibleUserId", i."example", i."version", i."createdAt",
      o."id" AS "oId", o."periodStart" AS "oStart", o."periodEnd" AS "oEnd", o."value" AS "oValue",
      o."narrative" AS "oNarrative", o."judgement" AS "oJudgement", o."recordedAt" AS "oRecordedAt",
      r."id" AS "rId", r."periodStart" AS "rStart", r."periodEnd" AS "rEnd", r."value" AS "rValue",
      r."narrative" AS "rNarrative", r."judgement" AS "rJudgement", r."recordedAt" AS "rRecordedAt"
    FROM "indicator" i
    LEFT JOIN "observation" o ON o."id" = (
      SELECT x."id" FROM "observation" x
       WHERE x."indicatorId" = i."id" AND x."series" = 'actual'
         AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = x."id")
       ORDER BY x."periodEnd" DESC, x."recordedAt" DESC LIMIT 1)
    LEFT JOIN "observation" r ON r."id" = CASE WHEN i."referenceName" IS NULL THEN NULL ELSE (
      SELECT x."id" FROM "observation" x
       WHERE x."indicatorId" = i."id" AND x."series" = 'reference'
         AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = x."id")
       ORDER BY x."periodEnd" DESC, x."recordedAt" DESC LIMIT 1) END
    WHERE i."planId" = ? AND i."deletedAt" IS NULL ORDER BY i."title", i."id"`,

  // The periods of each indicator's current observations of its own series, for freshness: only those that can fall
  // in a counted period (one that began on or after the plan's start).
  observedPeriods: `SELECT x."indicatorId", x."periodStart", x."periodEnd"
    FROM "observation" x JOIN "indicator" i ON i."id" = x."indicatorId"
    WHERE i."planId" = ? AND i."deletedAt" IS NULL AND x."series" = 'actual' AND x."periodStart" >= ?
      AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = x."id")`,

  links: `SELECT 'supports' AS "kind", "id", "focusAreaId" AS "source", "aimingPointId" AS "target", "rationale", "strength", "example", "version"
      FROM "support_link" WHERE "planId" = ? AND "deletedAt" IS NULL
    UNION ALL
    SELECT 'contributes', "id", "actionId", "focusAreaId", "rationale", "strength", "example", "version"
      FROM "contribution_link" WHERE "planId" = ? AND "deletedAt" IS NULL`,
} as const;

/** How many statements one graph read runs: the same for every plan. */
export const GRAPH_STATEMENTS = Object.keys(GRAPH_SQL).length;
