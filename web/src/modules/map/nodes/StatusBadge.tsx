import { useTranslation } from 'react-i18next';

// A shape beside the word, so status never rests on colour alone.
const GLYPHS: Record<string, string> = {
  proposed: '◇',
  adopted: '◆',
  retired: '⊘',
  identified: '○',
  launched: '▶',
  adjusting: '↻',
  completed: '✓',
  stopped: '■',
  draft: '✎',
  archived: '⊘',
  onTrack: '●',
  atRisk: '▲',
  offTrack: '✕',
  noData: '○',
};

/** The shape that stands for a status where there is no room for its word. */
export function statusGlyph(status: string): string {
  return GLYPHS[status] ?? '•';
}

export type StatusBadgeProps = { group: 'focusArea' | 'action' | 'plan' | 'health'; status: string };

export function StatusBadge({ group, status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <span className={`kompas-status kompas-status--${status}`}>
      <span aria-hidden="true">{statusGlyph(status)}</span> {t(`status.${group}.${status}`)}
    </span>
  );
}
