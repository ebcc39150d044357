import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ReasonField } from '../../common/components/ReasonField';
import { can, type PlanGraph } from '@kompas/domain';
import { formatDateTime, todayIso } from '../../../i18n/format';
import { ApiRequestError } from '../../api/client';
import { useCommittees, usePlanGraph } from '../../api/hooks';
import { DecisionFields } from '../../assessments/components/DecisionFields';
import { councilNameOf } from '../../assessments/utils/default-committee';
import { decisionOf, decisionProblems, type DecisionDraft, fieldProblems } from '../../assessments/utils/decision';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { HealthBadge } from '../../health';
import {
  useApplyScenario,
  useDiscardScenario,
  useForgetOpenScenarios,
  useOpenScenarios,
  useScenario,
  useScenarioPreview,
  useStageChanges,
  useStartScenario,
} from '../hooks/use-scenario';
import type { ScenarioPreview, StagedChangeInput } from '../types';
import { findingMoves, healthMoves, scoreMoves } from '../utils/compare';
import { changeOf, describeChange, drawnLinks, EMPTY_DRAFT, linkTargets, STAGE_KINDS, stagedFrom, type StageDraft } from '../utils/staging';
import '../what-if.css';

export type WhatIfPageProps = { planId: string; /** The scenario the address names, to carry on with. */ scenarioId?: string };

/**
 * "Hvad nu hvis?": a director or committee member stages changes in a private scenario — stop an
 * action or set it adjusting, move a priority, add or remove a link, change a target — and sees
 * the plan now and with them side by side, then applies them as a decision or throws them away.
 */
export function WhatIfPage({ planId, scenarioId }: WhatIfPageProps) {
  const { t } = useTranslation();
  const graph = usePlanGraph(planId);
  const principal = usePrincipal();
  let body;
  if (graph.error) body = <LoadFailed title={t('whatIf.loadFailed')} error={graph.error} onRetry={() => void graph.refetch()} />;
  else if (graph.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (!can(principal, { do: 'stageScenarios' })) body = <StateMessage title={t('whatIf.notAllowed')} />;
  else body = <WhatIf planId={planId} graph={graph.data} scenarioId={scenarioId ?? null} />;
  return (
    <PageShell current="map">
      <div className="kompas-page kompas-what-if" data-testid="what-if-page">
        <p>
          <Link to="/plans/$planId" params={{ planId }}>
            ← {t('whatIf.backToMap')}
          </Link>
        </p>
        <h1>{t('whatIf.title')}</h1>
        <p className="kompas-muted">{t('whatIf.intro')}</p>
        {body}
      </div>
    </PageShell>
  );
}

function WhatIf({ planId, graph, scenarioId }: { planId: string; graph: PlanGraph; scenarioId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [done, setDone] = useState<string | null>(null);
  const stored = useScenario(scenarioId);
  const forgetOpen = useForgetOpenScenarios(planId);
  /** Keeps the scenario in the address, so a reload carries on with it. */
  const openScenario = useCallback(
    (id: string | null) =>
      void navigate({ to: '/plans/$planId/what-if', params: { planId }, search: id ? { scenario: id } : {}, replace: true }),
    [navigate, planId],
  );
  const gone = stored.error instanceof ApiRequestError && stored.error.status === 404;
  // Applied or thrown away elsewhere: say so once, and start fresh.
  const goneHandled = useRef<string | null>(null);
  useEffect(() => {
    if (!gone || goneHandled.current === scenarioId) return;
    goneHandled.current = scenarioId;
    void forgetOpen().then(() => {
      setDone(t('whatIf.gone'));
      openScenario(null);
    });
  }, [gone, scenarioId, forgetOpen, openScenario, t]);

  if (!scenarioId || gone)
    return (
      <StartScenario
        planId={planId}
        done={done}
        onOpen={(id) => {
          setDone(null);
          openScenario(id);
        }}
      />
    );
  if (stored.error) return <LoadFailed title={t('whatIf.scenarioFailed')} error={stored.error} onRetry={() => void stored.refetch()} />;
  if (!stored.data) return <StateMessage tone="loading" title={t('common.loading')} />;
  return (
    <StagedScenario
      planId={planId}
      graph={graph}
      scenarioId={scenarioId}
      changes={stagedFrom(stored.data.changes)}
      onFinish={(message) => {
        setDone(message);
        void forgetOpen();
        openScenario(null);
      }}
    />
  );
}

/**
 * Before a scenario is open: starts one, or — when the reader has scenarios open on the plan — offers
 * to carry on with the newest or start over, never picking for them.
 */
function StartScenario({ planId, done, onOpen }: { planId: string; done: string | null; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const open = useOpenScenarios(planId, true);
  const start = useStartScenario(planId);
  const newest = open.data?.[0];
  const discard = useDiscardScenario(newest?.id ?? null);
  const begin = () => start.mutate(undefined, { onSuccess: ({ id }) => onOpen(id) });
  const error = start.error ?? discard.error;
  return (
    <section aria-labelledby="what-if-start">
      {done && (
        <p role="status" className="kompas-what-if__done" data-testid="what-if-done">
          {done}
        </p>
      )}
      <h2 id="what-if-start" className="kompas-visually-hidden">
        {t('whatIf.start')}
      </h2>
      {open.isPending ? (
        <StateMessage tone="loading" title={t('common.loading')} />
      ) : newest ? (
        <div className="kompas-what-if__resume" role="region" aria-label={t('whatIf.resumeTitle')} data-testid="what-if-resume">
          <p>
            {t('whatIf.resume', {
              date: formatDateTime(newest.createdAt, i18n.language),
              count: newest.changeCount,
            })}
          </p>
          <div className="kompas-dialog__buttons">
            <button
              type="button"
              data-testid="what-if-start-over"
              disabled={start.isPending || discard.isPending}
              onClick={() => discard.mutate(undefined, { onSuccess: begin })}
            >
              {t('whatIf.startOver')}
            </button>
            <button type="button" className="is-primary" data-testid="what-if-continue" onClick={() => onOpen(newest.id)}>
              {t('whatIf.continue')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="is-primary" disabled={start.isPending} data-testid="what-if-start" onClick={begin}>
          {t('whatIf.start')}
        </button>
      )}
      {error && (
        <p role="alert" className="kompas-field__error">
          {apiErrorMessage(error, t)}
        </p>
      )}
    </section>
  );
}

/** An open scenario: the staging form, the staged list, now beside the scenario, and applying or throwing it away. */
function StagedScenario(props: {
  planId: string;
  graph: PlanGraph;
  scenarioId: string;
  changes: StagedChangeInput[];
  onFinish: (message: string) => void;
}) {
  const { planId, graph, scenarioId, changes, onFinish } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [applying, setApplying] = useState(false);
  const stage = useStageChanges(scenarioId);
  const preview = useScenarioPreview(scenarioId, lang);
  const discard = useDiscardScenario(scenarioId);
  const restage = (next: StagedChangeInput[]) => stage.mutate(next);
  const finish = (message: string) => {
    setApplying(false);
    onFinish(message);
  };

  return (
    <>
      <StageForm graph={graph} onStage={(change) => restage([...changes, change])} pending={stage.isPending} />
      {stage.isError && (
        <p role="alert" className="kompas-field__error" data-testid="what-if-stage-error">
          {apiErrorMessage(stage.error, t)}
        </p>
      )}
      <section aria-labelledby="what-if-staged">
        <h2 id="what-if-staged">{t('whatIf.staged')}</h2>
        {changes.length === 0 ? (
          <p className="kompas-muted">{t('whatIf.nothingStaged')}</p>
        ) : (
          <ol data-testid="what-if-staged">
            {changes.map((c, i) => (
              <li key={i}>
                {describeChange(c, graph, t)}{' '}
                <button type="button" onClick={() => restage(changes.filter((_, j) => j !== i))} disabled={stage.isPending}>
                  {t('whatIf.unstage')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="what-if-compare">
        <h2 id="what-if-compare">{t('whatIf.compare')}</h2>
        {preview.error ? (
          <LoadFailed title={t('whatIf.previewFailed')} error={preview.error} onRetry={() => void preview.refetch()} />
        ) : !preview.data ? (
          <StateMessage tone="loading" title={t('common.loading')} />
        ) : (
          <Comparison preview={preview.data} graph={graph} />
        )}
      </section>
      <div className="kompas-dialog__buttons">
        <button
          type="button"
          data-testid="what-if-discard"
          disabled={discard.isPending}
          onClick={() => discard.mutate(undefined, { onSuccess: () => finish(t('whatIf.discarded')) })}
        >
          {t('whatIf.discard')}
        </button>
        <button
          type="button"
          className="is-primary"
          data-testid="what-if-apply"
          disabled={!changes.length}
          onClick={() => setApplying(true)}
        >
          {t('whatIf.apply')}
        </button>
      </div>
      {discard.isError && (
        <p role="alert" className="kompas-field__error">
          {apiErrorMessage(discard.error, t)}
        </p>
      )}
      {applying && (
        <ApplyDialog
          planId={planId}
          scenarioId={scenarioId}
          graph={graph}
          onClose={() => setApplying(false)}
          onApplied={() => finish(t('whatIf.applied'))}
        />
      )}
    </>
  );
}

function StageForm({ graph, onStage, pending }: { graph: PlanGraph; onStage: (c: StagedChangeInput) => void; pending: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<StageDraft>(EMPTY_DRAFT);
  const set = (patch: Partial<StageDraft>) => setDraft({ ...draft, ...patch });
  const change = changeOf(draft, graph);
  const nodesOf = (kind: string) => graph.nodes.filter((n) => n.kind === kind);
  const title = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)?.title ?? '';
  const choices =
    draft.kind === 'stopAction' || draft.kind === 'adjustAction'
      ? nodesOf('action').map((n) => ({ id: n.id, label: n.title }))
      : draft.kind === 'moveFocusArea'
        ? nodesOf('focusArea').map((n) => ({ id: n.id, label: n.title }))
        : draft.kind === 'removeLink'
          ? drawnLinks(graph).map((e) => ({ id: e.id, label: `${title(e.source)} → ${title(e.target)}` }))
          : draft.kind === 'addLink'
            ? [...nodesOf('action'), ...nodesOf('focusArea')].map((n) => ({ id: n.id, label: n.title }))
            : nodesOf('indicator').map((n) => ({ id: n.id, label: n.title }));
  return (
    <form
      className="kompas-what-if__form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!change) return;
        onStage(change);
        setDraft({ ...EMPTY_DRAFT, kind: draft.kind });
      }}
    >
      <h2 id={`${id}-title`}>{t('whatIf.stageTitle')}</h2>
      <div className="kompas-field">
        <label htmlFor={`${id}-kind`}>{t('whatIf.kindLabel')}</label>
        <select
          id={`${id}-kind`}
          value={draft.kind}
          data-testid="what-if-kind"
          onChange={(e) => setDraft({ ...EMPTY_DRAFT, kind: e.target.value as StageDraft['kind'] })}
        >
          {STAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`whatIf.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-field">
        <label htmlFor={`${id}-node`}>{t(`whatIf.which.${draft.kind}`)}</label>
        <select
          id={`${id}-node`}
          value={draft.nodeId}
          data-testid="what-if-node"
          onChange={(e) => set({ nodeId: e.target.value, otherId: '' })}
        >
          <option value="">{t('whatIf.choose')}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'moveFocusArea' && (
        <div className="kompas-field">
          <label htmlFor={`${id}-rank`}>{t('whatIf.rank')}</label>
          <input id={`${id}-rank`} type="number" min={1} value={draft.rank} onChange={(e) => set({ rank: e.target.value })} />
        </div>
      )}
      {draft.kind === 'addLink' && (
        <div className="kompas-field">
          <label htmlFor={`${id}-other`}>{t('whatIf.linkTo')}</label>
          <select id={`${id}-other`} value={draft.otherId} onChange={(e) => set({ otherId: e.target.value })}>
            <option value="">{t('whatIf.choose')}</option>
            {linkTargets(graph, draft.nodeId).map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'changeTarget' && (
        <>
          <div className="kompas-field">
            <label htmlFor={`${id}-period`}>{t('whatIf.period')}</label>
            <input id={`${id}-period`} value={draft.period} placeholder="2027" onChange={(e) => set({ period: e.target.value })} />
          </div>
          <div className="kompas-field">
            <label htmlFor={`${id}-value`}>{t('whatIf.targetValue')}</label>
            <input id={`${id}-value`} inputMode="decimal" value={draft.value} onChange={(e) => set({ value: e.target.value })} />
          </div>
        </>
      )}
      <button type="submit" disabled={!change || pending} data-testid="what-if-stage">
        {t('whatIf.stage')}
      </button>
    </form>
  );
}

function Comparison({ preview, graph }: { preview: ScenarioPreview; graph: PlanGraph }) {
  const { t } = useTranslation();
  const moves = healthMoves(preview, graph);
  const { gained, lost } = findingMoves(preview);
  const title = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)?.title ?? nodeId;
  const scores = [
    ...scoreMoves(preview.now.scores, preview.scenario.scores, 'committees'),
    ...scoreMoves(preview.now.scores, preview.scenario.scores, 'aimingPoints'),
  ];
  return (
    <div className="kompas-what-if__compare" data-testid="what-if-compare">
      <h3>{t('whatIf.healthTitle')}</h3>
      {moves.length === 0 ? (
        <p className="kompas-muted" data-testid="what-if-no-health-change">
          {t('whatIf.noHealthChange')}
        </p>
      ) : (
        <table className="kompas-table" data-testid="what-if-health">
          <thead>
            <tr>
              <th scope="col">{t('whatIf.node')}</th>
              <th scope="col">{t('whatIf.now')}</th>
              <th scope="col">{t('whatIf.scenario')}</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => (
              <tr key={m.node.id} data-node-id={m.node.id}>
                <th scope="row">
                  <span className="kompas-muted">{t(`kind.${m.node.kind}`)}</span> {m.node.title}
                </th>
                <td data-side="now">
                  <HealthBadge health={m.now} />
                </td>
                <td data-side="scenario">
                  <HealthBadge health={m.scenario} explanation={m.explanation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('whatIf.findingsTitle')}</h3>
      {gained.length === 0 && lost.length === 0 ? (
        <p className="kompas-muted">{t('whatIf.noFindingChange')}</p>
      ) : (
        <ul data-testid="what-if-findings">
          {gained.map((f) => (
            <li key={`+${f.code}/${f.nodeId}`}>
              {t('whatIf.gained')}: {t(`overview.codes.${f.code}`)} – {title(f.nodeId)}
            </li>
          ))}
          {lost.map((f) => (
            <li key={`-${f.code}/${f.nodeId}`}>
              {t('whatIf.lost')}: {t(`overview.codes.${f.code}`)} – {title(f.nodeId)}
            </li>
          ))}
        </ul>
      )}
      {scores.length > 0 && (
        <>
          <h3>{t('whatIf.scoresTitle')}</h3>
          <table className="kompas-table" data-testid="what-if-scores">
            <thead>
              <tr>
                <th scope="col">{t('whatIf.node')}</th>
                <th scope="col">{t('whatIf.now')}</th>
                <th scope="col">{t('whatIf.scenario')}</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{title(s.id)}</th>
                  <td>{s.now ?? '–'}</td>
                  <td>{s.scenario ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function ApplyDialog(props: { planId: string; scenarioId: string; graph: PlanGraph; onClose: () => void; onApplied: () => void }) {
  const { planId, scenarioId, graph, onClose, onApplied } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const committees = useCommittees(planId);
  const apply = useApplyScenario(scenarioId, planId);
  const [draft, setDraft] = useState<DecisionDraft>({ decidedBy: 'committee', committeeId: '', decidedAt: todayIso(), caseNumber: '' });
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  const problems = { ...fieldProblems(apply.error, t), ...(checked ? decisionProblems(draft, reason, t) : {}) };
  const submit = () => {
    setChecked(true);
    if (Object.keys(decisionProblems(draft, reason, t)).length) return;
    apply.mutate({ decision: decisionOf(draft), reason: reason.trim() }, { onSuccess: onApplied });
  };
  return (
    <dialog
      ref={ref}
      className="kompas-dialog kompas-dialog--wide"
      aria-labelledby={titleId}
      data-testid="what-if-apply-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('whatIf.applyTitle')}</h2>
      <p>{t('whatIf.applyIntro')}</p>
      <ReasonField
        id={reasonId}
        value={reason}
        onChange={setReason}
        label={t('whatIf.reason')}
        required
        error={problems['reason']}
        testId="what-if-reason"
      />
      <DecisionFields
        value={draft}
        onChange={setDraft}
        committees={committees.data ?? []}
        councilName={councilNameOf(graph)}
        problems={problems}
      />
      {apply.isError && (
        <p className="kompas-field__error" role="alert" data-testid="what-if-apply-error">
          {apiErrorMessage(apply.error, t)}
        </p>
      )}
      <div className="kompas-dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="is-primary" onClick={submit} disabled={apply.isPending} data-testid="what-if-apply-save">
          {t('whatIf.applySave')}
        </button>
      </div>
    </dialog>
  );
}
