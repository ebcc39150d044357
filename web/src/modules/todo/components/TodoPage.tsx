import { useId, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentPlan } from '@kompas/domain';
import { formatDate, formatDateTime, todayIso } from '../../../i18n/format';
import { usePlans } from '../../api/hooks';
import type { DueIndicator, DueList, UnreadComment } from '../../api/types';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { useDue } from '../hooks/use-due';
import { commentsLink, recordLink } from '../utils/todo-links';

/** Due or overdue, in a word and a shape, never colour alone. */
export function DueState({ state }: { state: DueIndicator['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={`kompas-due kompas-due--${state}`} data-testid="todo-state">
      <span aria-hidden="true">{state === 'overdue' ? '!' : '◷'}</span> {t(`todo.state.${state}`)}
    </span>
  );
}

function IndicatorTable({ planId, items, caption }: { planId: string; items: DueIndicator[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="kompas-todo__table" data-testid="todo-indicators">
      <caption className="kompas-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('todo.column.indicator')}</th>
          <th scope="col">{t('todo.column.measures')}</th>
          <th scope="col">{t('todo.column.owner')}</th>
          <th scope="col">{t('todo.column.responsible')}</th>
          <th scope="col">{t('todo.column.dueDate')}</th>
          <th scope="col">{t('todo.column.state')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.indicatorId} data-testid="todo-indicator" data-state={item.state}>
            <th scope="row">
              <Link {...recordLink(planId, item)} data-testid="todo-record-link" title={t('todo.record', { title: item.title })}>
                {item.title}
              </Link>
              <span className="kompas-todo__period">{t('todo.period', { code: item.period.code })}</span>
            </th>
            <td>
              <span className="kompas-muted">{t(`kind.${item.measures.kind}`)}:</span> {item.measures.title}
            </td>
            <td>{item.owner.name}</td>
            <td>{item.responsible?.name ?? <span className="kompas-muted">{t('todo.noResponsible')}</span>}</td>
            <td>
              <time dateTime={item.dueDate}>{formatDate(item.dueDate, i18n.language)}</time>
            </td>
            <td>
              <DueState state={item.state} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CommentList({ planId, items, label }: { planId: string; items: UnreadComment[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="kompas-todo__comments" aria-label={label} data-testid="todo-comments">
      {items.map((c) => (
        <li key={c.commentId} data-testid="todo-comment">
          <p className="kompas-comment__meta">
            <Link {...commentsLink(planId, c)} data-testid="todo-comment-link">
              {c.nodeTitle}
            </Link>{' '}
            <span className="kompas-muted">({t(`kind.${c.nodeKind}`)})</span> · <strong>{c.author.name}</strong> ·{' '}
            <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, i18n.language)}</time>
          </p>
          <p className="kompas-comment__body">{c.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}

/** One list: its indicators, then its comments, each with its own empty state. */
function DueSection({ planId, mine }: { planId: string; mine: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const due = useDue(planId, mine);
  const which = mine ? 'mine' : 'all';
  let body;
  if (due.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (due.isError) body = <LoadFailed title={t('todo.loadFailed')} error={due.error} onRetry={() => void due.refetch()} />;
  else body = <DueLists planId={planId} list={due.data} which={which} />;
  return (
    <section className="kompas-todo__section" aria-labelledby={headingId} data-testid={`todo-${which}`}>
      <h2 id={headingId}>{t(`todo.${which}.title`)}</h2>
      <p className="kompas-muted">{t(`todo.${which}.intro`)}</p>
      {body}
    </section>
  );
}

function DueLists({ planId, list, which }: { planId: string; list: DueList; which: 'mine' | 'all' }) {
  const { t } = useTranslation();
  const overdue = list.indicators.filter((i) => i.state === 'overdue').length;
  return (
    <>
      <h3>{t('todo.indicators')}</h3>
      {list.indicators.length ? (
        <>
          <p className="kompas-muted" data-testid="todo-counts">
            {t('todo.counts', { overdue, due: list.indicators.length - overdue })}
          </p>
          <IndicatorTable planId={planId} items={list.indicators} caption={t(`todo.${which}.title`)} />
        </>
      ) : (
        <p className="kompas-todo__empty" data-testid="todo-indicators-empty">
          {t(`todo.${which}.noIndicators`)}
        </p>
      )}
      <h3>{t('todo.comments')}</h3>
      {list.comments.length ? (
        <CommentList planId={planId} items={list.comments} label={t('todo.comments')} />
      ) : (
        <p className="kompas-todo__empty" data-testid="todo-comments-empty">
          {t(`todo.${which}.noComments`)}
        </p>
      )}
    </>
  );
}

/**
 * "Til opfølgning": what is waiting on a plan — indicators whose data is due or overdue, and
 * comments not yet read — the signed-in user's own list first, then the whole plan's. Each
 * indicator is one click from its recording form on the map; each comment from its node's comments.
 */
export function TodoPage() {
  const { t, i18n } = useTranslation();
  const plans = usePlans();
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  const plan = plans.data ? (plans.data.find((p) => p.id === chosen) ?? currentPlan(plans.data, todayIso())) : null;

  let body;
  if (plans.isPending) body = <StateMessage tone="loading" title={t('common.loading')} />;
  else if (plans.isError) body = <LoadFailed title={t('todo.loadFailed')} error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (!plan) body = <StateMessage title={t('todo.noPlan')} />;
  else
    body = (
      <>
        <div className="kompas-todo__plan">
          {plans.data.length > 1 ? (
            <div className="kompas-field">
              <label htmlFor={selectId}>{t('todo.plan')}</label>
              <select id={selectId} value={plan.id} onChange={(e) => setChosen(e.target.value)} data-testid="todo-plan">
                {plans.data.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p>
              {t('todo.plan')}: <strong>{plan.title}</strong>
            </p>
          )}
          <p className="kompas-muted">{t('todo.today', { date: formatDate(todayIso(), i18n.language) })}</p>
        </div>
        <DueSection key={`mine-${plan.id}`} planId={plan.id} mine />
        <DueSection key={`all-${plan.id}`} planId={plan.id} mine={false} />
      </>
    );

  return (
    <PageShell current="todo">
      <div className="kompas-admin kompas-todo" data-testid="todo-page">
        <h1>{t('todo.title')}</h1>
        {body}
      </div>
    </PageShell>
  );
}
