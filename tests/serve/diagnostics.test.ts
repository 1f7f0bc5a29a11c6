// What the terminal says while serving: a document saved broken prints its diagnostic as
// `file:line:column error code message`, warnings come as one line, and a rebuild that fails
// says why while the server goes on serving.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { get, goodPlan, startServe, type Served } from './serve-process.ts';

let served: Served;
beforeAll(async () => {
  served = await startServe({ 'rain.md': goodPlan }, [], '{ "title": "Rain archive" }');
});
afterAll(() => served?.stop());

/** Saves a document and waits until the rebuild it starts has printed its summary line. */
async function save(name: string, content: string | Buffer): Promise<string> {
  const from = served.log().length;
  await writeFile(join(served.input, name), content);
  await served.waitFor(/\d+ documents?, .* in [\d.]+ s\b.*\n|Rebuild failed.*\n.*\n/, from);
  return served.log().slice(from);
}

describe('serve, when a document is saved', () => {
  test('prints the diagnostic of a document that is not UTF-8', async () => {
    const said = await save(
      'cafe.md',
      Buffer.from('# Caf\xe9 solidaire\n\n[[year:2022]]\n', 'latin1'),
    );
    expect(said).toContain(
      `${join(served.input, 'cafe.md')}:1:6 error file-encoding The file is not valid UTF-8.`,
    );
  });

  test('prints the diagnostic of a binary document', async () => {
    const said = await save('photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
    expect(said).toContain(`${join(served.input, 'photo.md')}:1:1 error file-binary `);
  });

  test('prints an error once and then counts it as still there', async () => {
    const said = await save('rain.md', `${goodPlan}\nMore rain.\n`);
    expect(said).not.toContain('error file-encoding');
    expect(said).toContain('2 earlier errors are still there.');
  });

  test('summarises warnings in one line instead of listing them', async () => {
    const said = await save('dry.md', goodPlan.replace('[[year:2024]]', '[[year:20x4]]'));
    expect(said).toMatch(/^1 warning \(year-invalid 1\): plan-archive check .* lists them\.$/m);
    expect(said).not.toContain('warning year-invalid');
  });

  test('drops a fixed document from the errors', async () => {
    await save('photo.md', goodPlan.replace('Rain gardens', 'Photo walk'));
    const problems = JSON.parse((await get(served.port, '/.11ty/plan-archive-problems.json')).body);
    expect(problems.errorCount).toBe(1);
    expect(problems.errors[0]).toContain('cafe.md:1:6 error file-encoding');
  });
});

describe('serve, when a rebuild fails', () => {
  test('says why and goes on serving the site', async () => {
    await writeFile(served.config, '{ "title": ');
    const said = await save('rain.md', goodPlan);
    expect(said).toMatch(/Rebuild failed: the configuration file ".*site\.json" is not valid JSON/);
    expect((await get(served.port, '/')).status).toBe(200);
    const problems = JSON.parse((await get(served.port, '/.11ty/plan-archive-problems.json')).body);
    expect(problems.failure).toMatch(/site\.json/);
  });

  test('rebuilds on the next change and forgets the failure', async () => {
    await writeFile(served.config, '{ "title": "Rain archive" }');
    const said = await save('rain.md', `${goodPlan}\n`);
    expect(said).toMatch(/\d+ documents, /);
    const problems = JSON.parse((await get(served.port, '/.11ty/plan-archive-problems.json')).body);
    expect(problems.failure).toBeNull();
  });
});
