import { ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDraft } from '../utils/decision';

export type DecisionFieldsProps = {
  value: DecisionDraft;
  onChange: (value: DecisionDraft) => void;
  committees: readonly { id: string; name: string }[];
  /** What the plan calls its council ("Kommunalbestyrelsen"). */
  councilName: string;
  /** Problems by field path (`decision.caseNumber`). */
  problems: Record<string, string>;
};

/** Where a decision was made: by a committee (which) or the council, the meeting's date and the case number. */
export function DecisionFields({ value, onChange, committees, councilName, problems }: DecisionFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (change: Partial<DecisionDraft>) => onChange({ ...value, ...change });
  const field = (name: string, label: string, input: (described: string | undefined) => ReactElement) => {
    const problem = problems[`decision.${name}`];
    const errorId = `${id}-${name}-error`;
    return (
      <div className={`kompas-field${problem ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {input(problem ? errorId : undefined)}
        {problem && (
          <p className="kompas-field__error" id={errorId} role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="kompas-decision" data-testid="decision-fields">
      <legend>{t('assessments.decision.legend')}</legend>
      <div className="kompas-decision__by" role="radiogroup" aria-label={t('assessments.decision.by')}>
        <label>
          <input
            type="radio"
            name={`${id}-by`}
            checked={value.decidedBy === 'committee'}
            onChange={() => set({ decidedBy: 'committee' })}
            data-testid="decided-by-committee"
          />{' '}
          {t('assessments.decision.committee')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-by`}
            checked={value.decidedBy === 'council'}
            onChange={() => set({ decidedBy: 'council' })}
            data-testid="decided-by-council"
          />{' '}
          {councilName || t('assessments.decision.council')}
        </label>
      </div>
      {value.decidedBy === 'committee' &&
        field('committeeId', t('assessments.decision.whichCommittee'), (described) => (
          <select
            id={`${id}-committeeId`}
            value={value.committeeId}
            onChange={(e) => set({ committeeId: e.target.value })}
            aria-invalid={described ? true : undefined}
            aria-describedby={described}
            data-testid="decision-committee"
          >
            <option value="">{t('assessments.decision.chooseCommittee')}</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        ))}
      {field('decidedAt', t('assessments.decision.date'), (described) => (
        <input
          id={`${id}-decidedAt`}
          type="date"
          value={value.decidedAt}
          onChange={(e) => set({ decidedAt: e.target.value })}
          aria-invalid={described ? true : undefined}
          aria-describedby={described}
          data-testid="decision-date"
        />
      ))}
      {field('caseNumber', t('assessments.decision.caseNumber'), (described) => (
        <input
          id={`${id}-caseNumber`}
          type="text"
          value={value.caseNumber}
          maxLength={100}
          placeholder="26/1234"
          onChange={(e) => set({ caseNumber: e.target.value })}
          aria-invalid={described ? true : undefined}
          aria-describedby={described}
          data-testid="decision-case"
        />
      ))}
    </fieldset>
  );
}
