import type { TFunction } from 'i18next';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';

/**
 * A refusal or failure in the user's language, from the API's stable code and parameters only: the
 * server's own (English) words are never shown, so no message comes out half in one language.
 */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiUnreachableError) return t('errors.unreachable');
  if (!(error instanceof ApiRequestError)) return t('errors.unexpected');
  const field = error.details[0]?.field;
  if (error.code === 'forbidden') {
    // Who may do it, worded from the refusal's code; a refusal without one (or with a code this app does not know yet) is still a refusal.
    const reason = error.reason ? t(`whyNot.${error.reason.code}`, { ...error.reason.params, defaultValue: '' }) : '';
    return reason ? t('errors.forbidden', { reason }) : t('errors.forbiddenPlain');
  }
  const translated = t(`errors.${error.code}`, { defaultValue: '', field, status: error.status });
  if (translated) return translated;
  // A code this app does not know yet: worded by what kind of answer it is.
  if (error.status >= 500) return t('errors.internal_error');
  return t('errors.refusedUnknown', { status: error.status });
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
