import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readmePath, schemaBlock } from '../../scripts/readme-schema.ts';

test('the README publishes the current JSON Schema of a record (npm run readme updates it)', () => {
  expect(readFileSync(readmePath, 'utf8')).toContain(schemaBlock());
});
