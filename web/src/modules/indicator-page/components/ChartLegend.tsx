import { useTranslation } from 'react-i18next';
import type { ChartData, MarkerKind } from '../utils/chart-series';
import { MARKER_STYLE, SERIES_STYLE, SeriesName } from '../utils/chart-style';
import { drawnSeries } from '../utils/chart-options';

/** A marker's shape as a small picture, the same as on the chart. */
export function MarkerShape({ kind }: { kind: MarkerKind }) {
  const { shape, color } = MARKER_STYLE[kind];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="kompas-chart-legend__shape">
      {shape === 'circle' && <circle cx="8" cy="8" r="5.5" fill={color} />}
      {shape === 'dot' && <circle cx="8" cy="8" r="3" fill={color} />}
      {shape === 'ring' && <circle cx="8" cy="8" r="5" fill="#fff" stroke={color} strokeWidth="2" />}
      {shape === 'diamond' && <path d="M8 1 L15 8 L8 15 L1 8 Z" fill={color} />}
      {shape === 'cross' && <path d="M3 3 L13 13 M13 3 L3 13" stroke={color} strokeWidth="2.2" />}
    </svg>
  );
}

function LineSample({ name }: { name: SeriesName }) {
  const style = SERIES_STYLE[name];
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" className="kompas-chart-legend__line">
      <line
        x1="1"
        y1="6"
        x2="33"
        y2="6"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash.join(' ') || undefined}
      />
    </svg>
  );
}

export type ChartLegendProps = { data: ChartData; labels: Record<SeriesName, string> };

/** What each line and marker means: dash patterns and shapes, with words, never colour alone. */
export function ChartLegend({ data, labels }: ChartLegendProps) {
  const { t } = useTranslation();
  const kinds = new Set(data.markers.map((m) => m.kind));
  return (
    <ul className="kompas-chart-legend" data-testid="indicator-chart-legend" aria-label={t('indicatorPage.chart.legend')}>
      {drawnSeries(data).map((name) => (
        <li key={name}>
          <LineSample name={name} /> {labels[name]}
        </li>
      ))}
      {(['met', 'notMet', 'pending', 'noTarget', 'corrected'] as const)
        .filter((kind) => kinds.has(kind))
        .map((kind) => (
          <li key={kind} data-marker={kind}>
            <MarkerShape kind={kind} /> {t(`indicatorPage.marker.${kind}`)}
          </li>
        ))}
    </ul>
  );
}
