import { useTranslation } from 'react-i18next';
import { Plan } from '../../api/types';

export type PlanPickerProps = { plans: Plan[]; planId: string | null; onChange: (planId: string) => void };

export function PlanPicker({ plans, planId, onChange }: PlanPickerProps) {
  const { t } = useTranslation();
  return (
    <div className="kompas-control">
      <label htmlFor="plan-picker">{t('toolbar.plan')}</label>
      <select id="plan-picker" data-testid="plan-picker" value={planId ?? ''} onChange={(e) => onChange(e.target.value)}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title} ({p.periodStart.slice(0, 4)}–{p.periodEnd.slice(0, 4)}, {t(`status.plan.${p.status}`)})
          </option>
        ))}
      </select>
    </div>
  );
}
