import { membershipChange } from './membership';

const viewer = { roles: ['viewer'] as const, committeeIds: [], unitIds: [] };

describe('membership changes', () => {
  it('give the role with the first committee, and keep the person’s other roles', () => {
    expect(membershipChange({ ...viewer, roles: ['viewer'] }, 'committeeMember', 'c1', true)).toEqual({
      roles: ['viewer', 'committeeMember'],
      committeeIds: ['c1'],
    });
  });

  it('keep the role while another unit is still theirs, and take it with the last', () => {
    const manager = { roles: ['manager' as const], committeeIds: [], unitIds: ['u1', 'u2'] };
    expect(membershipChange(manager, 'manager', 'u1', false)).toEqual({ roles: ['manager'], unitIds: ['u2'] });
    expect(membershipChange({ ...manager, unitIds: ['u2'] }, 'manager', 'u2', false)).toEqual({ roles: [], unitIds: [] });
  });

  it('add a committee only once', () => {
    const member = { roles: ['committeeMember' as const], committeeIds: ['c1'], unitIds: [] };
    expect(membershipChange(member, 'committeeMember', 'c1', true)).toEqual({ roles: ['committeeMember'], committeeIds: ['c1'] });
  });
});
