// Plan pages over a built site: what a reader downloads before images, gzip-compressed as a
// static host sends it (level 6, the usual default): each plan's HTML, its share that is the
// inline SVG map, and the one stylesheet every page links. Scripts: a plan page has none, and
// this counts any it names.
// Run: tsx bench/plan-pages.ts siteDir
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, percentile } from './stats.ts';

const target = 30_000;
const gzip = (text: string): number => gzipSync(text, { level: 6 }).length;

export interface PlanPagesBench {
  pages: number;
  html: number[];
  map: number[];
  css: number;
  scripts: number;
  largest: string;
}

export async function measurePlanPages(site: string): Promise<PlanPagesBench> {
  const dir = join(site, 'plans');
  const html: number[] = [];
  const map: number[] = [];
  let scripts = 0;
  let largest = '';
  let max = 0;
  for (const slug of await readdir(dir)) {
    const text = await readFile(join(dir, slug, 'index.html'), 'utf8').catch(() => null);
    if (text === null) continue;
    const size = gzip(text);
    if (size > max) [max, largest] = [size, slug];
    html.push(size);
    const svg = /<svg class="mini-map"[\s\S]*?<\/svg>/.exec(text)?.[0];
    if (svg) map.push(gzip(svg));
    scripts += (text.match(/<script[^>]*\ssrc=/g) ?? []).length;
  }
  const css = gzip(await readFile(join(site, 'assets', 'styles.css'), 'utf8'));
  return { pages: html.length, html, map, css, scripts, largest };
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export async function main(site: string): Promise<PlanPagesBench> {
  const r = await measurePlanPages(site);
  const total = (bytes: number): string => `${kB(bytes)} (${kB(bytes + r.css)} with the CSS)`;
  console.log(`${r.pages} plan pages, gzip level 6, before images; stylesheet ${kB(r.css)}`);
  console.log(
    `HTML: median ${total(median(r.html))}, p90 ${total(percentile(r.html, 90))}, max ${total(Math.max(...r.html))} (${r.largest})`,
  );
  console.log(
    `of which the SVG map (${r.map.length} pages have one): median ${kB(median(r.map))}, max ${kB(Math.max(...r.map))}`,
  );
  console.log(
    `pages over ${kB(target)} with the CSS: ${r.html.filter((b) => b + r.css > target).length}; script tags: ${r.scripts}`,
  );
  return r;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2];
  if (!site) throw new Error('Usage: tsx bench/plan-pages.ts siteDir');
  await main(site);
}
