import { useTranslation } from 'react-i18next';

/** Danish first, English as a switch; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button
      type="button"
      className="kompas-language"
      lang={next}
      onClick={() => void i18n.changeLanguage(next)}
      data-testid="language-switch"
      aria-label={t('language.switchTo')}
    >
      {t('language.other')}
    </button>
  );
}
