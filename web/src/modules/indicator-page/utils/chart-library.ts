import type uPlot from 'uplot';

let loading: Promise<typeof uPlot> | null = null;

/**
 * The chart library with its styles, fetched once and only by the pages that draw a chart: the
 * indicator page asks for it as soon as its address is opened, alongside its data.
 */
export function loadChartLibrary(): Promise<typeof uPlot> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([library]) => library.default,
    (error: unknown) => {
      // A failed fetch (the network, a new deployment) may be tried again.
      loading = null;
      throw error;
    },
  );
  return loading;
}
