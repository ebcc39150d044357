/**
 * The statements behind `GET /api/plans/{planId}/graph`: one per kind of row,
 * whatever the size of the plan. Each joins in what its nodes show (committee
 * and unit names, co-owners, an indicator's latest current observation), so no
 * statement is ever run per node.
 */
export const GRAPH_SQL = {
  plan: `SELECT "id", "organisation", "title", "visionStatement", "motivations", "periodStart", "periodEnd", "status", "example"
    FROM "plan" WHERE "id" = ?`,

  aimingPoints: `SELECT "id", "title", "ambition", "position", "example"
    FROM "aiming_point" WHERE "planId" = ? ORDER BY "position"`,

  focusAreas: `SELECT f."id", f."title", f."committeeId", c."name" AS "committeeName", f."rank", f."status", f."example",
      (SELECT group_concat(co."committeeId", ',' ORDER BY cc."position")
         FROM "focus_area_co_owner" co JOIN "committee" cc ON cc."id" = co."committeeId"
        WHERE co."focusAreaId" = f."id") AS "coOwners"
    FROM "focus_area" f JOIN "committee" c ON c."id" = f."committeeId"
    WHERE f."planId" = ? ORDER BY c."position", f."rank"`,

  actions: `SELECT a."id", a."title", a."unitId", u."name" AS "unitName", a."responsiblePerson", a."status",
      a."startDate", a."endDate", a."example"
    FROM "action" a JOIN "unit" u ON u."id" = a."unitId"
    WHERE a."planId" = ? ORDER BY a."title", a."id"`,

  // The latest observation that no correction has replaced.
  indicators: `SELECT i."id", i."title", i."focusAreaId", i."actionId", i."type", i."evidenceKind", i."cadence", i."unit",
      i."direction", i."baselineValue", i."targetValue", i."targetDate", i."example",
      o."id" AS "oId", o."periodStart" AS "oStart", o."periodEnd" AS "oEnd", o."value" AS "oValue",
      o."narrative" AS "oNarrative", o."judgement" AS "oJudgement", o."recordedAt" AS "oRecordedAt"
    FROM "indicator" i
    LEFT JOIN "observation" o ON o."id" = (
      SELECT x."id" FROM "observation" x
       WHERE x."indicatorId" = i."id"
         AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = x."id")
       ORDER BY x."periodEnd" DESC, x."recordedAt" DESC LIMIT 1)
    WHERE i."planId" = ? ORDER BY i."title", i."id"`,

  links: `SELECT 'supports' AS "kind", "id", "focusAreaId" AS "source", "aimingPointId" AS "target", "rationale", "strength", "example"
      FROM "support_link" WHERE "planId" = ?
    UNION ALL
    SELECT 'contributes', "id", "actionId", "focusAreaId", "rationale", "strength", "example"
      FROM "contribution_link" WHERE "planId" = ?`,
} as const;

/** How many statements one graph read runs: the same for every plan. */
export const GRAPH_STATEMENTS = Object.keys(GRAPH_SQL).length;
