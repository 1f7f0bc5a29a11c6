// serve's quick update in the build process (src/serve/live-site.ts), without serve around it:
// what it writes, and that it renders nothing it does not write.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../../src/build.ts';
import { LiveSite } from '../../src/serve/live-site.ts';

/** More themes than a value page lists, so Kenya also gets a page of all its themes. */
const themes = Array.from({ length: 120 }, (_, i) => `[[thematic_areas:Theme ${i + 1}]]`).join(
  '\n\n',
);

function plan(title: string): string {
  return (
    `# ${title}\n\n[[year:2024]]\n\n[[type:solution]]\n\n[[country:Kenya]]\n\n${themes}\n\n` +
    `## Plan\n\n> What did you try?\n\nRain gardens.\n`
  );
}

let root: string;
let live: LiveSite;
let site: BuiltSite;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plan-archive-live-'));
  const input = join(root, 'docs');
  await mkdir(input);
  await writeFile(join(input, 'rain.md'), plan('Rain gardens for Nairobi'));
  await writeFile(join(input, 'wells.md'), plan('Solar wells for Kisumu'));
  await buildSite({ input, output: join(root, 'site'), quiet: true }, (built) => {
    site = built;
    live = new LiveSite(built, input, undefined);
  });
  await writeFile(join(input, 'rain.md'), plan('Rain gardens for Nairobi schools'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

test('the fixture has a page of all the themes within Kenya', () => {
  expect(site.parts.model.valueThemes.length).toBeGreaterThan(0);
});

test('patch writes only the edited plan page', async () => {
  const answer = await live.patch(['rain.md']);
  expect(answer).toMatchObject({ kind: 'patched', pages: 1 });
  const page = await readFile(join(root, 'site', 'plans', 'rain', 'index.html'), 'utf8');
  expect(page).toContain('Rain gardens for Nairobi schools');
  const kenya = await readFile(join(root, 'site', 'countries', 'kenya', 'index.html'), 'utf8');
  expect(kenya).not.toContain('Rain gardens for Nairobi schools');
});

test('finish writes the pages that show the edited plan', async () => {
  await live.patch(['rain.md']);
  expect(await live.finish()).toMatchObject({ kind: 'patched' });
  const kenya = await readFile(join(root, 'site', 'countries', 'kenya', 'index.html'), 'utf8');
  expect(kenya).toContain('Rain gardens for Nairobi schools');
});

test('patch writes only the own page of a plan whose new title moves it in the lists', async () => {
  await writeFile(join(root, 'docs', 'rain.md'), plan('Zinc roofs for Nairobi'));
  expect(await live.patch(['rain.md'])).toMatchObject({ kind: 'patched', pages: 1, pending: 0 });
  const page = await readFile(join(root, 'site', 'plans', 'rain', 'index.html'), 'utf8');
  expect(page).toContain('Zinc roofs for Nairobi');
  const kenya = await readFile(join(root, 'site', 'countries', 'kenya', 'index.html'), 'utf8');
  expect(kenya).not.toContain('Zinc roofs');
});
