import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonField } from '../../common/components/ReasonField';
import { todayIso } from '../../../i18n/format';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useToast } from '../../common/components/Toasts';
import { useDeclineProposal } from '../hooks/use-assessments';
import type { Assessment } from '../types';
import { decisionOf, decisionProblems, DecisionDraft, fieldProblems } from '../utils/decision';
import { DecisionFields } from './DecisionFields';

export type DeclineDialogProps = {
  planId: string;
  assessment: Assessment;
  committees: readonly { id: string; name: string }[];
  councilName: string;
  defaultCommitteeId: string;
  onClose: () => void;
};

/** Declines an open proposal: the decision that it will not be adopted (who, when, case number) and why. */
export function DeclineDialog({ planId, assessment, committees, councilName, defaultCommitteeId, onClose }: DeclineDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const decline = useDeclineProposal(planId);
  const [draft, setDraft] = useState<DecisionDraft>({
    decidedBy: defaultCommitteeId ? 'committee' : 'council',
    committeeId: defaultCommitteeId,
    decidedAt: todayIso(),
    caseNumber: '',
  });
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const local = checked ? decisionProblems(draft, reason, t) : {};
  const problems = { ...fieldProblems(decline.error, t), ...local };
  const submit = () => {
    setChecked(true);
    if (Object.keys(decisionProblems(draft, reason, t)).length) return;
    decline.mutate(
      { id: assessment.id, decision: decisionOf(draft), reason: reason.trim() },
      {
        onSuccess: () => {
          toast.show('success', t('assessments.declined'));
          onClose();
        },
      },
    );
  };
  const shownAtField = Object.keys(problems).some((f) => f === 'reason' || f.startsWith('decision.'));
  return (
    <dialog
      ref={ref}
      className="kompas-dialog kompas-dialog--wide"
      aria-labelledby={titleId}
      data-testid="decline-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('assessments.declineTitle')}</h2>
      <p>
        {t('assessments.proposal')}: <q>{assessment.proposedAdjustment}</q>
      </p>
      <DecisionFields value={draft} onChange={setDraft} committees={committees} councilName={councilName} problems={problems} />
      <ReasonField
        id={reasonId}
        value={reason}
        onChange={setReason}
        label={t('assessments.declineReason')}
        required
        error={problems['reason']}
        rows={3}
        testId="decline-reason"
      />
      {decline.isError && !shownAtField && (
        <p className="kompas-field__error" role="alert" data-testid="decline-error">
          {apiErrorMessage(decline.error, t)}
        </p>
      )}
      <div className="kompas-dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-danger" onClick={submit} disabled={decline.isPending} data-testid="decline-confirm">
          {decline.isPending ? t('common.working') : t('assessments.decline')}
        </button>
      </div>
    </dialog>
  );
}
