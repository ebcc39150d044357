import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAdjustment, DiffBecause, FieldChange, PlanDiff } from '@kompas/domain';
import { decisionLine } from '../../audit/utils/decision-line';
import { entryIsOf, type DiffEntryOf, type DiffSelection } from '../utils/diff-selection';

export type DiffListProps = {
  diff: PlanDiff;
  /** Every node's title the list may name, by id. */
  titles: ReadonlyMap<string, string>;
  /** What is chosen on the map: its entries are marked and scrolled into view. */
  selection: DiffSelection | null;
  /** An entry's title chosen: show that node or link on the map. */
  onShow: (selection: DiffSelection) => void;
};

/**
 * Every change between the two moments, by kind, each with the decision or reason behind it. The entries
 * of what is chosen on the map are marked and scrolled into view; an entry's title shows it on the map.
 */
export function DiffList({ diff, titles, selection, onShow }: DiffListProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const name = (id: string) => titles.get(id) ?? id;
  const linkWords = (l: { source: string; target: string }) => t('diff.linkWords', { source: name(l.source), target: name(l.target) });
  const marked = (entry: DiffEntryOf) => (entryIsOf(entry, selection) ? { className: 'is-selected', 'aria-current': true } : {});

  useEffect(() => {
    // The first of the chosen thing's entries, scrolled into view within the list (not the page around it).
    list.current?.querySelector('.is-selected')?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  return (
    <div className="kompas-diff__list" ref={list} data-testid="diff-list">
      <Section title={t('diff.nodesAdded')} count={diff.nodes.added.length} testId="diff-nodes-added">
        {diff.nodes.added.map((n) => (
          <li key={n.id} {...marked({ node: n.id })}>
            <Show onShow={onShow} of={{ type: 'node', id: n.id }}>
              <Glyph of="+" />
              {t(`kind.${n.kind}`)}: <strong>{n.title}</strong>
            </Show>
            <Because because={n.because} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.nodesRemoved')} count={diff.nodes.removed.length} testId="diff-nodes-removed">
        {diff.nodes.removed.map((n) => (
          <li key={n.id} {...marked({ node: n.id })}>
            <Show onShow={onShow} of={{ type: 'node', id: n.id }}>
              <Glyph of="−" />
              {t(`kind.${n.kind}`)}: <s>{n.title}</s>
            </Show>
            <Because because={n.because} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.nodesChanged')} count={diff.nodes.changed.length} testId="diff-nodes-changed">
        {diff.nodes.changed.map((n) => (
          <li key={n.id} {...marked({ node: n.id })}>
            <Show onShow={onShow} of={{ type: 'node', id: n.id }}>
              <Glyph of="✎" />
              {t(`kind.${n.kind}`)}: <strong>{n.title}</strong>
            </Show>
            <Because because={n.because} />
            <Fields fields={n.fields} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.linksAdded')} count={diff.links.added.length} testId="diff-links-added">
        {diff.links.added.map((l) => (
          <li key={l.id} {...marked({ link: l })}>
            <Show onShow={onShow} of={{ type: 'link', id: l.id }}>
              <Glyph of="+" />
              {linkWords(l)}
            </Show>
            <Because because={l.because} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.linksRemoved')} count={diff.links.removed.length} testId="diff-links-removed">
        {diff.links.removed.map((l) => (
          <li key={l.id} {...marked({ link: l })}>
            <Show onShow={onShow} of={{ type: 'link', id: l.id }}>
              <Glyph of="−" />
              <s>{linkWords(l)}</s>
            </Show>
            <Because because={l.because} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.linksChanged')} count={diff.links.changed.length} testId="diff-links-changed">
        {diff.links.changed.map((l) => (
          <li key={l.id} {...marked({ link: l })}>
            <Show onShow={onShow} of={{ type: 'link', id: l.id }}>
              <Glyph of="✎" />
              {linkWords(l)}
            </Show>
            <Because because={l.because} />
            <Fields fields={l.fields} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.priorities')} count={diff.priorities.length} testId="diff-priorities">
        {diff.priorities.map((p) => (
          <li key={p.focusAreaId} {...marked({ node: p.focusAreaId })}>
            <Show onShow={onShow} of={{ type: 'node', id: p.focusAreaId }}>
              <Glyph of="↕" />
              {t('diff.priorityMoved', { title: p.title, from: p.from, to: p.to })}
            </Show>
            <Because because={p.because} />
          </li>
        ))}
      </Section>
      <Section title={t('diff.targets')} count={diff.targets.length} testId="diff-targets">
        {diff.targets.map((x) => (
          <li key={`${x.indicatorId}-${x.period}`} {...marked({ node: x.indicatorId })}>
            <Show onShow={onShow} of={{ type: 'node', id: x.indicatorId }}>
              <Glyph of="✎" />
              {t(`diff.target.${x.change}`, {
                title: x.title,
                period: x.period === 'longTerm' ? t('diff.longTerm') : x.period,
                from: show(x.from),
                to: show(x.to),
              })}
            </Show>
            <Because because={x.because} />
          </li>
        ))}
      </Section>
    </div>
  );
}

/** The shape before an entry (its section's heading says it in words). */
const Glyph = ({ of }: { of: string }) => <span aria-hidden="true">{of} </span>;

/** An entry's title as a button that shows what it names on the map. */
function Show({ of, onShow, children }: { of: DiffSelection; onShow: (of: DiffSelection) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="is-link kompas-diff__show" onClick={() => onShow(of)} data-testid="diff-show">
      {children}
      <span className="kompas-visually-hidden"> {t('diff.showOnMap')}</span>
    </button>
  );
}

function Because({ because }: { because: DiffBecause | null }) {
  const { t } = useTranslation();
  if (!because) return <span className="kompas-muted"> — {t('diff.noReason')}</span>;
  const parts: string[] = [];
  if (because.adjustment) parts.push(decisionLine(because.adjustment.decision as AuditAdjustment['decision'], t));
  if (because.reason) parts.push(`“${because.reason}”`);
  return <span className="kompas-diff__because"> — {parts.length ? parts.join(' · ') : t('diff.noReason')}</span>;
}

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function Fields({ fields }: { fields: FieldChange[] }) {
  const { t } = useTranslation();
  return (
    <ul className="kompas-diff__fields">
      {fields.map((f) => (
        <li key={f.field}>
          {t('diff.field', { field: t(`diff.fields.${f.field}`, { defaultValue: f.field }), from: show(f.from), to: show(f.to) })}
        </li>
      ))}
    </ul>
  );
}

/** One kind of change, with how many; left out when there is none of it. */
function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="kompas-diff__section" data-testid={testId}>
      <h3>
        {title} ({count})
      </h3>
      <ul>{children}</ul>
    </section>
  );
}
