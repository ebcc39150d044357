import { useTranslation } from 'react-i18next';
import { FieldDef } from '../utils/fields';

export type Choice = { value: string; label: string };

export type FieldInputProps = {
  id: string;
  field: FieldDef;
  label: string;
  value: string;
  choices?: Choice[];
  error?: string | null;
  /** Shown, not editable: the user may read it but not change it. */
  disabled?: boolean;
  onChange: (value: string) => void;
};

/** One labelled form field with the API's message for it underneath. */
export function FieldInput({ id, field, label, value, choices, error, disabled, onChange }: FieldInputProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  const common = {
    id,
    name: field.name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    required: field.required,
    disabled,
  } as const;
  let input;
  if (field.type === 'textarea') {
    input = <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />;
  } else if (field.type === 'select') {
    input = (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        {(field.nullable || !value) && <option value="">{t('common.none')}</option>}
        {(choices ?? []).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else {
    input = (
      <input
        {...common}
        type={field.type === 'number' ? 'text' : field.type}
        inputMode={field.type === 'number' ? 'decimal' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={`kompas-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {field.required && <span aria-hidden="true"> *</span>}
      </label>
      {input}
      {error && (
        <p className="kompas-field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
