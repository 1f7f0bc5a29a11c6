import { launchBrowser, serveDir } from './browser/browser.ts';
const browser = await launchBrowser();
if (!browser) throw new Error('no browser');
const served = await serveDir('/tmp/ua-site', '/', { gzip: true });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
let bytes = 0;
page.on('response', async (r) => { const h = await r.allHeaders(); bytes += Number(h['content-length'] ?? 0); });
await page.goto(served.url + 'search/');
await page.click('#search-input');
for (const q of ['climate adaptaion', '"sea level"']) {
  await page.fill('#search-input', '');
  await page.type('#search-input', q, { delay: 80 });
  await page.waitForTimeout(1500);
  const status = await page.textContent('[role=status], .search-status, #search-status').catch(() => '?');
  const first = await page.locator('#search-results li a, .results a').first().textContent().catch(() => '?');
  const dym = await page.locator('text=Did you mean').first().textContent().catch(() => null);
  console.log(JSON.stringify({ q, status: status?.trim().slice(0, 100), first: first?.trim().slice(0, 80), dym: dym?.trim().slice(0,80) }));
}
console.log('bytes so far', bytes);
await page.goto(served.url + 'countries/kenya/');
const link = page.locator('a[href*="theme="]').first();
console.log('theme link', await link.getAttribute('href'), await link.textContent());
const width = await page.evaluate(() => document.documentElement.scrollWidth);
console.log('kenya page width', width, 'height', await page.evaluate(() => document.documentElement.scrollHeight));
await page.goto(served.url + 'plans/' + 'hands-free-hectare/');
console.log('plan scripts', await page.locator('script').count(), 'height', await page.evaluate(() => document.documentElement.scrollHeight));
await page.goto(served.url + 'themes/');
console.log('themes height', await page.evaluate(() => document.documentElement.scrollHeight));
await browser.close(); await served.close();
