import { DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaNode } from '@kompas/domain';

export type PriorityListProps = {
  /** The focus areas in the order shown (the draft while reordering). */
  items: readonly FocusAreaNode[];
  /** Whether the user may reorder them (else a plain numbered list). */
  editable: boolean;
  onMove: (from: number, to: number) => void;
};

/**
 * The committee's priorities, numbered. Whoever may reorder them drags a row, or moves it a place up
 * or down with its buttons; each move is announced for screen readers.
 */
export function PriorityList({ items, editable, onMove }: PriorityListProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (from: number, to: number, refocus?: 'up' | 'down') => {
    if (to < 0 || to >= items.length || from === to) return;
    const item = items[from];
    onMove(from, to);
    setAnnouncement(t('committeePage.priorities.moved', { title: item.title, rank: to + 1, count: items.length }));
    if (refocus) {
      // The row moved; focus follows it (to the other button when this one is now disabled).
      const edge = refocus === 'up' ? to === 0 : to === items.length - 1;
      const key = `${item.id}:${edge ? (refocus === 'up' ? 'down' : 'up') : refocus}`;
      requestAnimationFrame(() => buttons.current.get(key)?.focus());
    }
  };

  const drop = (event: DragEvent, to: number) => {
    event.preventDefault();
    const from = dragging ?? Number(event.dataTransfer.getData('text/plain'));
    setDragging(null);
    setOver(null);
    if (Number.isInteger(from)) move(from, to);
  };

  return (
    <>
      <ol className="kompas-priorities" aria-label={t('committeePage.priorities.label')} data-testid="priority-list">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={`kompas-priorities__item${dragging === index ? ' is-dragging' : ''}${over === index && dragging !== index ? ' is-over' : ''}`}
            data-testid="priority-item"
            data-id={item.id}
            draggable={editable}
            onDragStart={(event) => {
              setDragging(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(index));
            }}
            onDragOver={(event) => {
              if (!editable) return;
              event.preventDefault();
              setOver(index);
            }}
            onDragLeave={() => setOver((o) => (o === index ? null : o))}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            onDrop={(event) => drop(event, index)}
          >
            {editable && (
              <span className="kompas-priorities__grip" aria-hidden="true" title={t('committeePage.priorities.drag')}>
                ⠿
              </span>
            )}
            <span className="kompas-priorities__rank" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="kompas-priorities__title" data-testid="priority-title">
              {item.title}
            </span>
            {editable && (
              <span className="kompas-priorities__buttons">
                <button
                  type="button"
                  ref={(el) => void buttons.current.set(`${item.id}:up`, el)}
                  onClick={() => move(index, index - 1, 'up')}
                  disabled={index === 0}
                  aria-label={t('committeePage.priorities.up', { title: item.title })}
                  data-testid="priority-move-up"
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={(el) => void buttons.current.set(`${item.id}:down`, el)}
                  onClick={() => move(index, index + 1, 'down')}
                  disabled={index === items.length - 1}
                  aria-label={t('committeePage.priorities.down', { title: item.title })}
                  data-testid="priority-move-down"
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="kompas-visually-hidden" role="status" aria-live="polite" data-testid="priority-announcement">
        {announcement}
      </p>
    </>
  );
}
