import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';
import { fieldErrorMessage } from '../../common/utils/api-error-message';

/** The API's problem with each field it named, in the user's language. */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  if (!(error instanceof ApiRequestError)) return {};
  const errors: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field.split('.')[0];
    if (errors[field]) continue;
    errors[field] = fieldErrorMessage(detail, error, t);
  }
  return errors;
}
