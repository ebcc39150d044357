import { FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS, EvidenceKind, GraphNode, PlanGraph } from '@kompas/domain';
import { formatDate, todayIso } from '../../../i18n/format';
import { usePrincipal } from '../../auth/current-user';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useAddAssessment, useNodeAssessments } from '../hooks/use-assessments';
import { ASSESSMENT_STATUSES, Assessment, AssessmentStatus } from '../types';
import { decisionLine, fieldProblems, mayAssess } from '../utils/decision';
import { councilNameOf, defaultCommitteeOf } from '../utils/default-committee';
import { AssessmentStatusWord } from './AssessmentStatusWord';
import { DeclineDialog } from './DeclineDialog';

export type AssessmentsTabProps = {
  planId: string;
  node: GraphNode;
  graph: PlanGraph;
  committees: readonly { id: string; name: string }[];
};

/**
 * How a node is going, as people judged it ("Vurderinger"): its assessments newest first, each with its
 * evidence and any proposed adjustment and what became of it; a form to add one for whoever may assess;
 * and, on an open proposal, a way to decline it with its decision.
 */
export function AssessmentsTab({ planId, node, graph, committees }: AssessmentsTabProps) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const assessments = useNodeAssessments(node.id);
  const may = mayAssess(principal, node, graph);
  const [declining, setDeclining] = useState<Assessment | null>(null);
  const titles = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.title])), [graph]);

  return (
    <div className="kompas-assessments" data-testid="assessments-panel">
      {assessments.isPending && <p role="status">{t('common.loading')}</p>}
      {assessments.isError && <p role="alert">{apiErrorMessage(assessments.error, t)}</p>}
      {assessments.data &&
        (assessments.data.length ? (
          <ol className="kompas-assessments__list" aria-label={t('assessments.title')} data-testid="assessment-list">
            {assessments.data.map((a) => (
              <AssessmentItem
                key={a.id}
                assessment={a}
                titles={titles}
                councilName={councilNameOf(graph)}
                onDecline={may && a.proposal === 'open' ? () => setDeclining(a) : undefined}
              />
            ))}
          </ol>
        ) : (
          <p className="kompas-muted" data-testid="assessment-list">
            {t('assessments.none')}
          </p>
        ))}
      {may ? (
        <AssessmentForm planId={planId} node={node} graph={graph} />
      ) : (
        <p className="kompas-note" data-testid="assess-note">
          {t('assessments.mayNot')}
        </p>
      )}
      {declining && (
        <DeclineDialog
          planId={planId}
          assessment={declining}
          committees={committees}
          councilName={councilNameOf(graph)}
          defaultCommitteeId={defaultCommitteeOf(node, graph)}
          onClose={() => setDeclining(null)}
        />
      )}
    </div>
  );
}

type ItemProps = {
  assessment: Assessment;
  titles: ReadonlyMap<string, string>;
  councilName: string;
  onDecline?: () => void;
};

function AssessmentItem({ assessment: a, titles, councilName, onDecline }: ItemProps) {
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatDate(d, i18n.language);
  const indicators = a.evidence.indicatorIds.map((id) => titles.get(id) ?? t('assessments.unknownIndicator'));
  return (
    <li className="kompas-assessment" data-testid="assessment" data-status={a.status}>
      <p className="kompas-assessment__head">
        <time dateTime={a.date}>{date(a.date)}</time> <AssessmentStatusWord status={a.status} />{' '}
        <span className="kompas-muted">{t('assessments.by', { name: a.authorName })}</span>
      </p>
      <p className="kompas-assessment__reflection">{a.reflection}</p>
      {(indicators.length > 0 || a.evidence.kinds.length > 0 || a.evidence.observationIds.length > 0) && (
        <p className="kompas-assessment__evidence" data-testid="assessment-evidence">
          <span className="kompas-muted">{t('assessments.evidence')}:</span>{' '}
          {[
            ...indicators,
            ...a.evidence.kinds.map((k) => t(`evidence.${k}`)),
            ...(a.evidence.observationIds.length ? [t('assessments.observations', { count: a.evidence.observationIds.length })] : []),
          ].join(' · ')}
        </p>
      )}
      {a.proposedAdjustment && (
        <div className="kompas-assessment__proposal" data-testid="assessment-proposal" data-proposal={a.proposal}>
          <p>
            <span className="kompas-muted">{t('assessments.proposal')}:</span> {a.proposedAdjustment}{' '}
            <span className={`kompas-proposal kompas-proposal--${a.proposal}`} data-testid="proposal-state">
              <span aria-hidden="true">{a.proposal === 'open' ? '◌' : a.proposal === 'answered' ? '✓' : '⊘'}</span>{' '}
              {t(`assessments.proposalState.${a.proposal}`)}
            </span>
          </p>
          {a.declined && (
            <p className="kompas-muted" data-testid="proposal-declined">
              {t('assessments.declinedBy', {
                decision: decisionLine(a.declined.decision, councilName, t, date),
                reason: a.declined.reason,
              })}
            </p>
          )}
          {onDecline && (
            <button type="button" onClick={onDecline} data-testid="decline-proposal">
              {t('assessments.decline')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function AssessmentForm({ planId, node, graph }: { planId: string; node: GraphNode; graph: PlanGraph }) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const add = useAddAssessment(planId);
  const indicators = useMemo(() => graph.nodes.filter((n) => n.kind === 'indicator' && n.measuresId === node.id), [graph, node.id]);
  const [date, setDate] = useState(todayIso());
  const [status, setStatus] = useState<AssessmentStatus | ''>('');
  const [reflection, setReflection] = useState('');
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const [kinds, setKinds] = useState<EvidenceKind[]>([]);
  const [proposal, setProposal] = useState('');
  const [checked, setChecked] = useState(false);

  const local: Record<string, string> = {};
  if (checked && !/^\d{4}-\d{2}-\d{2}$/.test(date)) local['date'] = t('validation.is_calendar_date');
  if (checked && !status) local['status'] = t('assessments.chooseStatus');
  if (checked && !reflection.trim()) local['reflection'] = t('validation.required');
  const server = fieldProblems(add.error, t);
  const problems = { ...server, ...local };
  const shownFields = ['date', 'status', 'reflection', 'proposedAdjustment'];
  const unshown = add.isError && !Object.keys(server).some((f) => shownFields.includes(f) || f.startsWith('evidence'));
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !status || !reflection.trim()) return;
    add.mutate(
      {
        nodeId: node.id,
        date,
        status,
        reflection: reflection.trim(),
        evidence: { indicatorIds, observationIds: [], kinds },
        ...(proposal.trim() ? { proposedAdjustment: proposal.trim() } : {}),
      },
      {
        onSuccess: () => {
          toast.show('success', t('assessments.added'));
          setStatus('');
          setReflection('');
          setIndicatorIds([]);
          setKinds([]);
          setProposal('');
          setChecked(false);
        },
      },
    );
  };

  const error = (name: string) =>
    problems[name] ? (
      <p className="kompas-field__error" id={`${id}-${name}-error`} role="alert">
        {problems[name]}
      </p>
    ) : null;
  const described = (name: string) => (problems[name] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-error` } : {});

  return (
    <form className="kompas-assessments__form" onSubmit={handleSubmit} noValidate data-testid="assessment-form">
      <h3>{t('assessments.new')}</h3>
      <div className={`kompas-field${problems['date'] ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-date`}>{t('assessments.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          {...described('date')}
          data-testid="assessment-date"
        />
        {error('date')}
      </div>
      <fieldset className={`kompas-field kompas-choices${problems['status'] ? ' has-error' : ''}`}>
        <legend>{t('assessments.status')}</legend>
        {ASSESSMENT_STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-status`}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
              data-testid={`assessment-status-${s}`}
            />{' '}
            <AssessmentStatusWord status={s} />
          </label>
        ))}
        {error('status')}
      </fieldset>
      <div className={`kompas-field${problems['reflection'] ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-reflection`}>{t('assessments.reflection')}</label>
        <textarea
          id={`${id}-reflection`}
          rows={3}
          maxLength={4000}
          value={reflection}
          onChange={(e) => setReflection(e.target.value)}
          {...described('reflection')}
          data-testid="assessment-reflection"
        />
        {error('reflection')}
      </div>
      <fieldset className="kompas-field kompas-choices">
        <legend>{t('assessments.evidence')}</legend>
        {indicators.length > 0 && <p className="kompas-muted">{t('assessments.evidenceIndicators')}</p>}
        {indicators.map((i) => (
          <label key={i.id}>
            <input
              type="checkbox"
              checked={indicatorIds.includes(i.id)}
              onChange={() => setIndicatorIds(toggle(indicatorIds, i.id))}
              data-testid="evidence-indicator"
            />{' '}
            {i.title}
          </label>
        ))}
        <p className="kompas-muted">{t('assessments.evidenceKinds')}</p>
        {EVIDENCE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={() => setKinds(toggle(kinds, k))}
              data-testid={`evidence-kind-${k}`}
            />{' '}
            {t(`evidence.${k}`)}
          </label>
        ))}
        {error('evidence')}
      </fieldset>
      <div className={`kompas-field${problems['proposedAdjustment'] ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-proposal`}>{t('assessments.proposalOptional')}</label>
        <textarea
          id={`${id}-proposal`}
          rows={2}
          maxLength={4000}
          value={proposal}
          onChange={(e) => setProposal(e.target.value)}
          {...described('proposedAdjustment')}
          data-testid="assessment-proposal-input"
        />
        {error('proposedAdjustment')}
      </div>
      {unshown && (
        <p className="kompas-field__error" role="alert" data-testid="assessment-error">
          {apiErrorMessage(add.error, t)}
        </p>
      )}
      <button type="submit" className="is-primary" disabled={add.isPending} data-testid="assessment-submit">
        {add.isPending ? t('common.saving') : t('assessments.submit')}
      </button>
    </form>
  );
}
