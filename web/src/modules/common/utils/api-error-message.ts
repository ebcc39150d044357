import type { TFunction } from 'i18next';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';

/** A refusal or failure in the user's language: by the API's stable code, else the API's own words. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiUnreachableError) return t('errors.unreachable');
  if (error instanceof ApiRequestError) {
    const field = error.details[0]?.field;
    // A refusal's reason (who may do it) comes from the server's message.
    const translated = t(`errors.${error.code}`, { defaultValue: '', field, reason: error.message });
    return translated || error.message;
  }
  return t('errors.unexpected');
}
