import { KeyboardEvent as ReactKeyboardEvent, useCallback } from 'react';
import { afterPaint, focusNode } from '../components/CascadeMap';

/** Whether Esc pressed on this element belongs to something inside the panel rather than to the panel itself. */
export function escapeBelongsElsewhere(target: Element): boolean {
  // A dialog closes itself on Esc; a text field or a list keeps its own Esc (nothing typed is lost by it).
  return !!target.closest('dialog, [role=dialog], input, textarea, select, [contenteditable=true], [role=listbox], [role=combobox]');
}

/**
 * Esc in the side panel closes it and gives the keyboard focus back to the node the panel was opened
 * from, so a keyboard user carries on where they were on the map.
 */
export function usePanelEscape(returnToNodeId: string | null, close: () => void) {
  return useCallback(
    (event: ReactKeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (escapeBelongsElsewhere(event.target as Element)) return;
      event.preventDefault();
      close();
      if (returnToNodeId) afterPaint(() => focusNode(document, returnToNodeId));
    },
    [close, returnToNodeId],
  );
}
