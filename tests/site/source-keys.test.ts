// A plan's published source is linked from the previous output, without its document being read
// again, when the key of what it is made from (side-keys.ts) is the one the previous build
// recorded for it; otherwise it is made afresh.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkOutput } from '../../src/output/guard.ts';
import { publishSite } from '../../src/output/publish.ts';
import { resolveConfig } from '../../src/site/config.ts';
import { writeSources, type SourceJob } from '../../src/site/files/outputs.ts';
import { sourceKey } from '../../src/site/files/side-keys.ts';
import { sourcePath } from '../../src/site/urls.ts';
import { folder, removeFolders } from '../helpers/cli.ts';

afterAll(removeFolders);

const config = resolveConfig();
const published = (output: string): string => join(output, sourcePath('well'));

/** Publish one source, `well`, made from `document` with `key`, into `output`. */
async function publish(output: string, document: string, key: string | null): Promise<void> {
  const job: SourceJob = { slug: 'well', file: document, details: [], key };
  await publishSite(checkOutput({ output }), (staging, reuse) =>
    writeSources(staging, [job], config, reuse),
  );
}

describe("a plan's published source", () => {
  test("is linked unread when its key is the previous build's", async () => {
    const input = folder({ 'well.md': '# Well\n\nText.\n' });
    const output = join(folder(), 'site');
    const key = sourceKey('record-hash', config)!;
    await publish(output, join(input, 'well.md'), key);
    const inode = statSync(published(output)).ino;
    // The document is gone: a build that read it would fail.
    rmSync(join(input, 'well.md'));
    await publish(output, join(input, 'well.md'), key);
    expect(statSync(published(output)).ino).toBe(inode);
  });

  test('is made afresh from its document when its key changed', async () => {
    const input = folder({ 'well.md': '# Well\n\nText.\n' });
    const output = join(folder(), 'site');
    await publish(output, join(input, 'well.md'), sourceKey('record-hash', config));
    const edited = folder({ 'well.md': '# Well\n\nOther text.\n' });
    await publish(output, join(edited, 'well.md'), sourceKey('edited-hash', config));
    expect(readFileSync(published(output), 'utf8')).toContain('Other text.');
  });

  test('has a key that changes with the contact policy', () => {
    const masked = resolveConfig({ focalPoint: 'mask' });
    expect(sourceKey('record-hash', masked)).not.toBe(sourceKey('record-hash', config));
    expect(sourceKey(undefined, config)).toBeNull();
  });
});
