// Small static SVG bar charts for the home page: drawn at build time, readable without
// JavaScript, and labelled for screen readers. Every text is escaped here, because the
// template marks the result safe.
import { escapeText, escapeAttribute } from 'entities';

export interface Bar {
  label: string;
  value: number;
  colour?: string;
}

const rowHeight = 22;
const labelWidth = 180;
const barWidth = 220;
const valueWidth = 56;

/** A horizontal bar chart; `title` names it for assistive technology. */
export function barChart(title: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = labelWidth + barWidth + valueWidth;
  const height = Math.max(1, bars.length) * rowHeight;
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight;
    const w = Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barWidth));
    const fill = escapeAttribute(bar.colour ?? 'currentColor');
    return (
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeText(truncate(bar.label))}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" fill="${fill}" class="bar"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + 15}">${bar.value.toLocaleString('en')}</text>`
    );
  });
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-label="${escapeAttribute(`${title}. ${summary}`)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeText(title)}</title>${rows.join('')}</svg>`
  );
}

function truncate(label: string): string {
  return label.length > 26 ? `${label.slice(0, 25)}…` : label;
}
