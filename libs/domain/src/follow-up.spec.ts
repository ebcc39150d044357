import { Answerable, Answerer, answersFor, isOwnerPerson, ownerOfNode, reachesPerson, remindedOf } from './follow-up';
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

const onAction: Answerable = { owner: ownerOfNode({ kind: 'action', unitId: 'juelsminde' }), responsibleUserId: null };
const onFocusArea: Answerable = { owner: ownerOfNode({ kind: 'focusArea', committeeId: 'laering' }), responsibleUserId: null };
const onVision: Answerable = { owner: ownerOfNode({ kind: 'vision', planId: 'plan' }), responsibleUserId: null };
const onAimingPoint: Answerable = { owner: ownerOfNode({ kind: 'aimingPoint', planId: 'plan' }) };

const answering = (thing: Answerable) => everyone.filter((p) => answersFor(p, thing)).map((p) => p.userId);

describe('who owns a node', () => {
  it('is an action’s unit, a focus area’s committee, else the plan’s council', () => {
    expect(ownerOfNode({ kind: 'action', unitId: 'u1' })).toEqual({ kind: 'unit', id: 'u1' });
    expect(ownerOfNode({ kind: 'focusArea', committeeId: 'c1' })).toEqual({ kind: 'committee', id: 'c1' });
    expect(ownerOfNode({ kind: 'vision', planId: 'p1' })).toEqual({ kind: 'council', id: 'p1' });
    expect(ownerOfNode({ kind: 'aimingPoint', planId: 'p1' })).toEqual({ kind: 'council', id: 'p1' });
  });

  it('counts a unit’s managers, a committee’s members and, for the council, the administrators — the role and the scope both', () => {
    expect(isOwnerPerson(manager, { kind: 'unit', id: 'juelsminde' })).toBe(true);
    expect(isOwnerPerson(otherManager, { kind: 'unit', id: 'juelsminde' })).toBe(false);
    // A scope without its role does not make an owner.
    expect(isOwnerPerson(person('x', ['viewer'], [], ['juelsminde']), { kind: 'unit', id: 'juelsminde' })).toBe(false);
    expect(isOwnerPerson(member, { kind: 'committee', id: 'laering' })).toBe(true);
    expect(isOwnerPerson(person('x', ['manager'], ['laering'], ['juelsminde']), { kind: 'committee', id: 'laering' })).toBe(false);
    expect(isOwnerPerson(admin, { kind: 'council', id: 'plan' })).toBe(true);
    expect(isOwnerPerson(director, { kind: 'council', id: 'plan' })).toBe(false);
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
    expect(answersFor(gone, onAction)).toBe(false);
    expect(answersFor(gone, { ...onFocusArea, responsibleUserId: 'gone' })).toBe(false);
  });
});

describe('whom a comment reaches', () => {
  it('is the node’s owners; for an indicator also its responsible person', () => {
    const of = (node: Answerable) => everyone.filter((p) => reachesPerson(p, { authorId: 'someone' }, node)).map((p) => p.userId);
    expect(of({ owner: ownerOfNode({ kind: 'action', unitId: 'juelsminde' }) })).toEqual(['manager']);
    expect(of({ owner: ownerOfNode({ kind: 'focusArea', committeeId: 'klima' }) })).toEqual(['other-member']);
    expect(of({ owner: ownerOfNode({ kind: 'vision', planId: 'plan' }) })).toEqual(['admin']);
    expect(of({ ...onFocusArea, responsibleUserId: 'director' })).toEqual(['director', 'member']);
  });

  it('never reaches the comment’s own author', () => {
    expect(reachesPerson(manager, { authorId: 'manager' }, onAction)).toBe(false);
    expect(reachesPerson(manager, { authorId: 'viewer' }, onAction)).toBe(true);
    expect(reachesPerson(viewer, { authorId: 'manager' }, onAction)).toBe(false);
  });
});

describe('who is reminded of an indicator', () => {
  it('is its responsible person when it has one', () => {
    expect(remindedOf({ ...onAction, responsibleUserId: 'viewer' }, everyone)).toEqual(['viewer']);
  });

  it('is else the owner’s people', () => {
    expect(remindedOf(onAction, everyone)).toEqual(['manager']);
    expect(remindedOf(onFocusArea, everyone)).toEqual(['member']);
    expect(remindedOf(onAimingPoint, everyone)).toEqual(['admin']);
  });

  it('falls back to the owner’s people when the responsible person is deactivated or unknown', () => {
    const gone = person('gone', ['viewer'], [], [], false);
    expect(remindedOf({ ...onAction, responsibleUserId: 'gone' }, [...everyone, gone])).toEqual(['manager']);
    expect(remindedOf({ ...onAction, responsibleUserId: 'nobody' }, everyone)).toEqual(['manager']);
  });
});
