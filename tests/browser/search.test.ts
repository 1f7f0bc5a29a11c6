// The search page in a real Chromium, over a site built from hand-made plans under a path
// prefix: results as you type, filters and the URL, reload and back, keyboard, escaping, no
// console errors, and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fixturePlans } from '../search/fixtures.ts';
import { makePlan } from '../helpers/plan.ts';
import { existsSync } from 'node:fs';
import { chromiumPath, launchBrowser, runAxe, serveRecords, type ServedDir } from './browser.ts';

const prefix = '/archive/';
const bamboo = Array.from({ length: 15 }, (_, i) =>
  makePlan({
    id: `bamboo-${String(i).padStart(2, '0')}`,
    title: `Bamboo workshop number ${i}`,
    countries: ['Viet Nam'],
    summary: 'Bamboo crafts for young people.',
  }),
);
const hostile = makePlan({
  id: 'hostile',
  title: '<img src=x onerror="window.hacked=1">Hostile <b>title</b>',
  summary: '<script>window.hacked=1</script> hostile summary',
});

let browser: Browser | null = null;
let served: ServedDir | null = null;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  served = await serveRecords('search-browser', [...fixturePlans, ...bamboo, hostile], prefix);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(
  path: string,
  requested: string[] = [],
  viewport?: { width: number; height: number },
): Promise<Page> {
  if (!browser || !served) throw new Error('no browser');
  const page = await browser.newPage(viewport ? { viewport } : {});
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  await page.goto(new URL(path, served.url).href);
  return page;
}

/** Waits until #results shows the results of exactly this query string. */
async function ready(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const results = document.getElementById('results');
    return results?.dataset.state === 'ready' && results.dataset.for === q;
  }, query);
}

function hrefs(page: Page): Promise<string[]> {
  return page.$$eval('#results a.result-link', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
}

// launchBrowser says why it skips; in CI a missing browser fails there.
const runnable = process.env.CI === 'true' || existsSync(chromiumPath);

describe.skipIf(!runnable)('the search page in Chromium', () => {
  it('shows results as the user types, linking under the path prefix', async () => {
    const page = await open('search/');
    await page.fill('#search-input', 'kiosk');
    await ready(page, '?q=kiosk');
    expect(await hrefs(page)).toEqual(['/archive/plans/solar-kiosks/']);
    await page.close();
  });

  it('matches the last word as a prefix while typing', async () => {
    const page = await open('search/');
    await page.fill('#search-input', 'traceab');
    await page.fill('#search-input', 'tracab');
    await ready(page, '?q=tracab');
    expect(await hrefs(page)).toEqual(['/archive/plans/cote-divoire-cacao/']);
    await page.close();
  });

  it('shows the intended plan at every prefix of a query typed key by key', async () => {
    const page = await open('search/');
    await page.focus('#search-input');
    const query = 'solar kiosks';
    const shown: string[] = [];
    for (let i = 0; i < query.length; i++) {
      await page.keyboard.type(query[i] as string);
      const typed = query.slice(0, i + 1);
      // A one-letter last word waits for its second letter; spaces add nothing to the URL.
      if (typed.endsWith(' ') || /(^| )\S$/.test(typed)) continue;
      await ready(page, `?q=${typed.replace(' ', '+')}`);
      if (!(await hrefs(page)).includes('/archive/plans/solar-kiosks/')) shown.push(typed);
    }
    expect(shown).toEqual([]);
    await page.close();
  });

  it('keeps the results of the words before while the last word finds nothing yet', async () => {
    const page = await open('search/');
    await page.focus('#search-input');
    await page.keyboard.type('kiosk zq', { delay: 30 });
    await ready(page, '?q=kiosk+zq');
    expect(await hrefs(page)).toEqual(['/archive/plans/solar-kiosks/']);
    await page.close();
  });

  it('corrects a typo typed key by key and offers the corrected query', async () => {
    const page = await open('search/');
    await page.focus('#search-input');
    await page.keyboard.type('vacines ', { delay: 30 });
    await ready(page, '?q=vacines+');
    expect([await hrefs(page), await page.textContent('.did-you-mean')]).toEqual([
      ['/archive/plans/solar-kiosks/'],
      'Did you mean vaccines?',
    ]);
    await page.close();
  });

  it('marks the query words in the snippet', async () => {
    const page = await open('search/?q=vaccines');
    await ready(page, '?q=vaccines');
    const marks = await page.$$eval('#results .result-snippet mark', (m) =>
      m.map((x) => x.textContent),
    );
    expect(marks).toContain('vaccines');
    await page.close();
  });

  it('puts a picked filter in the URL and narrows the results', async () => {
    const page = await open('search/?q=digital');
    await ready(page, '?q=digital');
    await page.check('#search-filters input[name="country"][value="kenya"]');
    await ready(page, '?q=digital+country%3Akenya');
    expect([new URL(page.url()).search, await hrefs(page)]).toEqual([
      '?q=digital+country%3Akenya',
      ['/archive/plans/digital-identity/'],
    ]);
    await page.close();
  });

  it('links to the same results on the map, and the map reads that state', async () => {
    const page = await open('search/?q=digital');
    await ready(page, '?q=digital');
    await page.check('#search-filters input[name="country"][value="kenya"]');
    await ready(page, '?q=digital+country%3Akenya');
    const href = await page.getAttribute('#search-map-link', 'href');
    expect(href).toBe('/archive/map/?q=digital+country%3Akenya');
    await page.click('#search-map-link');
    await page.waitForSelector('#map[data-state="ready"]');
    expect(new URL(page.url()).search).toBe('?q=digital+country%3Akenya');
    await page.close();
  });

  it('keeps the focus on a filter picked with the keyboard', async () => {
    const page = await open('search/?q=rural');
    await ready(page, '?q=rural');
    await page.focus('#search-filters input[name="type"][value="solution"]');
    await page.keyboard.press('Space');
    await ready(page, '?q=rural+type%3Asolution');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return `${active?.name}=${active?.value}`;
    });
    expect(focused).toBe('type=solution');
    await page.close();
  });

  it('restores the query and the filters on reload', async () => {
    const page = await open('search/?q=climate&sdg=13');
    await ready(page, '?q=climate&sdg=13');
    const before = await hrefs(page);
    await page.reload();
    await ready(page, '?q=climate&sdg=13');
    const state = [
      await page.inputValue('#search-input'),
      await page.isChecked('#search-filters input[name="sdg"][value="13"]'),
      await hrefs(page),
    ];
    expect([before.length > 0, state]).toEqual([true, ['climate', true, before]]);
    await page.close();
  });

  it('goes back to the previous filters with the back button', async () => {
    const page = await open('search/?q=prototyping');
    await ready(page, '?q=prototyping');
    const all = await hrefs(page);
    await page.check('#search-filters input[name="type"][value="experiment"]');
    await ready(page, '?q=prototyping+type%3Aexperiment');
    await page.goBack();
    await ready(page, '?q=prototyping');
    expect(await hrefs(page)).toEqual(all);
    await page.close();
  });

  it('browses with filters alone', async () => {
    const page = await open('search/?country=peru');
    await ready(page, '?country=peru');
    expect((await hrefs(page)).sort()).toEqual([
      '/archive/plans/flood-maps/',
      '/archive/plans/waste-pickers/',
    ]);
    await page.close();
  });

  it('shows more results on request', async () => {
    const page = await open('search/?q=bamboo');
    await ready(page, '?q=bamboo');
    const first = (await hrefs(page)).length;
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#results a').length === 15);
    expect([first, await page.isHidden('#search-more')]).toEqual([10, true]);
    await page.close();
  });

  it('offers to drop a word or a filter when nothing matches', async () => {
    const page = await open('search/?q=kiosk+mangroves&country=kenya');
    await ready(page, '?q=kiosk+mangroves&country=kenya');
    await page.click('button.drop-word >> text=mangroves');
    await ready(page, '?q=kiosk&country=kenya');
    expect(await hrefs(page)).toEqual(['/archive/plans/solar-kiosks/']);
    await page.close();
  });

  it('names the words no plan contains when nothing matches', async () => {
    const page = await open('search/?q=kiosk+zzzz+');
    await ready(page, '?q=kiosk+zzzz+');
    expect(await page.textContent('#search-status')).toBe(
      'No plans match: no plan contains “zzzz”.',
    );
    await page.close();
  });

  it('points to the country and method pages when nothing matches', async () => {
    const page = await open('search/?q=zzzz+');
    await ready(page, '?q=zzzz+');
    expect(
      await page.$$eval('.no-results-help a', (links) =>
        links.map((a) => [a.textContent, a.getAttribute('href')]),
      ),
    ).toEqual([
      ['browse by country', '/archive/countries/'],
      ['by method', '/archive/methods/'],
    ]);
    await page.close();
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const page = await open('search/?q=climate');
    await ready(page, '?q=climate');
    await page.focus('#search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = (await hrefs(page))[1];
    await Promise.all([page.waitForURL(`**${second}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(second);
    await page.close();
  });

  it('focuses the search box when the user presses /', async () => {
    const page = await open('search/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.close();
  });

  it('shows document text as text, never as markup', async () => {
    const page = await open('search/?q=hostile');
    await ready(page, '?q=hostile');
    const found = await page.evaluate(() => ({
      images: document.querySelectorAll('#results img, #results b, #results script').length,
      hacked: (window as unknown as { hacked?: number }).hacked ?? 0,
      text: document.querySelector('#results a')?.textContent,
    }));
    expect(found).toEqual({
      images: 0,
      hacked: 0,
      text: '<img src=x onerror="window.hacked=1">Hostile <b>title</b>',
    });
    await page.close();
  });

  it('loads the facet counts with the first results, not on focus', async () => {
    const fetched: string[] = [];
    const page = await open('search/', fetched);
    await page.waitForLoadState('networkidle');
    const before = fetched.filter((p) => p.endsWith('.json'));
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/manifest.json')),
      page.focus('#search-input'),
    ]);
    await page.waitForTimeout(300);
    const onFocus = fetched.filter((p) => p.endsWith('.json'));
    await page.keyboard.type('kiosk');
    await ready(page, '?q=kiosk');
    const facets = fetched.filter((p) => p.endsWith('/f/values.json'));
    expect([before, onFocus, facets.length]).toEqual([[], ['/archive/search/manifest.json'], 1]);
    await page.close();
  });

  it('ticks the filter a typed country names and shows it as a removable chip', async () => {
    const page = await open('search/?q=solar+country%3Akenya');
    await ready(page, '?q=solar+country%3Akenya');
    const ticked = await page.isChecked('#search-filters input[name="country"][value="kenya"]');
    await page.click('button.active-filter >> text=Kenya');
    await ready(page, '?q=solar');
    expect([ticked, await page.inputValue('#search-input')]).toEqual([true, 'solar']);
    await page.close();
  });

  it('writes a ticked filter into the search box as field:value, with its chip', async () => {
    const page = await open('search/?q=digital');
    await ready(page, '?q=digital');
    await page.check('#search-filters input[name="country"][value="kenya"]');
    await ready(page, '?q=digital+country%3Akenya');
    const written = [
      await page.inputValue('#search-input'),
      await page.isChecked('#search-filters input[name="country"][value="kenya"]'),
      await page.textContent('button.active-filter'),
    ];
    await page.uncheck('#search-filters input[name="country"][value="kenya"]');
    await ready(page, '?q=digital');
    expect([written, await page.inputValue('#search-input')]).toEqual([
      ['digital country:kenya', true, 'Remove filter Country: Kenya'],
      'digital',
    ]);
    await page.close();
  });

  it('writes a value of several words in quotes', async () => {
    const page = await open('search/?q=identity');
    await ready(page, '?q=identity');
    await page.check('#search-filters input[name="method"][value="behavioral insight"]');
    await ready(page, '?q=identity+method%3A%22behavioral+insight%22');
    expect(await page.inputValue('#search-input')).toBe('identity method:"behavioral insight"');
    await page.close();
  });

  it('requires the words of a quoted phrase side by side', async () => {
    const page = await open('search/');
    await page.fill('#search-input', 'identity digital');
    await ready(page, '?q=identity+digital');
    const words = await hrefs(page);
    await page.fill('#search-input', '"identity digital"');
    await ready(page, '?q=%22identity+digital%22');
    const phrase = await hrefs(page);
    await page.fill('#search-input', '"digital identity"');
    await ready(page, '?q=%22digital+identity%22');
    expect([words.length > 0, phrase, await hrefs(page)]).toEqual([
      true,
      [],
      ['/archive/plans/digital-identity/'],
    ]);
    await page.close();
  });

  it('opens the filters from the top of the results on a phone and returns to them', async () => {
    if (!browser || !served) throw new Error('no browser');
    const page = await open('search/?q=kenya');
    await page.setViewportSize({ width: 375, height: 700 });
    await ready(page, '?q=kenya');
    const before = await page.isVisible('#search-filters fieldset');
    const top = (await page.locator('#search-filters-button').boundingBox())?.y ?? Infinity;
    await page.click('#search-filters-button');
    // Drawn once opened: a phone fetches the counts only then.
    const opened = await page
      .waitForSelector('#search-filters fieldset', { state: 'visible', timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    await page.click('#search-filters input[name="type"][value="solution"]');
    await ready(page, '?q=kenya+type%3Asolution');
    await page.click('#search-filters-done');
    expect([before, top < 700, opened, await page.isVisible('#results')]).toEqual([
      false,
      true,
      true,
      true,
    ]);
    await page.close();
  });

  it('fetches the counts on a phone only once its filters are opened', async () => {
    const requested: string[] = [];
    const page = await open('search/?q=kenya', requested, { width: 390, height: 844 });
    await ready(page, '?q=kenya');
    const codeFiles = (): number => requested.filter((p) => /\/f\/c\/\d+\.json$/.test(p)).length;
    const before = codeFiles();
    await page.click('#search-filters-button');
    await page.waitForSelector('#search-filters input[name="country"][value="kenya"]');
    expect([before, codeFiles() > 0]).toEqual([0, true]);
    await page.close();
  });

  it('has no serious or critical axe violations with results and filters', async () => {
    const page = await open('search/?q=rural&type=solution');
    await ready(page, '?q=rural&type=solution');
    const violations = (await runAxe(page)).map((v) => `${v.impact} ${v.id}: ${v.help}`);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('logs no console errors and fails no request', () => {
    expect(problems).toEqual([]);
  });
});
