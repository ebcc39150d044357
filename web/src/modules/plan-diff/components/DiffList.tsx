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
  useEffect(() => {
    // The first of the chosen thing's entries, scrolled into view within the list (not the page around it).
    list.current?.querySelector('.is-selected')?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  const entry = { selection, onShow };
  return (
    <div className="kompas-diff__list" ref={list} data-testid="diff-list">
      <Section title={t('diff.nodesAdded')} count={diff.nodes.added.length} testId="diff-nodes-added">
        {diff.nodes.added.map((n) => (
          <Entry key={n.id} {...entry} of={{ node: n.id }} glyph="+" because={n.because}>
            {t(`kind.${n.kind}`)}: <strong>{n.title}</strong>
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.nodesRemoved')} count={diff.nodes.removed.length} testId="diff-nodes-removed">
        {diff.nodes.removed.map((n) => (
          <Entry key={n.id} {...entry} of={{ node: n.id }} glyph="−" because={n.because}>
            {t(`kind.${n.kind}`)}: <s>{n.title}</s>
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.nodesChanged')} count={diff.nodes.changed.length} testId="diff-nodes-changed">
        {diff.nodes.changed.map((n) => (
          <Entry key={n.id} {...entry} of={{ node: n.id }} glyph="✎" because={n.because} fields={n.fields}>
            {t(`kind.${n.kind}`)}: <strong>{n.title}</strong>
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.linksAdded')} count={diff.links.added.length} testId="diff-links-added">
        {diff.links.added.map((l) => (
          <Entry key={l.id} {...entry} of={{ link: l }} glyph="+" because={l.because}>
            {linkWords(l)}
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.linksRemoved')} count={diff.links.removed.length} testId="diff-links-removed">
        {diff.links.removed.map((l) => (
          <Entry key={l.id} {...entry} of={{ link: l }} glyph="−" because={l.because}>
            <s>{linkWords(l)}</s>
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.linksChanged')} count={diff.links.changed.length} testId="diff-links-changed">
        {diff.links.changed.map((l) => (
          <Entry key={l.id} {...entry} of={{ link: l }} glyph="✎" because={l.because} fields={l.fields}>
            {linkWords(l)}
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.priorities')} count={diff.priorities.length} testId="diff-priorities">
        {diff.priorities.map((p) => (
          <Entry key={p.focusAreaId} {...entry} of={{ node: p.focusAreaId }} glyph="↕" because={p.because}>
            {t('diff.priorityMoved', { title: p.title, from: p.from, to: p.to })}
          </Entry>
        ))}
      </Section>
      <Section title={t('diff.targets')} count={diff.targets.length} testId="diff-targets">
        {diff.targets.map((x) => (
          <Entry key={`${x.indicatorId}-${x.period}`} {...entry} of={{ node: x.indicatorId }} glyph="✎" because={x.because}>
            {t(`diff.target.${x.change}`, {
              title: x.title,
              period: x.period === 'longTerm' ? t('diff.longTerm') : x.period,
              from: show(x.from),
              to: show(x.to),
            })}
          </Entry>
        ))}
      </Section>
    </div>
  );
}

/**
 * One entry: its title (with the shape of its kind of change) as a button that shows what it is about on the
 * map, the decision or reason behind it, and a changed row's fields; marked when what it is about is chosen.
 */
function Entry(props: {
  of: DiffEntryOf;
  selection: DiffSelection | null;
  onShow: (selection: DiffSelection) => void;
  glyph: string;
  because: DiffBecause | null;
  fields?: FieldChange[];
  children: ReactNode;
}) {
  const { of, selection, onShow, glyph, because, fields, children } = props;
  const marked = entryIsOf(of, selection) ? { className: 'is-selected', 'aria-current': true } : {};
  const shows: DiffSelection = 'node' in of ? { type: 'node', id: of.node } : { type: 'link', id: of.link.id };
  return (
    <li {...marked}>
      <Show onShow={onShow} of={shows}>
        <Glyph of={glyph} />
        {children}
      </Show>
      <Because because={because} />
      {fields && <Fields fields={fields} />}
    </li>
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
