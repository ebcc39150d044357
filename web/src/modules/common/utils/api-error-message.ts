import type { TFunction } from 'i18next';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';

/** A refusal or failure in the user's language: by the API's stable code, else the API's own words. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiUnreachableError) return t('errors.unreachable');
  if (error instanceof ApiRequestError) {
    const field = error.details[0]?.field;
    // A refusal's reason (who may do it) is worded here from its code; an answer without one keeps the server's words.
    const reason = error.reason ? t(`whyNot.${error.reason.code}`, { ...error.reason.params, defaultValue: error.message }) : error.message;
    const translated = t(`errors.${error.code}`, { defaultValue: '', field, reason });
    return translated || error.message;
  }
  return t('errors.unexpected');
}
