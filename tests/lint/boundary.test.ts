// The import boundary of eslint.config.js: browser code, build code and the shared formats of
// src/common, each linted as if written at a path of its side.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids of the problems ESLint finds in `code` written at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(`${code}\nexport { x };\n`, { filePath });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

describe('the import boundary', () => {
  it('refuses a Node built-in in browser code', async () => {
    const ids = await ruleIds("import { x } from 'node:fs';", 'src/client/search/new.ts');
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it('refuses build code in browser code', async () => {
    const ids = await ruleIds("import { x } from '../../site/facets.ts';", 'src/client/map/new.ts');
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it('refuses browser code in the shared formats', async () => {
    const ids = await ruleIds("import { x } from '../client/filters.ts';", 'src/common/new.ts');
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it('refuses browser code in build code', async () => {
    const ids = await ruleIds(
      "import { x } from '../../client/filters.ts';",
      'src/site/map/new.ts',
    );
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it('lets both sides import the shared formats', async () => {
    const shared = "import { x } from '../../common/facets.ts';";
    expect(await ruleIds(shared, 'src/client/map/new.ts')).toEqual([]);
    expect(await ruleIds(shared, 'src/site/map/new.ts')).toEqual([]);
  });
});
