import { FINDING_CODES, type Finding, type FindingCode, type PlanGraph } from '@kompas/domain';

export type AlignmentFormat = 'pdf' | 'xlsx';

/** `/api/plans/{planId}/alignment[.pdf|.xlsx]?committeeId=…&lang=…` */
export function alignmentUrl(planId: string, committeeId: string | null, format?: AlignmentFormat, lang?: 'da' | 'en'): string {
  const query = new URLSearchParams();
  if (committeeId) query.set('committeeId', committeeId);
  if (lang) query.set('lang', lang);
  const q = query.toString();
  return `/api/plans/${encodeURIComponent(planId)}/alignment${format ? `.${format}` : ''}${q ? `?${q}` : ''}`;
}

/** The findings by code, in the codes' order, each with its index (what a score's `lost` points at). */
export function groupFindings(findings: readonly Finding[]): { code: FindingCode; items: { index: number; finding: Finding }[] }[] {
  const groups = new Map<FindingCode, { index: number; finding: Finding }[]>();
  findings.forEach((finding, index) => {
    const list = groups.get(finding.code);
    if (list) list.push({ index, finding });
    else groups.set(finding.code, [{ index, finding }]);
  });
  return FINDING_CODES.filter((c) => groups.has(c)).map((code) => ({ code, items: groups.get(code)! }));
}

/** A name for every id the audit mentions: nodes by title, committees by name. */
export function namesOf(
  graph: Pick<PlanGraph, 'nodes'> | undefined,
  committees: readonly { id: string; name: string }[],
): (id: string) => string {
  const names = new Map<string, string>();
  for (const n of graph?.nodes ?? []) names.set(n.id, n.title);
  for (const c of committees) names.set(c.id, c.name);
  return (id) => names.get(id) ?? id;
}

/** A share 0–1 as a whole percentage, or null. */
export const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 100));
