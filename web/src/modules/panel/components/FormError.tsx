import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../common/utils/api-error-message';

export type FormErrorProps = { error: unknown; fieldErrors: Record<string, string> };

/** A refusal that names no field is shown once under the form; one that does is shown at its fields. */
export function FormError({ error, fieldErrors }: FormErrorProps) {
  const { t } = useTranslation();
  if (!error || Object.keys(fieldErrors).length) return null;
  return (
    <p className="kompas-field__error" role="alert">
      {apiErrorMessage(error, t)}
    </p>
  );
}
