import { useTranslation } from 'react-i18next';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useCurrentUser } from '../current-user';
import { useSignOut } from '../hooks/use-auth';

/** Who is signed in, their role in words, and signing out. */
export function CurrentUser() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const toast = useToast();
  if (!me) return null;
  const roles = me.roles.map((r) => t(`role.${r}`)).join(', ');
  return (
    <div className="kompas-user">
      <span className="kompas-user__who" data-testid="current-user">
        <span className="kompas-visually-hidden">{t('user.signedInAs')} </span>
        <span className="kompas-user__name">{me.name}</span>
        <span className="kompas-user__role">{roles || t('role.none')}</span>
      </span>
      <button
        type="button"
        onClick={() => signOut.mutate(undefined, { onError: (error) => toast.show('error', apiErrorMessage(error, t)) })}
        disabled={signOut.isPending}
        data-testid="sign-out"
      >
        {t('user.signOut')}
      </button>
    </div>
  );
}
