import type { TFunction } from 'i18next';
import { can, type GraphNode, type PlanGraph, type Principal } from '@kompas/domain';
import { ApiRequestError } from '../../api/client';
import { editPermission } from '../../auth/utils/permissions';
import { fieldErrorMessage } from '../../common/utils/api-error-message';
import type { Decision } from '../types';

/** A decision as its form holds it while being typed. */
export type DecisionDraft = { decidedBy: 'committee' | 'council'; committeeId: string; decidedAt: string; caseNumber: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is missing from a decision and its reason before it can be sent, by field (`decision.caseNumber`, `reason`). */
export function decisionProblems(draft: DecisionDraft, reason: string | null, t: TFunction): Record<string, string> {
  const problems: Record<string, string> = {};
  if (draft.decidedBy === 'committee' && !draft.committeeId) problems['decision.committeeId'] = t('validation.required');
  if (!ISO_DATE.test(draft.decidedAt)) problems['decision.decidedAt'] = t('validation.is_calendar_date');
  if (!draft.caseNumber.trim()) problems['decision.caseNumber'] = t('validation.required');
  if (reason !== null && !reason.trim()) problems['reason'] = t('validation.required');
  return problems;
}

/** The decision as the API takes it: a committee's id only when the committee decided. */
export function decisionOf(draft: DecisionDraft): Decision {
  return {
    decidedBy: draft.decidedBy,
    ...(draft.decidedBy === 'committee' ? { committeeId: draft.committeeId } : {}),
    decidedAt: draft.decidedAt,
    caseNumber: draft.caseNumber.trim(),
  };
}

/** The API's problem with each field it named, by the field's whole path, in the user's language. */
export function fieldProblems(error: unknown, t: TFunction): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  const problems: Record<string, string> = {};
  for (const detail of error.details) if (!problems[detail.field]) problems[detail.field] = fieldErrorMessage(detail, error, t);
  return problems;
}

/** "Udvalget for Læring, 12. maj 2026, sag 26/1234": where a decision was made, in one line. */
export function decisionLine(decision: Decision, councilName: string, t: TFunction, formatDate: (d: string) => string): string {
  const by = decision.decidedBy === 'council' ? councilName : (decision.committeeName ?? t('assessments.decision.committee'));
  const caseNumber = decision.caseNumber.replace(/^sag\s+/i, '');
  return t('assessments.decision.line', { by, date: formatDate(decision.decidedAt), caseNumber });
}

/**
 * Who may assess a node, and decline a proposal on it: whoever may edit it, directors and
 * administrators. Only aiming points, focus areas and actions are assessed.
 */
export function mayAssess(principal: Principal | null, node: GraphNode, graph: PlanGraph): boolean {
  const owner = editPermission(node, graph);
  return assessable(node) && !!owner && can(principal, { do: 'assess', owner });
}

export const assessable = (node: Pick<GraphNode, 'kind'>) =>
  node.kind === 'aimingPoint' || node.kind === 'focusArea' || node.kind === 'action';
