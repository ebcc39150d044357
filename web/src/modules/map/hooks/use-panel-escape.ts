import { KeyboardEvent as ReactKeyboardEvent, useCallback } from 'react';
import { afterPaint, focusNode } from '../components/CascadeMap';

/** Esc pressed here belongs to something inside the panel that closes itself: a dialog or an open list. */
export function escapeBelongsElsewhere(target: Element): boolean {
  return !!target.closest('dialog, [role=dialog], [role=listbox], [role=combobox]');
}

/** A field where Esc must not throw away what is typed. */
export function isTextField(target: Element): boolean {
  return !!target.closest('input, textarea, select, [contenteditable=true]');
}

/**
 * Esc in the side panel closes it and gives the keyboard focus back to the node the panel was opened
 * from, so a keyboard user carries on where they were on the map. In a field, the first Esc only
 * leaves the field (for the panel itself), so nothing typed is lost by one keystroke; the next closes.
 */
export function usePanelEscape(returnToNodeId: string | null, close: () => void) {
  return useCallback(
    (event: ReactKeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as Element;
      if (escapeBelongsElsewhere(target)) return;
      event.preventDefault();
      if (isTextField(target)) {
        event.currentTarget.focus();
        return;
      }
      close();
      if (returnToNodeId) afterPaint(() => focusNode(document, returnToNodeId));
    },
    [close, returnToNodeId],
  );
}
