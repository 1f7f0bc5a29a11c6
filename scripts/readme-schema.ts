// Writes the record's JSON Schema into README.md between the schema markers: `npm run readme`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { learningPlanJsonSchema } from '../src/record/schema.ts';

export const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const block = /<!-- schema:start -->[\s\S]*<!-- schema:end -->/;

export function schemaBlock(): string {
  const json = JSON.stringify(learningPlanJsonSchema(), null, 2);
  return `<!-- schema:start -->\n\n\`\`\`json\n${json}\n\`\`\`\n\n<!-- schema:end -->`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(readmePath, 'utf8');
  writeFileSync(readmePath, readme.replace(block, schemaBlock()));
}
