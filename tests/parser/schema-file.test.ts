import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { schemaPath, schemaText } from '../../scripts/schema.ts';

test('docs/record.schema.json is the current JSON Schema of a record (npm run schema updates it)', () => {
  expect(readFileSync(schemaPath, 'utf8')).toBe(schemaText());
});
