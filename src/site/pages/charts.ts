// The home page's bar charts, as lists of links the template draws with CSS: text at the page's
// own size on a phone (an SVG scaled to fit drew 9.5 px), full names that wrap, and each bar
// leads to the plans it counts. Readable without JavaScript or images.

export interface Bar {
  label: string;
  value: number;
  /** The page listing these plans, or null (a value with no page). */
  url: string | null;
  colour?: string;
}

export interface BarView extends Bar {
  /** The bar's length as a share of the longest, 0-100; at least 1 for a non-zero value. */
  percent: number;
}

export interface ChartView {
  title: string;
  bars: BarView[];
}

export function barChart(title: string, bars: Bar[]): ChartView {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return {
    title,
    bars: bars.map((bar) => ({
      ...bar,
      percent: bar.value > 0 ? Math.max(1, Math.round((bar.value / max) * 1000) / 10) : 0,
    })),
  };
}
