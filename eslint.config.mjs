import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'test/fixtures/', 'examples/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The core is a pure language service: no IO, no editor, no transport.
    files: ['core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-*', 'vscode/*'],
              message: 'core/ must not depend on VS Code or LSP.',
            },
            {
              group: ['fs', 'node:fs', 'fs/*', 'node:fs/*'],
              message: 'core/ does no IO; take text as a parameter.',
            },
            {
              group: ['process', 'node:process', 'child_process', 'node:child_process'],
              message: 'core/ must not touch the process.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ must not touch the process.' },
      ],
    },
  },
  {
    // Rules and the analysis narrow instead of asserting: a step is a union on its code, and
    // missingSteps gives pairs whose resource group and data source exist.
    files: ['core/src/rules/**/*.ts', 'core/src/analysis/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Server and CLI use core through its public API only, so core's internals can move.
    files: ['server/src/**/*.ts', 'cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)core/src/(?!index$).+',
              message: 'Import core through its public index (core/src/index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The extension talks to the server through the LSP and protocol/ only.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/server/**'],
              message: 'client/ imports neither core/ nor server/: use protocol/ and the LSP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The e2e harness runs on Node 20: timers, fetch and URLs are globals there.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: {
      globals: {
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
);
