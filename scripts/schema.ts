// Writes the record's JSON Schema to docs/record.schema.json: `npm run schema`. A test fails when
// the file is stale, so a change to src/record/schema.ts comes with this file regenerated.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { learningPlanJsonSchema } from '../src/record/schema.ts';

export const schemaPath = fileURLToPath(new URL('../docs/record.schema.json', import.meta.url));

export function schemaText(): string {
  return `${JSON.stringify(learningPlanJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(schemaPath, schemaText());
