import { checkRoleScopes, isEmailAddress, MIN_PASSWORD, normaliseEmail, Role, ROLES, USERNAME_PATTERN } from '@kompas/domain';
import type { User } from '../../api/types';

/** What the user form holds while it is being filled in. */
export type UserFormState = {
  username: string;
  name: string;
  /** Where reminders go; empty for none. */
  email: string;
  password: string;
  roles: Role[];
  committeeIds: string[];
  unitIds: string[];
};

export function emptyUserForm(): UserFormState {
  // No role ticked: what a new person may do is a choice the administrator makes, not a default they overlook.
  return { username: '', name: '', email: '', password: '', roles: [], committeeIds: [], unitIds: [] };
}

export function userFormOf(user: User): UserFormState {
  return {
    username: user.username,
    name: user.name,
    email: user.email ?? '',
    password: '',
    roles: [...user.roles],
    committeeIds: [...user.committeeIds],
    unitIds: [...user.unitIds],
  };
}

/** Turns a role on or off; scopes the roles no longer use are dropped, so what is sent is what is shown. */
export function toggleRole(form: UserFormState, role: Role, on: boolean): UserFormState {
  const roles = ROLES.filter((r) => (r === role ? on : form.roles.includes(r)));
  return {
    ...form,
    roles,
    committeeIds: roles.includes('committeeMember') ? form.committeeIds : [],
    unitIds: roles.includes('manager') ? form.unitIds : [],
  };
}

export function toggleId(ids: string[], id: string, on: boolean): string[] {
  return on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((x) => x !== id);
}

/** A problem found before asking the server: the field and a stable code (translated as `users.problem.<code>`). */
export type FormProblem = { field: keyof UserFormState; code: string };

/** The same rules the API applies, checked first so the user hears about them at once and in their language. */
export function formProblems(form: UserFormState, isNew: boolean): FormProblem[] {
  const problems: FormProblem[] = [];
  if (isNew && !USERNAME_PATTERN.test(form.username)) problems.push({ field: 'username', code: 'username_shape' });
  if (!form.name.trim()) problems.push({ field: 'name', code: 'name_required' });
  if (form.email.trim() && !isEmailAddress(form.email)) problems.push({ field: 'email', code: 'invalid_email' });
  if ((isNew || form.password) && form.password.length < MIN_PASSWORD) problems.push({ field: 'password', code: 'password_short' });
  const scopes = checkRoleScopes(form.roles, form.committeeIds, form.unitIds);
  if (scopes) problems.push({ field: scopes.field, code: scopes.code });
  return problems;
}

/** The body to send: everything for a new user; for an existing one only what changed (the password only when typed). */
export function userBody(form: UserFormState, before: User | null): Record<string, unknown> {
  const scoped = { roles: form.roles, committeeIds: form.committeeIds, unitIds: form.unitIds };
  const email = normaliseEmail(form.email);
  if (!before)
    return { username: form.username.trim(), name: form.name.trim(), ...(email ? { email } : {}), password: form.password, ...scoped };
  const body: Record<string, unknown> = {};
  if (form.name.trim() !== before.name) body['name'] = form.name.trim();
  // null clears an address; the server stores what it is sent trimmed and in lower case, as here.
  if (email !== (before.email ?? null)) body['email'] = email;
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  if (!same(form.roles, before.roles) || !same(form.committeeIds, before.committeeIds) || !same(form.unitIds, before.unitIds))
    Object.assign(body, scoped);
  if (form.password) body['password'] = form.password;
  return body;
}
