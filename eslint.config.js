import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

// The boundary between build and browser code. src/common holds what both need (data formats,
// the facet table) and imports neither; src/client is browser code and may import only itself,
// src/common and packages; everything else in src is build code and never imports src/client.
const nodeBuiltins = {
  regex: `^(node:|(${builtinModules.join('|')})(/|$))`,
  message: 'Node built-ins do not run in the browser.',
};

/** Relative paths that leave `folder` (`src/<folder>/`) for anywhere but `allowed` folders. */
function stayInside(folder, allowed, message) {
  const others = allowed.map((name) => `${name}/`).join('|');
  // One block per depth below src/<folder>/, as a pattern sees the import's text, not its target.
  return [1, 2, 3].map((depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            // Climbing `depth` folders reaches src/: from there only the allowed folders.
            { regex: `^(\\.\\./){${depth}}(?!${others})`, message },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: ['node_modules/', '_site/', '.plan-archive-*/', '.cache/', 'coverage/', 'tests/.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/client/**'], languageOptions: { globals: { ...globals.browser } } },
  ...stayInside(
    'client',
    ['client', 'common'],
    'Browser code imports only src/client, src/common and packages.',
  ),
  ...stayInside('common', ['common'], 'src/common imports neither build nor browser code.'),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/client/**', 'src/common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)*(\\./)?client/',
              message: 'Build code does not import browser code; share it through src/common.',
            },
          ],
        },
      ],
    },
  },
  // Regular expressions run on document text: none may backtrack super-linearly (issue 9).
  {
    files: ['src/**'],
    ...regexp.configs.recommended,
    rules: {
      ...regexp.configs.recommended.rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
