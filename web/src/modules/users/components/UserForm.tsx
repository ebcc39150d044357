import { FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EMAIL, MAX_USER_NAME, MIN_PASSWORD, ROLES } from '@kompas/domain';
import { ApiRequestError, isVersionConflict } from '../../api/client';
import type { Committee, Unit, User } from '../../api/types';
import { ConfirmDialog } from '../../common/components/ConfirmDialog';
import { ConflictDialog } from '../../common/components/ConflictDialog';
import { useEditConflict } from '../../common/hooks/use-edit-conflict';
import { ReasonField } from '../../common/components/ReasonField';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage, fieldErrorMessage } from '../../common/utils/api-error-message';
import { differingFields } from '../../common/utils/field-words';
import { useSaveUser } from '../hooks/use-users';
import { emptyUserForm, formProblems, toggleId, toggleRole, userBody, userFormOf, UserFormState } from '../utils/user-form';

export type UserFormProps = {
  /** The user as last read; null for a new one. */
  user: User | null;
  /** The signed-in administrator: they may not deactivate themselves or drop their own administrator role. */
  meId: string;
  committees: Committee[];
  planTitles: Map<string, string>;
  units: Unit[];
  onDone: (saved: User | null) => void;
  onReload: () => Promise<User | null>;
};

const FIELDS = ['username', 'name', 'email', 'password', 'roles', 'committeeIds', 'unitIds'] as const;
type Field = (typeof FIELDS)[number];
/** What a conflict compares: what the form shows, and whether the user is active. */
const COMPARED = ['name', 'username', 'email', 'roles', 'committeeIds', 'unitIds', 'active'];

/** A change sent from the version the form read: the form's fields, or (de)activation. */
type UserEdit = { base: User | null; body: Record<string, unknown>; reason: string; activating?: boolean };

/** The API's word for a field's problem, as the form's own codes where they mean the same. */
function serverCode(field: string, code: string): string {
  if (field === 'password' && code === 'min_length') return 'password_short';
  if (field === 'username' && code === 'matches') return 'username_shape';
  if (field === 'name' && code === 'min_length') return 'name_required';
  return code;
}

/** Creating or changing a user: name, login, password, roles and the committees or units the roles are bound to. */
export function UserForm({ user, meId, committees, planTitles, units, onDone, onReload }: UserFormProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const save = useSaveUser();
  const formId = useId();
  const [base, setBase] = useState<User | null>(user);
  const [form, setForm] = useState<UserFormState>(() => (user ? userFormOf(user) : emptyUserForm()));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const isNew = !base;
  const self = base?.id === meId;

  const problems = useMemo(() => (tried ? formProblems(form, isNew) : []), [form, isNew, tried]);
  const fieldErrors = useMemo(() => {
    const errors: Partial<Record<Field, string>> = {};
    const say = (field: string, code: string, fallback?: string) => {
      const key = field.split('.')[0] as Field;
      if (!FIELDS.includes(key) || errors[key]) return false;
      errors[key] = t(`users.problem.${serverCode(key, code)}`, {
        // The form's own words first, then the shared words for the code (never the server's English).
        defaultValue: t(`validation.${code}`, { defaultValue: fallback ?? code }),
      });
      return true;
    };
    for (const p of problems) say(p.field, p.code);
    const error = save.error;
    if (error instanceof ApiRequestError && error.status !== 412)
      for (const d of error.details) say(d.field, d.code, fieldErrorMessage(d, error, t));
    return errors;
  }, [problems, save.error, t]);
  // Someone else's save is the conflict dialog's; any other refusal shows at its field, or here.
  const formError =
    save.error && !isVersionConflict(save.error) && !Object.keys(fieldErrors).length ? apiErrorMessage(save.error, t) : null;

  const edits = useEditConflict<User | null, UserEdit, User>({
    save: (edit) =>
      save.mutateAsync({ id: edit.base?.id ?? null, version: edit.base?.version ?? null, body: edit.body, reason: edit.reason }),
    onSaved: (edit, saved) => {
      if (edit.activating === undefined) {
        toast.show('success', t(edit.base ? 'users.saved' : 'users.created', { name: saved.name }));
        onDone(saved);
      } else {
        setBase(saved);
        toast.show('success', t(edit.activating ? 'users.reactivated' : 'users.deactivated', { name: saved.name }));
      }
    },
    // The form shows the refusal at its fields.
    onFailed: () => undefined,
    onReload: (current) => {
      save.reset();
      setBase(current);
      if (current) setForm({ ...userFormOf(current), password: '' });
      // The list beside the form shows the saved version too.
      void onReload();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = formProblems(form, isNew);
    if (found.length) {
      document.getElementById(`${formId}-${found[0].field}`)?.focus();
      return;
    }
    const body = userBody(form, base);
    if (!Object.keys(body).length) {
      onDone(null);
      return;
    }
    void edits.send({ base, body, reason });
  };

  const setActive = (active: boolean, why: string) => {
    setConfirming(false);
    void edits.send({ base, body: { active }, reason: why, activating: active });
  };

  const byPlan = new Map<string, Committee[]>();
  for (const c of committees) byPlan.set(c.planId, [...(byPlan.get(c.planId) ?? []), c]);
  const fieldId = (field: Field) => `${formId}-${field}`;
  const errorOf = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${fieldId(field)}-error`} className="kompas-field__error" role="alert">
        {fieldErrors[field]}
      </p>
    ) : null;
  const described = (field: Field, hint?: string) => ({
    'aria-invalid': fieldErrors[field] ? true : undefined,
    'aria-describedby': [fieldErrors[field] ? `${fieldId(field)}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });

  return (
    <form className="kompas-user-form" onSubmit={submit} noValidate data-testid="user-form" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{isNew ? t('users.newTitle') : t('users.editTitle', { name: base.name })}</h2>
      {base && !base.active && (
        <p className="kompas-user-form__inactive" data-testid="user-inactive-note">
          {t('users.inactiveNote')}
        </p>
      )}

      <div className="kompas-field">
        <label htmlFor={fieldId('username')}>{t('users.field.username')}</label>
        <input
          id={fieldId('username')}
          name="username"
          autoComplete="off"
          value={form.username}
          readOnly={!isNew}
          required
          onChange={(e) => setForm({ ...form, username: e.target.value })}
          {...described('username', `${fieldId('username')}-hint`)}
        />
        <p id={`${fieldId('username')}-hint`} className="kompas-muted">
          {isNew ? t('users.usernameHint') : t('users.usernameFixed')}
        </p>
        {errorOf('username')}
      </div>

      <div className="kompas-field">
        <label htmlFor={fieldId('name')}>{t('users.field.name')}</label>
        <input
          id={fieldId('name')}
          name="name"
          autoComplete="off"
          value={form.name}
          required
          maxLength={MAX_USER_NAME}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          {...described('name')}
        />
        {errorOf('name')}
      </div>

      <div className="kompas-field">
        <label htmlFor={fieldId('email')}>{t('users.field.email')}</label>
        <input
          id={fieldId('email')}
          name="email"
          type="email"
          autoComplete="off"
          value={form.email}
          maxLength={MAX_EMAIL}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          data-testid="user-email"
          {...described('email', `${fieldId('email')}-hint`)}
        />
        <p id={`${fieldId('email')}-hint`} className="kompas-muted">
          {t('users.emailHint')}
        </p>
        {errorOf('email')}
      </div>

      <div className="kompas-field">
        <label htmlFor={fieldId('password')}>{isNew ? t('users.field.password') : t('users.field.newPassword')}</label>
        <input
          id={fieldId('password')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          required={isNew}
          minLength={MIN_PASSWORD}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          {...described('password', `${fieldId('password')}-hint`)}
        />
        <p id={`${fieldId('password')}-hint`} className="kompas-muted">
          {isNew ? t('users.passwordHint', { count: MIN_PASSWORD }) : t('users.newPasswordHint', { count: MIN_PASSWORD })}
        </p>
        {errorOf('password')}
      </div>

      <fieldset className="kompas-field kompas-choices" id={fieldId('roles')} tabIndex={-1} {...described('roles')}>
        <legend>{t('users.field.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="kompas-choice">
            <input
              type="checkbox"
              checked={form.roles.includes(role)}
              disabled={self && role === 'administrator'}
              onChange={(e) => setForm(toggleRole(form, role, e.target.checked))}
              data-testid={`user-role-${role}`}
            />
            <span>
              {t(`role.${role}`)} <span className="kompas-muted">– {t(`users.roleHint.${role}`)}</span>
            </span>
          </label>
        ))}
        {errorOf('roles')}
      </fieldset>

      {form.roles.includes('committeeMember') && (
        <fieldset className="kompas-field kompas-choices" id={fieldId('committeeIds')} tabIndex={-1} {...described('committeeIds')}>
          <legend>{t('users.field.committees')}</legend>
          {!committees.length && <p className="kompas-muted">{t('users.noCommittees')}</p>}
          {[...byPlan].map(([planId, list]) => (
            <div key={planId} className="kompas-choices__group">
              {byPlan.size > 1 && <p className="kompas-choices__title">{planTitles.get(planId)}</p>}
              {list.map((c) => (
                <label key={c.id} className="kompas-choice">
                  <input
                    type="checkbox"
                    checked={form.committeeIds.includes(c.id)}
                    onChange={(e) => setForm({ ...form, committeeIds: toggleId(form.committeeIds, c.id, e.target.checked) })}
                  />
                  <span>{c.name}</span>
                </label>
              ))}
            </div>
          ))}
          {errorOf('committeeIds')}
        </fieldset>
      )}

      {form.roles.includes('manager') && (
        <fieldset className="kompas-field kompas-choices" id={fieldId('unitIds')} tabIndex={-1} {...described('unitIds')}>
          <legend>{t('users.field.units')}</legend>
          {!units.length && <p className="kompas-muted">{t('users.noUnits')}</p>}
          {units.map((u) => (
            <label key={u.id} className="kompas-choice">
              <input
                type="checkbox"
                checked={form.unitIds.includes(u.id)}
                onChange={(e) => setForm({ ...form, unitIds: toggleId(form.unitIds, u.id, e.target.checked) })}
              />
              <span>{u.name}</span>
            </label>
          ))}
          {errorOf('unitIds')}
        </fieldset>
      )}

      <ReasonField id={`${formId}-reason`} value={reason} onChange={setReason} />

      {formError && (
        <div className="kompas-field__error" role="alert" data-testid="user-form-error">
          <p>{formError}</p>
        </div>
      )}

      <div className="kompas-panel__buttons">
        <button type="submit" className="is-primary" disabled={save.isPending} data-testid="user-save">
          {save.isPending ? t('common.saving') : isNew ? t('users.create') : t('common.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
        {base && !self && (
          <button
            type="button"
            className={base.active ? 'is-danger' : undefined}
            disabled={save.isPending}
            onClick={() => (base.active ? setConfirming(true) : setActive(true, reason))}
            data-testid={base.active ? 'user-deactivate' : 'user-reactivate'}
          >
            {base.active ? t('users.deactivate') : t('users.reactivate')}
          </button>
        )}
      </div>

      <ConfirmDialog
        open={confirming}
        title={t('users.deactivateTitle', { name: base?.name ?? '' })}
        message={t('users.deactivateMessage', { name: base?.name ?? '' })}
        confirmLabel={t('users.deactivate')}
        withReason
        reasonLabel={t('reason.labelDeactivate')}
        onConfirm={(why) => setActive(false, why)}
        onCancel={() => setConfirming(false)}
      />
      <ConflictDialog
        flow={edits}
        title={base?.name ?? ''}
        differences={({ edit, current }) => {
          const names = {
            nodes: new Map<string, string>(),
            committees: new Map(committees.map((c) => [c.id, c.name])),
            units: new Map(units.map((u) => [u.id, u.name])),
          };
          const before = edit.base as Record<string, unknown> | null;
          return {
            theirs: differingFields('user', before, current as Record<string, unknown> | null, t, i18n.language, names, COMPARED),
            mine: differingFields('user', before, { ...before, ...edit.body }, t, i18n.language, names, COMPARED),
          };
        }}
        reapplyLabel={() => t('conflict.reapply')}
        busy={save.isPending}
      />
    </form>
  );
}
