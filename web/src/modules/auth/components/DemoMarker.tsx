import { useTranslation } from 'react-i18next';

/** Shown on every page while Kompas runs in demo mode: nobody mistakes it for the real plan. */
export function DemoMarker() {
  const { t } = useTranslation();
  return (
    <span className="kompas-demo-marker" data-testid="demo-marker" title={t('demo.explain')}>
      {t('demo.marker')}
      <span className="kompas-visually-hidden"> – {t('demo.explain')}</span>
    </span>
  );
}
