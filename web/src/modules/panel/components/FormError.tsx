import { useTranslation } from 'react-i18next';
import { apiErrorMessage, RefusalNames } from '../../common/utils/api-error-message';

export type FormErrorProps = {
  error: unknown;
  fieldErrors: Record<string, string>;
  /** The fields the form shows: a refusal naming any other field (e.g. the node itself) is shown here. */
  fields?: readonly string[];
  /** Committee and unit names, so a refusal can say whose the thing is. */
  names?: RefusalNames;
};

/** A refusal that names no shown field is shown once under the form; one that does is shown at its fields. */
export function FormError({ error, fieldErrors, fields, names }: FormErrorProps) {
  const { t } = useTranslation();
  const named = Object.keys(fieldErrors);
  const atShownFields = named.length > 0 && (!fields || named.every((f) => fields.includes(f)));
  if (!error || atShownFields) return null;
  return (
    <p className="kompas-field__error" role="alert">
      {apiErrorMessage(error, t, names)}
    </p>
  );
}
