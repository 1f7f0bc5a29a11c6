// Where the shared corpus is, and how a test says it is not there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const corpusDir = fileURLToPath(
  new URL('../../../shared/corpus/sdg-commons/', import.meta.url),
);
export const hasCorpus = existsSync(corpusDir);

if (!hasCorpus) {
  console.warn(
    `Skipping corpus tests: ${corpusDir} is absent. They run where ../shared/corpus/sdg-commons exists (as in CI).`,
  );
}
