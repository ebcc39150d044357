import { ERROR_CODES, Refusal, WhyNotCode } from '@kompas/domain';
import { ApiError } from './api-error';

/** Each refusal in the API's words (English); the web app words the same codes in the user's language. */
const WORDS: Record<WhyNotCode, string> = {
  signed_out: 'Sign in first.',
  no_role: 'This user has no role.',
  not_audit_reader: 'Only directors and administrators read the whole trail.',
  not_user_admin: 'Only administrators manage users.',
  not_plan_admin: 'Only administrators manage plans, their vision and aiming points.',
  not_committee_admin: 'Only administrators manage committees.',
  not_unit_admin: 'Only administrators manage units.',
  not_committee_member: "Only the committee's members change its focus areas.",
  other_committee: 'This focus area belongs to a committee you are not a member of.',
  not_manager: "Only the owning unit's managers change its actions.",
  other_unit: 'This action belongs to a unit you do not manage.',
  not_linker: "Only a committee's members and a unit's managers link their focus areas and actions.",
  not_assessor: 'Only those who may change this, directors and administrators assess it.',
  not_revision_adopter: 'Only directors and administrators adopt revisions of a plan.',
  not_scenario_stager: 'Only directors and committee members try changes out in a what-if scenario.',
};

export const refusalInWords = (refusal: Refusal): string => WORDS[refusal.code];

/**
 * A refusal as the API answers it: 403 `forbidden` with the words, and beside
 * them `reason`, the code and its parameters, for a client that words it in
 * its user's language.
 */
export function refusedError(refusal: Refusal): ApiError {
  const error = new ApiError(ERROR_CODES.forbidden, refusalInWords(refusal));
  error.extra = { reason: refusal };
  return error;
}
