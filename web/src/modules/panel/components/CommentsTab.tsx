import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, MAX_COMMENT } from '@kompas/domain';
import { useAddComment, useComments, useMarkCommentsRead } from '../../api/hooks';
import { usePrincipal } from '../../auth/current-user';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { formatDateTime } from '../../../i18n/format';

export type CommentsTabProps = { nodeId: string };

/**
 * Remarks on a node, oldest first, and a box to add one: anyone signed in may comment. Opening them
 * marks them read for the signed-in user, so they leave the user's follow-up list ("Til opfølgning").
 */
export function CommentsTab({ nodeId }: CommentsTabProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const principal = usePrincipal();
  const comments = useComments(nodeId);
  const add = useAddComment(nodeId);
  const { mutate: markRead } = useMarkCommentsRead(nodeId);
  const lastCommentId = comments.data?.at(-1)?.id ?? null;
  const marked = useRef<string | null>(null);
  useEffect(() => {
    // Once per newest comment seen: a failure only leaves the comment on the follow-up list.
    if (!lastCommentId || marked.current === lastCommentId) return;
    marked.current = lastCommentId;
    markRead(lastCommentId);
  }, [lastCommentId, markRead]);
  const [body, setBody] = useState('');
  const inputId = useId();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    add.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        toast.show('success', t('comments.added'));
      },
    });
  };

  return (
    <div className="kompas-comments">
      {comments.isPending && <p role="status">{t('common.loading')}</p>}
      {comments.isError && <p role="alert">{apiErrorMessage(comments.error, t)}</p>}
      {comments.data &&
        (comments.data.length ? (
          <ol className="kompas-comments__list" data-testid="comment-list" aria-label={t('panel.tabs.comments')}>
            {comments.data.map((c) => (
              <li key={c.id} className="kompas-comment" data-testid="comment">
                <p className="kompas-comment__meta">
                  <strong>{c.authorName}</strong> · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, i18n.language)}</time>
                </p>
                <p className="kompas-comment__body">{c.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="kompas-muted" data-testid="comment-list">
            {t('comments.none')}
          </p>
        ))}
      {can(principal, { do: 'comment' }) && (
        <form onSubmit={handleSubmit} noValidate className="kompas-comments__form">
          <div className={`kompas-field${add.isError ? ' has-error' : ''}`}>
            <label htmlFor={inputId}>{t('comments.new')}</label>
            <textarea
              id={inputId}
              rows={3}
              maxLength={MAX_COMMENT}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={add.isError ? true : undefined}
              aria-describedby={add.isError ? `${inputId}-error` : undefined}
              data-testid="comment-input"
            />
            {add.isError && (
              <p className="kompas-field__error" id={`${inputId}-error`} role="alert">
                {apiErrorMessage(add.error, t)}
              </p>
            )}
          </div>
          <button type="submit" className="is-primary" disabled={add.isPending || !body.trim()} data-testid="comment-submit">
            {add.isPending ? t('common.saving') : t('comments.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
