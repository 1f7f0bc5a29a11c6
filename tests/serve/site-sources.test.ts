// serve rebuilds when the site's own sources change, not only its documents: a template or a
// stylesheet edited while serving is what the next request gets. Serve runs from a copy of the
// project, so the edits never reach the templates other tests build with.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, get, goodPlan, startServe, type Served } from './serve-process.ts';

/** The line serve prints after each build, such as "1 document, 1 record, 12 pages, ...". */
const builtLine = /\d+ pages?, .* in [\d.]+ s;/;

/** Replace `from` by `to` in a file of the copy, and wait for the rebuild it causes. */
async function edit(served: Served, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  const mark = served.log().length;
  await writeFile(
    file,
    text.replace(from, () => to),
  );
  let timer: NodeJS.Timeout | undefined;
  const noRebuild = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no rebuild within 60 s of editing ${file}:\n${served.log()}`)),
      60_000,
    );
  });
  await Promise.race([served.waitFor(builtLine, mark), noRebuild]).finally(() =>
    clearTimeout(timer),
  );
}

describe('serve while the site sources change', () => {
  let project: { root: string; bin: string };
  let served: Served;
  beforeAll(async () => {
    project = await copyProject();
    served = await startServe({ 'rain.md': goodPlan }, [], undefined, project.bin);
  });
  afterAll(async () => {
    await served?.stop();
    if (project) await rm(project.root, { recursive: true, force: true });
  });

  test('serves the page as an edited template makes it', async () => {
    expect((await get(served.port, '/')).body).not.toContain('Every record, for reuse');
    const layout = join(project.root, 'templates', '_includes', 'layouts', 'base.njk');
    await edit(served, layout, 'Download the data', 'Every record, for reuse');
    const home = await get(served.port, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Every record, for reuse');
  });

  test('shows an open page with an edited template before the rest is rebuilt', async () => {
    expect((await get(served.port, '/plans/rain/')).status).toBe(200);
    const layout = join(project.root, 'templates', '_includes', 'layouts', 'plan.njk');
    const mark = served.log().length;
    await edit(served, layout, '<h2>About this plan</h2>', '<h2>About this plan, edited</h2>');
    const log = served.log().slice(mark);
    const shown = log.search(/Updated \d+ open pages? in [\d.]+ s/);
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(shown).toBeLessThan(log.search(builtLine));
    expect((await get(served.port, '/plans/rain/')).body).toContain('About this plan, edited');
  });

  test('serves an edited stylesheet', async () => {
    const styles = join(project.root, 'public', 'styles.css');
    const text = await readFile(styles, 'utf8');
    const rule = '.edited-while-serving { color: red; }';
    await edit(served, styles, text, `${text}\n${rule}\n`);
    expect((await get(served.port, '/assets/styles.css')).body).toContain(rule);
  });
});
