// serve's quick update (src/serve/live-site.ts): an edited document's pages are written before
// the full build that follows, and what the quick update cannot show (a plan that moves, a
// deleted document) is left to that full build, which makes the site right.
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { get, startServe, type Served } from './serve-process.ts';

/** The line serve prints after each full build. */
const builtLine = /\d+ pages?, .* in [\d.]+ s;/;
/** The line serve prints once a quick update wrote the edited plans' own pages. */
const ownLine = /Updated \d+ edited pages? in [\d.]+ s/;
/** The line serve prints once it also wrote the pages that show their cards. */
const listsLine = /Updated \d+ pages? that show them in [\d.]+ s/;

function plan(title: string, country: string, answer = 'Rain gardens.'): string {
  return (
    `# ${title}\n\n[[year:2024]]\n\n[[type:solution]]\n\n[[country:${country}]]\n\n` +
    `## Plan\n\n> What did you try?\n\n${answer}\n`
  );
}

let served: Served;

beforeEach(async () => {
  served = await startServe({
    'rain.md': plan('Rain gardens for Nairobi', 'Kenya'),
    'wells.md': plan('Solar wells for Kisumu', 'Kenya'),
    'terraces.md': plan('Terraces for Cusco', 'Peru'),
  });
});

afterEach(async () => {
  await served?.stop();
});

/**
 * Save `text` as `name` (delete it when null; `byRename` writes a new file and renames it over
 * the old one, as some editors save) and wait for the next line matching `pattern` in serve's log.
 */
async function save(
  name: string,
  text: string | null,
  pattern: RegExp,
  byRename = false,
): Promise<void> {
  const mark = served.log().length;
  const file = join(served.input, name);
  if (text === null) await rm(file);
  else if (byRename) {
    await writeFile(`${file}.swp`, text);
    await rename(`${file}.swp`, file);
  } else await writeFile(file, text);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ${pattern} within 100 s of saving ${name}:\n${served.log()}`)),
      100_000,
    );
  });
  await Promise.race([served.waitFor(pattern, mark), late]).finally(() => clearTimeout(timer));
}

describe('serve after a document is edited', () => {
  test('writes the edited plan page before the full rebuild ends', async () => {
    await save('rain.md', plan('Rain gardens for Nairobi schools', 'Kenya'), ownLine);
    expect((await get(served.port, '/plans/rain/')).body).toContain(
      'Rain gardens for Nairobi schools',
    );
  });

  test('writes the pages that list the plan after its own page', async () => {
    const mark = served.log().length;
    await save('rain.md', plan('Rain gardens for Nairobi schools', 'Kenya'), listsLine);
    const log = served.log().slice(mark);
    expect(log.search(ownLine)).toBeGreaterThanOrEqual(0);
    expect(log.search(ownLine)).toBeLessThan(log.search(listsLine));
  });

  test('shows the new title on the value page that lists the plan', async () => {
    await save('rain.md', plan('Rain gardens for Nairobi schools', 'Kenya'), listsLine);
    expect((await get(served.port, '/countries/kenya/')).body).toContain(
      'Rain gardens for Nairobi schools',
    );
  });

  test('sees every save of an editor that saves by renaming a new file over the old one', async () => {
    await save('rain.md', plan('Rain gardens for Nairobi schools', 'Kenya'), ownLine, true);
    await save('rain.md', plan('Rain gardens for Nairobi markets', 'Kenya'), ownLine, true);
    expect((await get(served.port, '/plans/rain/')).body).toContain(
      'Rain gardens for Nairobi markets',
    );
  });

  test('leaves a plan that changes country to the full rebuild, which lists it there', async () => {
    const mark = served.log().length;
    await save('rain.md', plan('Rain gardens for Nairobi', 'Peru'), builtLine);
    expect(ownLine.test(served.log().slice(mark))).toBe(false);
    expect(served.log().slice(mark)).toContain(
      'Not updated at once (rain.md: its address or facet values changed)',
    );
    expect((await get(served.port, '/countries/peru/')).body).toContain('Rain gardens for Nairobi');
  });

  test('removes the page of a deleted document', async () => {
    expect((await get(served.port, '/plans/rain/')).status).toBe(200);
    await save('rain.md', null, builtLine);
    expect((await get(served.port, '/plans/rain/')).status).toBe(404);
    expect((await get(served.port, '/countries/kenya/')).body).not.toContain('Rain gardens');
  });
});
