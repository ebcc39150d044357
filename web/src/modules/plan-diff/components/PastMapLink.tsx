import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../hooks';
import { pastMapSearchOf } from '../utils/past-map';

/**
 * "Se kortet som det var": from one side of the comparison — a date or a revision — to the map
 * of the plan as it was then (read-only). Nothing for now.
 */
export function PastMapLink(props: { planId: string; side: string; revisions: readonly Revision[]; testId: string }) {
  const { t } = useTranslation();
  const search = pastMapSearchOf(
    props.side,
    props.revisions.map((r) => r.id),
  );
  if (!search) return null;
  return (
    <Link
      to="/plans/$planId"
      params={{ planId: props.planId }}
      search={search}
      className="kompas-diff__past-map"
      data-testid={props.testId}
    >
      {t('diff.seePastMap')}
    </Link>
  );
}
