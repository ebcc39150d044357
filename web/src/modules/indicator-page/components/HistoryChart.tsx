import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { ChartData } from '../utils/chart-series';
import { CHART_DRAWN_MARK, ChartLabels, chartOptions, chartRows } from '../utils/chart-options';
import { loadChartLibrary } from '../utils/chart-library';
import { formatPeriod, formatValue } from '../utils/period-words';
import { ChartLegend, MarkerShape } from './ChartLegend';

const HEIGHT = 320;

export type HistoryChartProps = { data: ChartData; unit: string | null; labels: ChartLabels };

/**
 * The indicator's history drawn with uPlot, which is fetched only when a chart is shown (never with
 * the map), with a legend and a table of the same values for those who cannot see the picture.
 */
export function HistoryChart({ data, unit, labels }: HistoryChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  const captionId = useId();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: { destroy(): void; setSize(size: { width: number; height: number }): void } | null = null;
    let cancelled = false;
    let drawn = false;
    const width = () => Math.max(320, element.clientWidth || 800);
    const handleResize = () => plot?.setSize({ width: width(), height: HEIGHT });
    setState('loading');
    loadChartLibrary()
      .then((uPlot) => {
        if (cancelled) return;
        const options = chartOptions(
          data,
          {
            width: width(),
            height: HEIGHT,
            language,
            labels,
            onDrawn: () => {
              if (drawn) return;
              drawn = true;
              performance.mark?.(CHART_DRAWN_MARK);
              element.dataset['drawn'] = 'true';
              setState('drawn');
            },
          },
          (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        );
        plot = new uPlot(options, chartRows(data), element);
        window.addEventListener('resize', handleResize);
      })
      .catch((error: unknown) => {
        console.error('Kompas could not draw the chart', error);
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      window.removeEventListener('resize', handleResize);
      plot?.destroy();
      delete element.dataset['drawn'];
    };
  }, [data, language, labels]);

  return (
    <figure className="kompas-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="kompas-chart__caption">
        {t('indicatorPage.chart.caption')}
      </figcaption>
      <div ref={box} className="kompas-chart__plot" data-testid="indicator-chart" role="img" aria-label={t('indicatorPage.chart.alt')} />
      {state === 'loading' && (
        <p role="status" className="kompas-muted">
          {t('indicatorPage.chart.loading')}
        </p>
      )}
      {state === 'failed' && (
        <p role="alert" className="kompas-note">
          {t('indicatorPage.chart.failed')}
        </p>
      )}
      <ChartLegend data={data} labels={labels} />
      <details className="kompas-chart__table">
        <summary>{t('indicatorPage.chart.asTable')}</summary>
        <table data-testid="indicator-chart-table">
          <caption className="kompas-visually-hidden">{t('indicatorPage.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicatorPage.column.period')}</th>
              <th scope="col">{t('indicatorPage.column.value')}</th>
              <th scope="col">{t('indicatorPage.column.target')}</th>
              {data.has.reference && <th scope="col">{labels.reference}</th>}
              <th scope="col">{t('indicatorPage.column.meets')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={`${r.periodStart}/${r.periodEnd}`}>
                <th scope="row">{formatPeriod(r.periodStart, r.periodEnd, language)}</th>
                <td className="kompas-number">{formatValue(r.value, unit, language)}</td>
                <td className="kompas-number">{r.target === null ? '–' : formatValue(r.target, unit, language)}</td>
                {data.has.reference && (
                  <td className="kompas-number">{r.reference === null ? '–' : formatNumber(r.reference, language)}</td>
                )}
                <td>
                  <MarkerShape kind={r.state} /> {t(`indicatorPage.marker.${r.state}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
