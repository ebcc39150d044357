import type uPlot from 'uplot';
import { formatNumber, localeOf } from '../../../i18n/format';
import type { ChartData } from './chart-series';
import { drawMarker, SERIES_STYLE, SeriesName } from './chart-style';

export type ChartLabels = Record<SeriesName, string>;

const axisDates = new Map<string, Intl.DateTimeFormat>();

/** An x (seconds since 1970, UTC) as an axis label: "jan. 2026" / "Jan 2026". */
export function formatAxisDate(x: number, language: string): string {
  const locale = localeOf(language);
  let f = axisDates.get(locale);
  if (!f) axisDates.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(x * 1000));
}

/** The series uPlot draws, in the order of `chartRows`, each only when there is something to draw. */
export function drawnSeries(data: ChartData): SeriesName[] {
  return (['actual', 'target', 'reference', 'baseline'] as const).filter((name) => name === 'actual' || data.has[name]);
}

/** uPlot's aligned data for the drawn series. */
export function chartRows(data: ChartData): uPlot.AlignedData {
  return [data.xs, ...drawnSeries(data).map((name) => data[name])];
}

/** The values' span with some room above and below, so that corrected values and targets off the lines stay in view. */
export function valueRange(data: ChartData): [number, number] {
  const values = [...data.actual, ...data.reference, ...data.target, ...data.baseline, ...data.markers.map((m) => m.y)].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (!values.length) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const room = hi === lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.1;
  return [lo - room, hi + room];
}

/** Fired once the chart has been drawn: the page's time to chart is measured until this mark. */
export const CHART_DRAWN_MARK = 'kompas:indicator-chart-drawn';

/**
 * uPlot's options for an indicator's history: dates and numbers in the chosen locale, lines told
 * apart by dash as well as colour, uPlot's own legend off (the page draws one with the same shapes),
 * and every value's marker (met, not met, pending, no target, corrected) drawn over the lines.
 */
export function chartOptions(
  data: ChartData,
  {
    width,
    height,
    language,
    labels,
    onDrawn,
  }: { width: number; height: number; language: string; labels: ChartLabels; onDrawn?: () => void },
  tzDate: (ts: number) => Date,
): uPlot.Options {
  const series = drawnSeries(data);
  return {
    width,
    height,
    tzDate,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: { range: () => valueRange(data) } },
    series: [
      {},
      ...series.map((name) => ({
        label: labels[name],
        stroke: SERIES_STYLE[name].stroke,
        width: SERIES_STYLE[name].width,
        dash: [...SERIES_STYLE[name].dash],
        spanGaps: true,
        points: { show: false },
      })),
    ],
    axes: [
      { values: (_u: uPlot, splits: number[]) => splits.map((x) => formatAxisDate(x, language)), font: '13px system-ui, sans-serif' },
      {
        values: (_u: uPlot, splits: number[]) => splits.map((v) => formatNumber(v, language)),
        size: 70,
        font: '13px system-ui, sans-serif',
      },
    ],
    hooks: {
      draw: [
        (u: uPlot) => {
          const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
          for (const m of data.markers) {
            const x = u.valToPos(m.x, 'x', true);
            const y = u.valToPos(m.y, 'y', true);
            if (Number.isFinite(x) && Number.isFinite(y)) drawMarker(u.ctx, m.kind, x, y, 5 * ratio);
          }
          onDrawn?.();
        },
      ],
    },
  };
}
