import type { FieldError } from '@kompas/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { groupProblems, ProblemPlace } from '../utils/import-problems';

/** The lists of a plan document, in the order the document has them. */
export const DOCUMENT_LISTS = [
  'plan',
  'aimingPoints',
  'committees',
  'units',
  'focusAreas',
  'actions',
  'indicators',
  'observations',
  'links',
] as const;

/** "Udvalg nr. 3 › Navn": where a problem is, in words a reader of the document knows. */
export function placeInWords(place: ProblemPlace, t: TFunction): string {
  const parts: string[] = [];
  if (place.collection === null) parts.push(t('admin.import.wholeDocument'));
  else if (place.index === null) parts.push(t(`admin.import.list.${place.collection}`, { defaultValue: place.collection }));
  else
    parts.push(t(`admin.import.row.${place.collection}`, { n: place.index + 1, defaultValue: `${place.collection} ${place.index + 1}` }));
  if (place.field) {
    const [field, ...rest] = place.field.split('.');
    const name = t(`admin.field.${field}`, { defaultValue: t(`field.${field}`, { defaultValue: field }) });
    parts.push(
      rest.length && /^\d+$/.test(rest[0])
        ? `${name} ${Number(rest[0]) + 1}${rest[1] ? ` › ${t(`field.${rest[1]}`, { defaultValue: rest[1] })}` : ''}`
        : name,
    );
  }
  return parts.join(' › ');
}

export type ImportProblemsProps = { problems: readonly FieldError[] };

/** Every problem of a plan document at its field: where, what is wrong in the user's language, and the document's path for finding it in the file. */
export function ImportProblems({ problems }: ImportProblemsProps) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <section className="kompas-import-problems" aria-labelledby="import-problems-title" data-testid="import-problems">
      <h2 id="import-problems-title">{t('admin.import.problemsTitle', { count: problems.length })}</h2>
      <p>{t('admin.import.problemsIntro')}</p>
      {groupProblems(problems, DOCUMENT_LISTS).map((group) => (
        <div key={group.collection ?? ''} className="kompas-import-problems__group">
          <h3>
            {group.collection
              ? t(`admin.import.list.${group.collection}`, { defaultValue: group.collection })
              : t('admin.import.wholeDocument')}
          </h3>
          <ul>
            {group.problems.map((p, i) => (
              <li key={`${p.field}:${p.code}:${i}`} data-testid="import-problem" data-field={p.field}>
                <strong>{placeInWords(p.place, t)}</strong>:{' '}
                {t(`admin.problem.${p.code}`, { defaultValue: t(`validation.${p.code}`, { defaultValue: p.message }) })}{' '}
                {p.field && (
                  <span className="kompas-muted">
                    (<code>{p.field}</code>)
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
