import { diffEntries, entryIsOf } from './diff-selection';

const diff = {
  nodes: { added: [{ id: 'a2' }], removed: [], changed: [{ id: 'fa1' }] },
  links: { added: [], removed: [{ id: 'l9', source: 'a1', target: 'fa2' }], changed: [] },
  priorities: [{ focusAreaId: 'fa1' }, { focusAreaId: 'fa2' }],
  targets: [{ indicatorId: 'i1' }],
};

describe('which of the diff list’s entries are about what is chosen', () => {
  const of = (selection: Parameters<typeof entryIsOf>[1]) => diffEntries(diff).filter((e) => entryIsOf(e, selection));

  it('a node: its own entries and those of the links it is an end of', () => {
    expect(of({ type: 'node', id: 'fa1' })).toEqual([{ node: 'fa1' }, { node: 'fa1' }]);
    expect(of({ type: 'node', id: 'fa2' })).toEqual([{ link: { id: 'l9', source: 'a1', target: 'fa2' } }, { node: 'fa2' }]);
    expect(of({ type: 'node', id: 'v' })).toEqual([]);
  });

  it('a link: its own entries only, not those of its ends', () => {
    expect(of({ type: 'link', id: 'l9' })).toEqual([{ link: { id: 'l9', source: 'a1', target: 'fa2' } }]);
  });

  it('nothing chosen: none', () => {
    expect(of(null)).toEqual([]);
  });
});
