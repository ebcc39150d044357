import { KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const PANEL_TABS = ['details', 'observations', 'assessments', 'history', 'comments'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

const ASSESSED = ['aimingPoint', 'focusArea', 'action'];

/** The tabs a node of a kind has: observations only for an indicator, assessments only for an aiming point, a focus area or an action. */
export const tabsFor = (kind: string): readonly PanelTab[] =>
  PANEL_TABS.filter((t) => (t !== 'observations' || kind === 'indicator') && (t !== 'assessments' || ASSESSED.includes(kind)));

/** The tab an address's fragment asks for: `#comments`, `#assessments`, or `#record` for an indicator's observations. */
export const tabFromAddress = (hash: string): PanelTab =>
  hash === '#comments' ? 'comments' : hash === '#record' ? 'observations' : hash === '#assessments' ? 'assessments' : 'details';

/** A tab's name: the assessments' words live with the assessments. */
const tabLabelKey = (tab: PanelTab) => (tab === 'assessments' ? 'assessments.tab' : `panel.tabs.${tab}`);
export const tabId = (tab: PanelTab) => `panel-tab-${tab}-tab`;
export const tabPanelId = (tab: PanelTab) => `panel-tab-${tab}`;

export type PanelTabsProps = { tab: PanelTab; onTab: (tab: PanelTab) => void; tabs?: readonly PanelTab[] };

/** Details, (an indicator's observations,) history and comments of one node: tabs, reached with the arrow keys as well. */
export function PanelTabs({ tab, onTab, tabs = tabsFor('') }: PanelTabsProps) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const handleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    onTab(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="kompas-tabs" role="tablist" aria-label={t('panel.tabs.label')}>
      {tabs.map((name) => (
        <button
          key={name}
          ref={(element) => {
            refs.current[name] = element;
          }}
          type="button"
          role="tab"
          id={tabId(name)}
          aria-selected={tab === name}
          aria-controls={tab === name ? tabPanelId(name) : undefined}
          tabIndex={tab === name ? 0 : -1}
          className={tab === name ? 'is-active' : ''}
          onClick={() => onTab(name)}
          onKeyDown={handleKey}
          data-testid={`${name}-tab`}
        >
          {t(tabLabelKey(name))}
        </button>
      ))}
    </div>
  );
}
