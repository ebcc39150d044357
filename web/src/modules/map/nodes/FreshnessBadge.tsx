import { useTranslation } from 'react-i18next';
import type { Freshness } from '@kompas/domain';
import { formatDate } from '../../../i18n/format';
import { freshnessGlyph, freshnessMark, OldData } from '../utils/freshness-marker';

export type FreshnessBadgeProps = { freshness: Freshness };

/** "◷ Forfalden" or "! Overskredet" on a due or overdue indicator, the period and due date in its title; nothing otherwise. */
export function FreshnessBadge({ freshness }: FreshnessBadgeProps) {
  const { t, i18n } = useTranslation();
  const mark = freshnessMark(freshness);
  if (!mark) return null;
  const title = t(`map.freshness.${mark}Title`, {
    period: freshness.period?.code ?? '',
    date: formatDate(freshness.dueDate, i18n.language),
  });
  return (
    <span className={`kompas-freshness kompas-freshness--${mark}`} title={title} aria-label={title} role="img" data-freshness={mark}>
      <span aria-hidden="true">
        {freshnessGlyph(mark)} {t(`map.freshness.${mark}`)}
      </span>
    </span>
  );
}

export type OldDataBadgeProps = { old: OldData };

/** "Gamle data" on the node an overdue or due indicator measures, with how many are due and overdue in its title. */
export function OldDataBadge({ old }: OldDataBadgeProps) {
  const { t } = useTranslation();
  const title = t('map.oldData.title', { overdue: old.overdue, due: old.due });
  return (
    <span
      className={`kompas-old-data kompas-freshness--${old.state}`}
      title={title}
      aria-label={title}
      role="img"
      data-old-data={old.state}
    >
      <span aria-hidden="true">
        {freshnessGlyph(old.state)} {t('map.oldData.label')}
      </span>
    </span>
  );
}
