import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';

/** The API's message for each field it named, in the user's language where the code is known. */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  if (!(error instanceof ApiRequestError)) return {};
  const errors: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field.split('.')[0];
    if (errors[field]) continue;
    errors[field] = t(`validation.${detail.code}`, { defaultValue: detail.message });
  }
  return errors;
}
