import type { TFunction } from 'i18next';
import type { AuditAdjustment } from '@kompas/domain';

/**
 * A decision in one line, as a committee writes it in its minutes:
 * "Udvalget for Læring, 2026-05-12, sag 26/1234" (the council's: "Byrådet, …").
 * A case number given bare ("26/1234") gets the word for case in front.
 */
export function decisionLine(decision: AuditAdjustment['decision'], t: TFunction): string {
  const who = decision.decidedBy === 'council' ? t('adjustments.council') : (decision.committeeName ?? t('adjustments.committee'));
  const caseNumber = /^\d/.test(decision.caseNumber) ? t('adjustments.caseNumber', { number: decision.caseNumber }) : decision.caseNumber;
  return `${who}, ${decision.decidedAt}, ${caseNumber}`;
}
