import { composeReminder, type ReminderItem } from './reminder-mail';

const plan = { planId: 'p1', planTitle: 'Testrup – sammen' };
const indicator = (id: string, title: string, state: 'due' | 'overdue', dueDate: string): ReminderItem => ({
  kind: 'indicator',
  key: `indicator:${id}:2027M01`,
  ...plan,
  indicator: {
    indicatorId: id,
    title,
    state,
    period: { code: '2027M01', start: '2027-01-01', end: '2027-01-31' },
    dueDate,
    owner: { kind: 'unit', id: 'u1', name: 'Skoledistrikt Nord' },
    responsible: null,
    measures: { kind: 'action', id: 'a1', title: 'Læsevenner' },
  },
});
const comment: ReminderItem = {
  kind: 'comment',
  key: 'comment:c1',
  planId: 'p2',
  planTitle: 'Anden plan',
  comment: {
    commentId: 'c1',
    nodeId: 'f1',
    nodeKind: 'focusArea',
    nodeTitle: 'Trivsel <i skolen>',
    author: { id: 'u9', name: 'Vera & Co' },
    createdAt: '2027-03-02T08:30:00.000Z',
    excerpt: 'Hvornår kommer tallene?',
  },
};

describe('a reminder mail', () => {
  const mail = composeReminder('Mette Hansen', [indicator('i1', 'Læsescore', 'overdue', '2027-01-31'), comment], 'https://k.dk');

  it('names what waits in the subject, with Danish words for one and many', () => {
    expect(mail.subject).toBe('Kompas – til opfølgning: 1 indikator mangler data, 1 ny kommentar');
    const two = composeReminder(
      'M',
      [indicator('i1', 'A', 'due', '2027-02-28'), indicator('i2', 'B', 'due', '2027-02-28')],
      'https://k.dk',
    );
    expect(two.subject).toBe('Kompas – til opfølgning: 2 indikatorer mangler data');
  });

  it('lists each item under its plan with its state, Danish dates and a link', () => {
    expect(mail.text).toContain('Hej Mette Hansen');
    expect(mail.text).toContain('Hele din liste: https://k.dk/todo');
    expect(mail.text).toContain('TESTRUP – SAMMEN');
    expect(mail.text).toContain('- Læsescore (periode 2027M01): overskredet, frist 31. januar 2027');
    expect(mail.text).toContain('Registrér data: https://k.dk/plans/p1/nodes/i1#record');
    expect(mail.text).toContain('- Vera & Co om Trivsel <i skolen>, 2. marts 2027:');
    expect(mail.text).toContain('Læs og svar: https://k.dk/plans/p2/nodes/f1#comments');
  });

  it('escapes what people wrote in the HTML part', () => {
    expect(mail.html).toContain('Vera &amp; Co om Trivsel &lt;i skolen&gt;');
    expect(mail.html).not.toContain('<i skolen>');
    expect(mail.html).toContain('<a href="https://k.dk/plans/p1/nodes/i1#record">Læsescore</a>');
  });
});
