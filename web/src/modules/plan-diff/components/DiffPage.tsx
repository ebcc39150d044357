import { useId, useState, type ReactNode } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, type AuditAdjustment, type DiffBecause, type FieldChange, type NodeKind, type PlanDiff } from '@kompas/domain';
import { formatDate, todayIso } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { usePlanGraph } from '../../api/hooks';
import { decisionLine } from '../../audit/utils/decision-line';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { usePlanDiff, useRevisions, type Revision } from '../hooks';
import type { DiffSearch } from '../utils/diff-search';
import { AdoptRevisionDialog } from './AdoptRevisionDialog';
import { PastMapLink } from './PastMapLink';

type T = ReturnType<typeof useTranslation>['t'];
const KINDS: NodeKind[] = ['vision', 'aimingPoint', 'focusArea', 'action', 'indicator'];

/**
 * How the plan moved between two moments — two revisions, a revision and a date, or either and now:
 * nodes and links added, removed and changed, priorities moved, targets eased or tightened, each with
 * the decision or reason behind it, listed and drawn as a cascade with a legend.
 */
export function DiffPage({ planId, search }: { planId: string; search: DiffSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const principal = usePrincipal();
  const revisions = useRevisions(planId);
  const graph = usePlanGraph(planId);
  const from = search.from ?? '';
  const to = search.to ?? 'now';
  const diff = usePlanDiff(planId, from, to);
  const [adopting, setAdopting] = useState(false);
  const mayAdopt = can(principal, { do: 'adoptRevisions' });
  const vision = graph.data?.nodes.find((n) => n.kind === 'vision');

  const go = (next: DiffSearch) =>
    void navigate({ to: '/plans/$planId/diff', params: { planId }, search: { from: next.from || undefined, to: next.to || undefined } });

  let body: ReactNode;
  if (diff.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (diff.isError) {
    const words = diffErrorWords(diff.error, t);
    body = words ? (
      <p className="kompas-field__error" role="alert" data-testid="diff-error">
        {words}
      </p>
    ) : (
      <LoadFailed title={t('diff.loadFailed')} error={diff.error} onRetry={() => void diff.refetch()} />
    );
  } else if (!from && revisions.data?.length === 0 && !search.from) body = <StateMessage tone="info" title={t('diff.noRevisions')} />;
  else body = <DiffContent diff={diff.data} titles={titlesOf(diff.data, graph.data?.nodes ?? [])} />;

  return (
    <PageShell current="map">
      <div className="kompas-diff-page" data-testid="diff-page">
        <p className="kompas-admin__back">
          <Link to="/plans/$planId" params={{ planId }} data-testid="diff-back">
            ← {t('diff.backToMap', { plan: vision?.title ?? '' })}
          </Link>
        </p>
        <h1>{t('diff.title')}</h1>
        <div className="kompas-diff__sides">
          <SidePicker
            label={t('diff.from')}
            value={from}
            revisions={revisions.data ?? []}
            onChange={(v) => go({ from: v, to })}
            testId="diff-from"
            latestDefault
          />
          <PastMapLink
            planId={planId}
            side={from || (revisions.data?.[0]?.id ?? '')}
            revisions={revisions.data ?? []}
            testId="diff-from-map"
          />
          <SidePicker
            label={t('diff.to')}
            value={to}
            revisions={revisions.data ?? []}
            onChange={(v) => go({ from, to: v })}
            testId="diff-to"
          />
          <PastMapLink planId={planId} side={to} revisions={revisions.data ?? []} testId="diff-to-map" />
          {mayAdopt && (
            <button type="button" onClick={() => setAdopting(true)} data-testid="adopt-revision">
              {t('revisions.adopt')}
            </button>
          )}
        </div>
        {body}
        {adopting && <AdoptRevisionDialog planId={planId} onClose={() => setAdopting(false)} />}
      </div>
    </PageShell>
  );
}

/** One side: a revision from the list, a date, or now. */
function SidePicker(props: {
  label: string;
  value: string;
  revisions: Revision[];
  onChange: (value: string) => void;
  testId: string;
  latestDefault?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(props.value);
  const mode = isDate ? 'date' : props.value;
  return (
    <fieldset className="kompas-diff__side" data-testid={props.testId}>
      <legend>{props.label}</legend>
      <label htmlFor={`${id}-choice`} className="kompas-visually-hidden">
        {props.label}
      </label>
      <select
        id={`${id}-choice`}
        value={mode}
        onChange={(e) => props.onChange(e.target.value === 'date' ? todayIso() : e.target.value)}
        data-testid={`${props.testId}-choice`}
      >
        {props.latestDefault && <option value="">{t('revisions.latest')}</option>}
        <option value="now">{t('diff.now')}</option>
        <option value="date">{t('diff.aDate')}</option>
        {props.revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {t('revisions.option', { name: r.name, date: formatDate(r.decidedAt, i18n.language) })}
          </option>
        ))}
      </select>
      {isDate && (
        <>
          <label htmlFor={`${id}-date`}>{t('diff.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={props.value}
            max={todayIso()}
            onChange={(e) => e.target.value && props.onChange(e.target.value)}
            data-testid={`${props.testId}-date`}
          />
        </>
      )}
    </fieldset>
  );
}

/** The API's refusals of a side, in words: before the plan, in the future, an unknown revision. */
function diffErrorWords(error: unknown, t: T): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  const field = error.details[0]?.field;
  const side = field === 'from' ? t('diff.from') : field === 'to' ? t('diff.to') : '';
  if (error.status === 422 && error.code === 'before_plan') return t('diff.beforePlan');
  if (error.status === 404) return t('diff.unknownRevision');
  if (error.status === 400 && error.details[0]?.code === 'not_future') return t('diff.future', { side: side || t('diff.aSide') });
  if (error.status === 400) return t('diff.badSide', { side: side || t('diff.aSide') });
  return null;
}

/** Every node's title the diff may name: now's graph, then the removed ones. */
function titlesOf(diff: PlanDiff | undefined, nodes: readonly { id: string; title: string }[]): Map<string, string> {
  const titles = new Map(nodes.map((n) => [n.id, n.title]));
  for (const n of [...(diff?.nodes.added ?? []), ...(diff?.nodes.removed ?? []), ...(diff?.nodes.changed ?? [])]) titles.set(n.id, n.title);
  return titles;
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

function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="kompas-diff__section" data-testid={testId}>
      <h3>
        {title} ({count})
      </h3>
      {count === 0 ? <p className="kompas-muted">{t('diff.none')}</p> : <ul>{children}</ul>}
    </section>
  );
}

function DiffContent({ diff, titles }: { diff: PlanDiff; titles: Map<string, string> }) {
  const { t } = useTranslation();
  const total =
    diff.nodes.added.length +
    diff.nodes.removed.length +
    diff.nodes.changed.length +
    diff.links.added.length +
    diff.links.removed.length +
    diff.links.changed.length +
    diff.priorities.length +
    diff.targets.length;
  if (total === 0) return <StateMessage tone="info" title={t('diff.nothing')} />;
  const name = (id: string) => titles.get(id) ?? id;
  const linkWords = (l: { source: string; target: string }) => t('diff.linkWords', { source: name(l.source), target: name(l.target) });
  return (
    <>
      <DiffDrawing diff={diff} name={name} />
      <h2>{t('diff.listTitle')}</h2>
      <div className="kompas-diff__list" data-testid="diff-list">
        <Section title={t('diff.nodesAdded')} count={diff.nodes.added.length} testId="diff-nodes-added">
          {diff.nodes.added.map((n) => (
            <li key={n.id}>
              + {t(`kind.${n.kind}`)}: <strong>{n.title}</strong>
              <Because because={n.because} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.nodesRemoved')} count={diff.nodes.removed.length} testId="diff-nodes-removed">
          {diff.nodes.removed.map((n) => (
            <li key={n.id}>
              − {t(`kind.${n.kind}`)}: <s>{n.title}</s>
              <Because because={n.because} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.nodesChanged')} count={diff.nodes.changed.length} testId="diff-nodes-changed">
          {diff.nodes.changed.map((n) => (
            <li key={n.id}>
              ✎ {t(`kind.${n.kind}`)}: <strong>{n.title}</strong>
              <Because because={n.because} />
              <Fields fields={n.fields} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.linksAdded')} count={diff.links.added.length} testId="diff-links-added">
          {diff.links.added.map((l) => (
            <li key={l.id}>
              + {linkWords(l)}
              <Because because={l.because} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.linksRemoved')} count={diff.links.removed.length} testId="diff-links-removed">
          {diff.links.removed.map((l) => (
            <li key={l.id}>
              − <s>{linkWords(l)}</s>
              <Because because={l.because} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.linksChanged')} count={diff.links.changed.length} testId="diff-links-changed">
          {diff.links.changed.map((l) => (
            <li key={l.id}>
              ✎ {linkWords(l)}
              <Because because={l.because} />
              <Fields fields={l.fields} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.priorities')} count={diff.priorities.length} testId="diff-priorities">
          {diff.priorities.map((p) => (
            <li key={p.focusAreaId}>
              {t('diff.priorityMoved', { title: p.title, from: p.from, to: p.to })}
              <Because because={p.because} />
            </li>
          ))}
        </Section>
        <Section title={t('diff.targets')} count={diff.targets.length} testId="diff-targets">
          {diff.targets.map((x) => (
            <li key={`${x.indicatorId}-${x.period}`}>
              {t(`diff.target.${x.change}`, {
                title: x.title,
                period: x.period === 'longTerm' ? t('diff.longTerm') : x.period,
                from: show(x.from),
                to: show(x.to),
              })}
              <Because because={x.because} />
            </li>
          ))}
        </Section>
      </div>
    </>
  );
}

type Mark = 'added' | 'removed' | 'changed';

/**
 * The changed part of the cascade, by level (vision → indicators): each touched node as a card marked
 * added (+, solid outline), removed (a ghost: dashed outline, struck title, "fjernet") or changed (✎),
 * and each touched link between two named nodes; a legend says what the marks mean.
 */
function DiffDrawing({ diff, name }: { diff: PlanDiff; name: (id: string) => string }) {
  const { t } = useTranslation();
  const cards: { id: string; kind: NodeKind; title: string; mark: Mark }[] = [
    ...diff.nodes.added.map((n) => ({ id: n.id, kind: n.kind, title: n.title, mark: 'added' as const })),
    ...diff.nodes.removed.map((n) => ({ id: n.id, kind: n.kind, title: n.title, mark: 'removed' as const })),
    ...diff.nodes.changed.map((n) => ({ id: n.id, kind: n.kind, title: n.title, mark: 'changed' as const })),
    ...diff.priorities
      .filter((p) => !diff.nodes.changed.some((n) => n.id === p.focusAreaId))
      .map((p) => ({ id: p.focusAreaId, kind: 'focusArea' as const, title: p.title, mark: 'changed' as const })),
  ];
  const links: { id: string; source: string; target: string; mark: Mark }[] = [
    ...diff.links.added.map((l) => ({ ...l, mark: 'added' as const })),
    ...diff.links.removed.map((l) => ({ ...l, mark: 'removed' as const })),
    ...diff.links.changed.map((l) => ({ ...l, mark: 'changed' as const })),
  ];
  return (
    <figure className="kompas-diff__drawing" aria-labelledby="diff-drawing-title" data-testid="diff-drawing">
      <h2 id="diff-drawing-title">{t('diff.drawingTitle')}</h2>
      <DiffLegend />
      <div className="kompas-diff__levels">
        {KINDS.filter((k) => cards.some((c) => c.kind === k)).map((kind) => (
          <section key={kind} className="kompas-diff__level" aria-label={t(`kind.${kind}`)}>
            <h3>{t(`kind.${kind}`)}</h3>
            <ul>
              {cards
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <li key={`${c.mark}-${c.id}`} className={`kompas-diff__card is-${c.mark}`} data-testid={`diff-card-${c.mark}`}>
                    <MarkWord mark={c.mark} />
                    <span className="kompas-diff__card-title">{c.mark === 'removed' ? <s>{c.title}</s> : c.title}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      {links.length > 0 && (
        <section className="kompas-diff__level" aria-label={t('diff.links')}>
          <h3>{t('diff.links')}</h3>
          <ul>
            {links.map((l) => (
              <li
                key={`${l.mark}-${l.id}`}
                className={`kompas-diff__card kompas-diff__link is-${l.mark}`}
                data-testid={`diff-link-${l.mark}`}
              >
                <MarkWord mark={l.mark} />
                <span className="kompas-diff__card-title">
                  {l.mark === 'removed' ? (
                    <s>
                      {name(l.source)} → {name(l.target)}
                    </s>
                  ) : (
                    <>
                      {name(l.source)} → {name(l.target)}
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </figure>
  );
}

function MarkWord({ mark }: { mark: Mark }) {
  const { t } = useTranslation();
  const symbol = mark === 'added' ? '+' : mark === 'removed' ? '−' : '✎';
  return (
    <span className="kompas-diff__mark">
      <span aria-hidden="true">{symbol} </span>
      {t(`diff.mark.${mark}`)}
    </span>
  );
}

function DiffLegend() {
  const { t } = useTranslation();
  return (
    <ul className="kompas-diff__legend" aria-label={t('diff.legend')} data-testid="diff-legend">
      {(['added', 'removed', 'changed'] as const).map((mark) => (
        <li key={mark} className={`kompas-diff__card is-${mark}`}>
          <MarkWord mark={mark} />
          <span className="kompas-muted"> {t(`diff.legendWords.${mark}`)}</span>
        </li>
      ))}
    </ul>
  );
}
