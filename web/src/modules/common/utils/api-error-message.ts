import type { TFunction } from 'i18next';
import type { PlanGraph, Refusal } from '@kompas/domain';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import type { NameLookup } from './field-words';

/**
 * A refusal or failure in the user's language, from the API's stable code and parameters only: the
 * server's own (English) words are never shown, so no message comes out half in one language.
 */
export function apiErrorMessage(error: unknown, t: TFunction, names?: RefusalNames): string {
  if (error instanceof ApiUnreachableError) return t('errors.unreachable');
  if (!(error instanceof ApiRequestError)) return t('errors.unexpected');
  const field = error.details[0]?.field;
  if (error.code === 'forbidden') {
    // Who may do it, worded from the refusal's code; a refusal without one (or with a code this app does not know yet) is still a refusal.
    const reason = error.reason ? refusalWords(error.reason, t, names) : '';
    return reason ? t('errors.forbidden', { reason }) : t('errors.forbiddenPlain');
  }
  const translated = t(`errors.${error.code}`, { defaultValue: '', field, status: error.status });
  if (translated) return translated;
  // A code this app does not know yet: worded by what kind of answer it is.
  if (error.status >= 500) return t('errors.internal_error');
  return t('errors.refusedUnknown', { status: error.status });
}

/** Names of the committees and units a refusal's parameters point at, where the page knows them. */
export type RefusalNames = Pick<NameLookup, 'committees' | 'units'>;

/** Why not, from the refusal's code and parameters: naming the committee or unit when its name is known. */
export function refusalWords(reason: Refusal, t: TFunction, names?: RefusalNames): string {
  const committee = reason.params['committeeId'] ? names?.committees.get(reason.params['committeeId']) : undefined;
  const unit = reason.params['unitId'] ? names?.units.get(reason.params['unitId']) : undefined;
  const named = committee || unit ? t(`whyNot.named.${reason.code}`, { ...reason.params, committee, unit, defaultValue: '' }) : '';
  return named || t(`whyNot.${reason.code}`, { ...reason.params, defaultValue: '' });
}

/**
 * The words for one field the API named, in the user's language: by the field's own code, else by
 * the refusal's code, else a plain "not valid" (never the server's English).
 */
export function fieldErrorMessage(detail: { code: string }, error: ApiRequestError, t: TFunction): string {
  return (
    t(`validation.${detail.code}`, { defaultValue: '' }) ||
    t(`errors.${detail.code}`, { defaultValue: '' }) ||
    (error.code !== 'validation_failed' ? t(`errors.${error.code}`, { defaultValue: '' }) : '') ||
    t('validation.invalid')
  );
}

/** The committee and unit names a plan's graph holds (its focus areas' committees, its actions' units). */
export function namesInGraph(graph: PlanGraph | undefined): RefusalNames {
  const committees = new Map<string, string>();
  const units = new Map<string, string>();
  for (const n of graph?.nodes ?? []) {
    if (n.kind === 'focusArea') committees.set(n.committeeId, n.committeeName);
    if (n.kind === 'action') units.set(n.unitId, n.unitName);
  }
  return { committees, units };
}
