import { render, screen, within } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import { ImportProblems } from './ImportProblems';

describe('the import preview’s list of problems', () => {
  beforeAll(() => initI18n('da'));

  it('shows every problem at its field, in the document’s order and in Danish, with the path to find it in the file', () => {
    render(
      <ImportProblems
        problems={[
          {
            field: 'focusAreas.0.committeeId',
            code: 'unknown_reference',
            message: '"c9" is not the id of one of the document\'s committees',
          },
          { field: 'committees.2.name', code: 'required', message: 'name should not be empty' },
          { field: 'plan.periodEnd', code: 'date_order', message: 'comes before periodStart' },
          { field: 'plan.sections.1.title', code: 'required', message: 'title should not be empty' },
          { field: 'links.4', code: 'duplicate_link', message: 'the same two nodes are linked twice' },
          { field: 'actions', code: 'required', message: 'actions is required' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('6 fejl i dokumentet');
    const items = screen.getAllByTestId('import-problem');
    expect(items.map((li) => li.getAttribute('data-field'))).toEqual([
      'plan.periodEnd',
      'plan.sections.1.title',
      'committees.2.name',
      'focusAreas.0.committeeId',
      'actions',
      'links.4',
    ]);
    expect(items[0].textContent).toBe('Planen › Periodens slut: Slutdatoen ligger før startdatoen. (plan.periodEnd)');
    expect(items[1].textContent).toContain('Planen › Afsnit 2 › Titel: Skal udfyldes.');
    expect(items[2].textContent).toContain('Udvalg nr. 3 › Navn: Skal udfyldes.');
    expect(items[3].textContent).toContain('Fokusområde nr. 1 › Udvalg (ejer): Henviser til et id, som dokumentet ikke har.');
    expect(items[4].textContent).toContain('Handlinger: Skal udfyldes.');
    expect(items[5].textContent).toContain('Kobling nr. 5: De samme to ting er koblet to gange.');
    // Grouped under the document's lists, so a long list can be scanned.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Planen',
      'Udvalg',
      'Fokusområder',
      'Handlinger',
      'Koblinger',
    ]);
    expect(within(items[2]).getByText('committees.2.name').tagName).toBe('CODE');
  });

  it('keeps the API’s words for a problem it has no words of its own for, and shows nothing when there is no problem', () => {
    const { container, rerender } = render(
      <ImportProblems problems={[{ field: '', code: 'brand_new', message: 'Something new is wrong' }]} />,
    );
    expect(screen.getByTestId('import-problem').textContent?.trim()).toBe('Dokumentet: Something new is wrong');
    rerender(<ImportProblems problems={[]} />);
    expect(container.textContent).toBe('');
  });
});
