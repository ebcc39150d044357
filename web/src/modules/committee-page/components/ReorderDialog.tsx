import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonField } from '../../common/components/ReasonField';
import type { FocusAreaNode } from '@kompas/domain';
import { todayIso } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { DecisionFields } from '../../assessments/components/DecisionFields';
import { useCreateAdjustment } from '../../assessments/hooks/use-assessments';
import type { AdjustmentGroup } from '../../assessments/types';
import { decisionOf, decisionProblems, DecisionDraft, fieldProblems } from '../../assessments/utils/decision';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { rankChanges } from '../utils/reorder';

export type ReorderDialogProps = {
  planId: string;
  committeeId: string;
  committees: readonly { id: string; name: string }[];
  councilName: string;
  /** The committee's focus areas as they are ranked now. */
  focusAreas: readonly FocusAreaNode[];
  /** The new order, by id. */
  order: readonly string[];
  onClose: () => void;
  onSaved: (group: AdjustmentGroup, caseNumber: string) => void;
};

/**
 * Asks for the decision behind a new priority order — why, the meeting's date, the case number, and
 * whether the committee or the council decided it — and saves the order as one adjustment.
 */
export function ReorderDialog({ planId, committeeId, committees, councilName, focusAreas, order, onClose, onSaved }: ReorderDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const save = useCreateAdjustment(planId);
  const [draft, setDraft] = useState<DecisionDraft>({ decidedBy: 'committee', committeeId, decidedAt: todayIso(), caseNumber: '' });
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const byId = new Map(focusAreas.map((f) => [f.id, f]));
  const changes = rankChanges(focusAreas, order);
  const local = checked ? decisionProblems(draft, reason, t) : {};
  const problems = { ...fieldProblems(save.error, t), ...local };
  const failure = save.isError ? refusalWords(save.error, changes, byId, t) : null;

  const submit = () => {
    setChecked(true);
    if (Object.keys(decisionProblems(draft, reason, t)).length || !changes.length) return;
    save.mutate(
      { planId, decision: decisionOf(draft), reason: reason.trim(), changes },
      { onSuccess: (group) => onSaved(group, draft.caseNumber.trim()) },
    );
  };

  return (
    <dialog
      ref={ref}
      className="kompas-dialog kompas-dialog--wide"
      aria-labelledby={titleId}
      data-testid="reorder-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('committeePage.reorder.title')}</h2>
      <p>{t('committeePage.reorder.intro')}</p>
      <ol className="kompas-reorder__order" aria-label={t('committeePage.reorder.newOrder')} data-testid="reorder-new-order">
        {order.map((id, index) => {
          const focusArea = byId.get(id);
          const moved = focusArea && focusArea.rank !== index + 1;
          return (
            <li key={id}>
              {focusArea?.title}
              {moved && <span className="kompas-muted"> {t('committeePage.reorder.was', { rank: focusArea.rank })}</span>}
            </li>
          );
        })}
      </ol>
      <ReasonField
        id={reasonId}
        value={reason}
        onChange={setReason}
        label={t('committeePage.reorder.reason')}
        required
        error={problems['reason']}
        testId="reorder-reason"
      />
      <DecisionFields value={draft} onChange={setDraft} committees={committees} councilName={councilName} problems={problems} />
      {failure && (
        <p className="kompas-field__error" role="alert" data-testid="reorder-error">
          {failure}
        </p>
      )}
      <div className="kompas-dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-primary" onClick={submit} disabled={save.isPending} data-testid="reorder-save">
          {save.isPending ? t('common.saving') : t('committeePage.reorder.save')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * What went wrong, in words, where no field of the dialog shows it: a refusal or conflict naming
 * `changes.N` names the focus area that change moves.
 */
function refusalWords(
  error: unknown,
  changes: ReturnType<typeof rankChanges>,
  byId: ReadonlyMap<string, FocusAreaNode>,
  t: ReturnType<typeof useTranslation>['t'],
): string | null {
  const field = error instanceof ApiRequestError ? error.details[0]?.field : undefined;
  if (field === 'reason' || field?.startsWith('decision.')) return null;
  const words =
    error instanceof ApiRequestError && (error.code === 'version_conflict' || error.status === 412)
      ? t('committeePage.reorder.conflict')
      : apiErrorMessage(error, t);
  const match = field ? /^changes\.(\d+)/.exec(field) : null;
  const title = match ? byId.get(changes[Number(match[1])]?.id ?? '')?.title : undefined;
  return title ? t('committeePage.reorder.atFocusArea', { title, words }) : words;
}
