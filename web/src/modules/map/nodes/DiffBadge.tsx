import { useTranslation } from 'react-i18next';
import type { DiffState } from '../types';

// A shape beside the word, so a comparison's mark never rests on colour alone.
const GLYPHS: Record<DiffState, string> = { added: '+', removed: '−', changed: '✎', moved: '↕', unchanged: '=' };

/** The shape that stands for a comparison's mark where there is no room for its word. */
export function diffGlyph(state: DiffState): string {
  return GLYPHS[state];
}

export type DiffBadgeProps = {
  state: DiffState;
  /** A moved priority's old and new place, said instead of "moved". */
  rank?: { from: number; to: number } | null;
  /** Only the shape (a card zoomed out); the word stays for screen readers and as the tooltip. */
  compact?: boolean;
};

/**
 * How a node or link differs between the two moments compared: "+ Ny", "− Fjernet", "✎ Ændret",
 * "↕ Prioritet 3 → 1" — a shape and a word, in the colour of its kind of change.
 */
export function DiffBadge({ state, rank, compact = false }: DiffBadgeProps) {
  const { t } = useTranslation();
  const word = diffWord(t, state, rank);
  return (
    <span className={`kompas-diff-badge kompas-diff-badge--${state}${compact ? ' is-compact' : ''}`} title={compact ? word : undefined}>
      <span aria-hidden="true">{diffGlyph(state)}</span>
      {compact ? <span className="kompas-visually-hidden"> {word}</span> : <> {word}</>}
    </span>
  );
}

/** A comparison's mark in words ("Fjernet", "Prioritet 3 → 1"). */
export function diffWord(
  t: (key: string, options?: Record<string, unknown>) => string,
  state: DiffState,
  rank?: { from: number; to: number } | null,
): string {
  return state === 'moved' && rank ? t('diff.mark.movedRank', { from: rank.from, to: rank.to }) : t(`diff.mark.${state}`);
}
