// `npm start` on the shared corpus, as a user sees it: the real `plan-archive serve` on a copy of
// the corpus, a plan page open in Chromium, then the time from saving an edit to the browser
// showing it, for documents and for a template. A warm `plan-archive build` of the same corpus
// is timed beside it: a template edit should reload within that time, a document edit within 1 s.
// Serve runs from a copy of the project (tests/serve/serve-process.ts), so the template edited
// is the copy's and the project's own templates are never touched.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser.ts';
import { copyProject, spawnServe, type ServeProcess } from '../tests/serve/serve-process.ts';
import { idFromPath } from '../src/load/document.ts';
import { slugFor } from '../src/record/slug.ts';
import { planPath } from '../src/site/urls.ts';
import { runCliBuild } from './cli-run.ts';
import { median } from './stats.ts';

const defaultCorpus = fileURLToPath(new URL('../../shared/corpus/sdg-commons/', import.meta.url));
/** The layout every plan page uses: a template edit there shows on the open page. */
const planLayout = join('templates', '_includes', 'layouts', 'plan.njk');
/** A full build's summary line, printed after every build serve runs. */
const summaryLine = /\d[\d,]* documents?, [^\n]* in [\d.]+ s/;

const load = (): string => `load ${loadavg()[0]!.toFixed(1)}`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Documents whose title is their first line and whose page is at the slug of their file name. */
async function editableDocuments(input: string, count: number): Promise<string[]> {
  const names = (await readdir(input)).filter((n) => n.endsWith('.md')).sort();
  const picked: string[] = [];
  // Spread over the corpus, not its first files.
  const step = Math.max(1, Math.floor(names.length / (count * 4)));
  for (let i = step; i < names.length && picked.length < count; i += step) {
    const text = await readFile(join(input, names[i]!), 'utf8');
    if (text.startsWith('# ') && !text.includes('\r')) picked.push(names[i]!);
  }
  return picked;
}

/** Polls the open page until its text holds `word`; a reload in between is waited out. */
async function waitForText(page: Page, word: string, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    if (text.includes(word)) return;
    await new Promise((wake) => setTimeout(wake, 20));
  }
  throw new Error(`the page did not show "${word}" within ${timeoutMs / 1000} s`);
}

/**
 * Go to `url`. The live reload that follows the previous edit's rebuild may come just then and
 * interrupt the navigation: go again.
 */
async function open(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'load' });
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('interrupted by another navigation'))
        throw error;
    }
  }
}

/** serve's lines after the two steps of a quick update (src/serve/serve.ts). */
const ownLine = /Updated ([\d,]+) edited pages? in ([\d.]+) s \(([\d.]+) CPU-s\)/;
const listsLine = /Updated ([\d,]+) pages? that show them in ([\d.]+) s \(([\d.]+) CPU-s\)/;
/** serve's line when a rebuild for a template edit has published the open pages. */
const openLine = /Updated ([\d,]+) open pages? in ([\d.]+) s/;

interface EditRun {
  /** From the write to the browser showing the edit. */
  shownMs: number;
  /** From the write to the end of the full rebuild serve runs for it. */
  rebuiltMs: number;
  /** serve's quick update, when it made one: each step's pages written, wall and CPU seconds. */
  updated: string | null;
}

/** Save `next` into `file`, time until the page shows `word`, then until serve's full rebuild ends. */
async function timeEdit(
  serve: ServeProcess,
  page: Page,
  file: string,
  next: string,
  word: string,
): Promise<EditRun> {
  const from = serve.log().length;
  const started = performance.now();
  await writeFile(file, next);
  await waitForText(page, word, 900_000);
  const shownMs = performance.now() - started;
  await serve.waitFor(summaryLine, from);
  const log = serve.log().slice(from);
  const steps = [ownLine.exec(log), listsLine.exec(log), openLine.exec(log)]
    .filter((step) => step !== null)
    .map((step) => `${step[1]} pages in ${step[2]} s${step[3] ? `, ${step[3]} CPU-s` : ''}`);
  const updated = steps.length > 0 ? steps.join(', then ') : null;
  return { shownMs, rebuiltMs: performance.now() - started, updated };
}

/** The last run, as soon as it is measured. */
function printRun(label: string, runs: EditRun[]): void {
  const r = runs[runs.length - 1]!;
  console.log(
    `  ${label} ${runs.length}: shown ${seconds(r.shownMs)}, rebuilt ${seconds(r.rebuiltMs)}; ` +
      `quick update: ${r.updated ?? 'none'} (${load()})`,
  );
}

/** The medians, after every run was printed. */
function printRuns(label: string, runs: EditRun[]): void {
  console.log(
    `${label}: median shown ${seconds(median(runs.map((r) => r.shownMs)))}, ` +
      `median rebuilt ${seconds(median(runs.map((r) => r.rebuiltMs)))} (${load()})`,
  );
}

export async function main(corpus = defaultCorpus): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`Serve benchmark skipped: ${corpus} is absent.`);
    return;
  }
  const edits = Number(process.env.BENCH_SERVE_EDITS ?? 3);
  const root = await mkdtemp(join(tmpdir(), 'plan-archive-bench-serve-'));
  const project = await copyProject();
  const browser = await launchBrowser();
  let serve: ServeProcess | null = null;
  try {
    if (!browser) return;
    const input = join(root, 'corpus');
    const cache = join(root, 'cache');
    await cp(corpus, input, { recursive: true });

    // The first build fills the parse cache; the second is the warm build to compare with. Both
    // run from the copy serve runs from: the cache is keyed by the path of the parser's code.
    const cold = await runCliBuild(input, join(root, 'built'), cache, project.bin);
    console.log(`cold plan-archive build: ${cold.seconds.toFixed(1)} s (${load()})`);
    const warm = await runCliBuild(input, join(root, 'built'), cache, project.bin);
    console.log(
      `warm plan-archive build: ${warm.seconds.toFixed(1)} s, ${warm.cpuSeconds.toFixed(1)} CPU-s (${load()})`,
    );

    const started = performance.now();
    const output = join(root, 'site');
    serve = await spawnServe(
      project.bin,
      ['serve', '--input', input, '--output', output, '--cache', cache, '--port', '0'],
      project.root,
    );
    console.log(`serve's first build: ${seconds(performance.now() - started)} (${load()})`);

    const page = await browser.newPage();
    const docs = await editableDocuments(input, edits);
    const runs: EditRun[] = [];
    for (const [i, name] of docs.entries()) {
      const url = new URL(planPath(slugFor(idFromPath(name), 'plan')).slice(1), serve.url);
      await open(page, url.href);
      const file = join(input, name);
      const text = await readFile(file, 'utf8');
      const word = `Zqxbench${i + 1}`;
      const [first, ...rest] = text.split('\n');
      runs.push(await timeEdit(serve, page, file, [`${first} ${word}`, ...rest].join('\n'), word));
      printRun('document edit', runs);
    }
    printRuns('document edit', runs);

    const layout = join(project.root, planLayout);
    const original = await readFile(layout, 'utf8');
    const templateRuns: EditRun[] = [];
    for (let i = 1; i <= Math.max(1, Math.floor(edits / 2)); i++) {
      const word = `Zqxtemplate${i}`;
      const next = original.replace('</h1>', `</h1>\n<p>${word}</p>`);
      templateRuns.push(await timeEdit(serve, page, layout, next, word));
      printRun('template edit', templateRuns);
    }
    printRuns('template edit', templateRuns);
    console.log(
      `targets: document edit shown ≤ 1 s; template edit shown ≤ the warm build (${warm.seconds.toFixed(1)} s)`,
    );
  } finally {
    await serve?.stop();
    await browser?.close();
    await rm(root, { recursive: true, force: true });
    await rm(project.root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2]);
