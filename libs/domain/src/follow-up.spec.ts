import { Answerer, answersForComments, answersForIndicator, isOwnerPerson, ownerOfNode, reachesPerson, remindedOf } from './follow-up';
import type { Role } from './permissions';

const person = (userId: string, roles: Role[], committeeIds: string[] = [], unitIds: string[] = [], active = true): Answerer => ({
  userId,
  roles,
  committeeIds,
  unitIds,
  active,
});

const admin = person('admin', ['administrator']);
const director = person('director', ['director']);
const member = person('member', ['committeeMember'], ['laering']);
const otherMember = person('other-member', ['committeeMember'], ['klima']);
const manager = person('manager', ['manager'], [], ['juelsminde']);
const otherManager = person('other-manager', ['manager'], [], ['hornsyld']);
const viewer = person('viewer', ['viewer']);
const everyone = [admin, director, member, otherMember, manager, otherManager, viewer];

const onAction = { measures: { kind: 'action' as const, unitId: 'juelsminde' }, responsibleUserId: null };
const onFocusArea = { measures: { kind: 'focusArea' as const, committeeId: 'laering' }, responsibleUserId: null };
const onVision = { measures: { kind: 'vision' as const }, responsibleUserId: null };
const onAimingPoint = { measures: { kind: 'aimingPoint' as const }, responsibleUserId: null };

const answering = (indicator: Parameters<typeof answersForIndicator>[1]) =>
  everyone.filter((p) => answersForIndicator(p, indicator)).map((p) => p.userId);

describe('who owns a node', () => {
  it('is an action’s unit, a focus area’s committee, else the council', () => {
    expect(ownerOfNode({ kind: 'action', unitId: 'u1' })).toEqual({ kind: 'unit', unitId: 'u1' });
    expect(ownerOfNode({ kind: 'focusArea', committeeId: 'c1' })).toEqual({ kind: 'committee', committeeId: 'c1' });
    expect(ownerOfNode({ kind: 'vision' })).toEqual({ kind: 'council' });
    expect(ownerOfNode({ kind: 'aimingPoint' })).toEqual({ kind: 'council' });
  });

  it('counts a unit’s managers, a committee’s members and, for the council, the administrators — the role and the scope both', () => {
    expect(isOwnerPerson(manager, { kind: 'unit', unitId: 'juelsminde' })).toBe(true);
    expect(isOwnerPerson(otherManager, { kind: 'unit', unitId: 'juelsminde' })).toBe(false);
    // A scope without its role does not make an owner.
    expect(isOwnerPerson(person('x', ['viewer'], [], ['juelsminde']), { kind: 'unit', unitId: 'juelsminde' })).toBe(false);
    expect(isOwnerPerson(member, { kind: 'committee', committeeId: 'laering' })).toBe(true);
    expect(isOwnerPerson(person('x', ['manager'], ['laering'], ['juelsminde']), { kind: 'committee', committeeId: 'laering' })).toBe(false);
    expect(isOwnerPerson(admin, { kind: 'council' })).toBe(true);
    expect(isOwnerPerson(director, { kind: 'council' })).toBe(false);
  });
});

describe('who answers for an indicator', () => {
  it('is the owners of what it measures', () => {
    expect(answering(onAction)).toEqual(['manager']);
    expect(answering(onFocusArea)).toEqual(['member']);
    expect(answering(onVision)).toEqual(['admin']);
    expect(answering(onAimingPoint)).toEqual(['admin']);
  });

  it('adds its responsible person, whoever they are', () => {
    expect(answering({ ...onAction, responsibleUserId: 'viewer' })).toEqual(['manager', 'viewer']);
    expect(answering({ ...onVision, responsibleUserId: 'other-manager' })).toEqual(['admin', 'other-manager']);
  });

  it('leaves out deactivated people', () => {
    const gone = person('gone', ['manager'], [], ['juelsminde'], false);
    expect(answersForIndicator(gone, onAction)).toBe(false);
    expect(answersForIndicator(gone, { ...onFocusArea, responsibleUserId: 'gone' })).toBe(false);
  });
});

describe('who answers for a node’s comments', () => {
  it('is the node’s owners; for an indicator also its responsible person', () => {
    const of = (node: Parameters<typeof answersForComments>[1]) => everyone.filter((p) => answersForComments(p, node)).map((p) => p.userId);
    expect(of({ kind: 'action', unitId: 'juelsminde' })).toEqual(['manager']);
    expect(of({ kind: 'focusArea', committeeId: 'klima' })).toEqual(['other-member']);
    expect(of({ kind: 'vision' })).toEqual(['admin']);
    expect(of({ kind: 'aimingPoint' })).toEqual(['admin']);
    expect(of({ kind: 'indicator', ...onFocusArea, responsibleUserId: 'director' })).toEqual(['director', 'member']);
  });

  it('never reaches the comment’s own author', () => {
    const node = { kind: 'action' as const, unitId: 'juelsminde' };
    expect(reachesPerson(manager, { authorId: 'manager' }, node)).toBe(false);
    expect(reachesPerson(manager, { authorId: 'viewer' }, node)).toBe(true);
    expect(reachesPerson(viewer, { authorId: 'manager' }, node)).toBe(false);
  });
});

describe('who is reminded of an indicator', () => {
  it('is its responsible person when it has one', () => {
    expect(remindedOf({ ...onAction, responsibleUserId: 'viewer' }, everyone)).toEqual(['viewer']);
  });

  it('is else the owners’ people', () => {
    expect(remindedOf(onAction, everyone)).toEqual(['manager']);
    expect(remindedOf(onFocusArea, everyone)).toEqual(['member']);
    expect(remindedOf(onAimingPoint, everyone)).toEqual(['admin']);
  });

  it('falls back to the owners when the responsible person is deactivated or unknown', () => {
    const gone = person('gone', ['viewer'], [], [], false);
    expect(remindedOf({ ...onAction, responsibleUserId: 'gone' }, [...everyone, gone])).toEqual(['manager']);
    expect(remindedOf({ ...onAction, responsibleUserId: 'nobody' }, everyone)).toEqual(['manager']);
  });
});
