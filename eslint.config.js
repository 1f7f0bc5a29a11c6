import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

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
  { files: ['public/**'], languageOptions: { globals: { ...globals.browser } } },
  // Regular expressions run on document text: none may backtrack super-linearly (issue 9).
  {
    files: ['src/**', 'public/**'],
    ...regexp.configs.recommended,
    rules: {
      ...regexp.configs.recommended.rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
