// The choropleth's classes. They follow a 1-2-5 series because counts run from 1 to over 2,000:
// a linear scale would shade every country but two alike.
export const palette = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];

/** Lower bounds of up to six classes covering 1..max. */
export function classBreaks(max: number): number[] {
  const series: number[] = [];
  for (let base = 1; base <= Math.max(max, 1); base *= 10) {
    for (const step of [1, 2, 5]) if (base * step <= max) series.push(base * step);
  }
  if (series.length === 0) return [1];
  const stride = Math.ceil(series.length / palette.length);
  return series.filter((_, i) => i % stride === 0);
}

export function colourFor(count: number, breaks: number[]): string {
  let index = 0;
  breaks.forEach((low, i) => {
    if (count >= low) index = i;
  });
  return palette[Math.min(index, palette.length - 1)] as string;
}
