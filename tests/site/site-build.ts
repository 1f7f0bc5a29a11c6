// Builds a site once per test file from content/ plus the hand-made attack documents, into a
// temporary folder, so the integration tests read real output.
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, type BuildSummary } from '../../src/build.ts';
import { loadFolder, type LoadResult } from '../../src/load/folder.ts';
import type { SiteConfigInput } from '../../src/site/config.ts';

export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
export const attacksDir = fileURLToPath(new URL('./fixtures/attacks/', import.meta.url));
const tmpRoot = fileURLToPath(new URL('../.tmp/', import.meta.url));

export interface BuiltSite {
  input: string;
  output: string;
  summary: BuildSummary;
  loaded: LoadResult;
  /** Delete the temporary folder. */
  remove: () => Promise<void>;
}

/** Which documents a test site is built from: folders to copy, and files written by the test. */
export interface TestInput {
  dirs?: string[];
  files?: Record<string, string>;
}

export async function buildTestSite(
  name: string,
  config: SiteConfigInput,
  { dirs = [contentDir, attacksDir], files = {} }: TestInput = {},
): Promise<BuiltSite> {
  await mkdir(tmpRoot, { recursive: true });
  const root = await mkdtemp(join(tmpRoot, `${name}-`));
  const input = join(root, 'input');
  await mkdir(input);
  for (const dir of dirs) {
    for (const file of await readdir(dir)) {
      if (file.endsWith('.md')) await cp(join(dir, file), join(input, file));
    }
  }
  for (const [file, text] of Object.entries(files)) await writeFile(join(input, file), text);
  const configPath = join(root, 'site.json');
  await writeFile(configPath, JSON.stringify(config));
  const output = join(root, 'site');
  const summary = await buildSite({ input, output, configPath, quiet: true });
  const loaded = await loadFolder(input);
  const remove = (): Promise<void> => rm(root, { recursive: true, force: true });
  return { input, output, summary, loaded, remove };
}
