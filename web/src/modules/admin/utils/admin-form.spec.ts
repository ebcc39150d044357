import { MAX_TITLE } from '@kompas/domain';
import { FieldSpec, formBody, formProblems, formValuesOf } from './admin-form';
import { planFields } from './admin-fields';

const PLAN: FieldSpec[] = [
  { name: 'title', type: 'title', required: true },
  { name: 'motivations', type: 'lines' },
  { name: 'periodStart', type: 'date', required: true },
  { name: 'periodEnd', type: 'date', required: true, notBefore: 'periodStart' },
  { name: 'sections', type: 'sections' },
  { name: 'parentId', type: 'select', options: [{ value: 'u1', label: 'Forvaltningen' }] },
];

describe('administration forms', () => {
  it('refuse an empty title, an impossible date, an end before the start and a section without a title, each at its field', () => {
    const values = {
      ...formValuesOf(PLAN, null),
      title: '   ',
      periodStart: '2026-02-30',
      periodEnd: '2025-12-31',
      sections: [
        { title: 'Vision i praksis', body: '' },
        { title: '', body: 'Tekst uden overskrift' },
      ],
    };
    expect(formProblems(PLAN, values)).toEqual([
      { field: 'title', code: 'required' },
      { field: 'periodStart', code: 'is_calendar_date' },
      { field: 'sections.1.title', code: 'required' },
    ]);
    expect(formProblems(PLAN, { ...values, title: 'x', periodStart: '2026-01-01', sections: [] })).toEqual([
      { field: 'periodEnd', code: 'before_start' },
    ]);
  });

  it('refuse a title longer than the API takes and a choice that is not offered', () => {
    const values = {
      ...formValuesOf(PLAN, null),
      title: 'x'.repeat(MAX_TITLE + 1),
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      parentId: 'u9',
    };
    expect(formProblems(PLAN, values)).toEqual([
      { field: 'title', code: 'max_length' },
      { field: 'parentId', code: 'is_in' },
    ]);
  });

  it('send every filled field for a new row, lists of texts one a line', () => {
    const values = {
      ...formValuesOf(PLAN, null),
      title: ' Ny plan ',
      motivations: 'Fordi vi vil A\n\n  Fordi vi vil B ',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    };
    expect(formBody(PLAN, values, null)).toEqual({
      title: 'Ny plan',
      motivations: ['Fordi vi vil A', 'Fordi vi vil B'],
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    });
  });

  it('send only what the user changed, so a save does not send back fields someone else changed', () => {
    const row = {
      title: 'Plan',
      motivations: ['A'],
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      sections: [{ title: 'S', body: 'B' }],
      parentId: null,
    };
    const values = formValuesOf(PLAN, row);
    expect(formBody(PLAN, values, row)).toEqual({});
    expect(formBody(PLAN, { ...values, sections: [{ title: 'S', body: 'Ny tekst' }], parentId: 'u1' }, row)).toEqual({
      sections: [{ title: 'S', body: 'Ny tekst' }],
      parentId: 'u1',
    });
  });

  it('take a place in the order as a whole number from 1, and leave it alone when emptied', () => {
    const fields: FieldSpec[] = [{ name: 'position', type: 'position' }];
    expect(formProblems(fields, { position: '0' })).toEqual([{ field: 'position', code: 'position' }]);
    expect(formProblems(fields, { position: '2.5' })).toEqual([{ field: 'position', code: 'position' }]);
    expect(formBody(fields, { position: '2' }, { position: 3 })).toEqual({ position: 2 });
    expect(formBody(fields, { position: '' }, { position: 3 })).toEqual({});
    expect(formBody(fields, { position: '' }, null)).toEqual({});
  });

  it('start a new plan with the council called Kommunalbestyrelsen, and show a stored plan’s own name', () => {
    const fields = planFields((status) => status);
    expect(formValuesOf(fields, null)).toMatchObject({ councilName: 'Kommunalbestyrelsen', organisation: '' });
    expect(formValuesOf(fields, { councilName: 'Byrådet' })).toMatchObject({ councilName: 'Byrådet' });
    expect(formProblems(fields, { ...formValuesOf(fields, null), councilName: ' ' })).toContainEqual({
      field: 'councilName',
      code: 'required',
    });
  });
});
