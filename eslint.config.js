import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const BROWSER_ONLY = [
  {
    group: ['**/sandbox/**', 'node:*'],
    message: "The browser bundle must never pull in the emulator's server code.",
  },
];

/**
 * Browser code uses zod/mini: classic zod's string schema references every string format, and
 * the bundler puts a shared module whole in the entry chunk (README.md, Speed).
 */
const BROWSER_PATHS = [
  { name: 'zod', message: "Use `import * as z from 'zod/mini'` in browser code." },
  { name: 'zod/v4', message: "Use `import * as z from 'zod/mini'` in browser code." },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/spark-assets',
      'src/routeTree.gen.ts',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The browser bundle must never pull in the emulator's server code.
      'no-restricted-imports': ['error', { paths: BROWSER_PATHS, patterns: BROWSER_ONLY }],
    },
  },
  // Boundaries (architecture.md): a feature imports models, the record kit, ui, api, app and auth,
  // and another feature only through its published entry (src/features/<name>/index.ts). The
  // record kit and the shared layers import no feature. Routes compose features freely.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BROWSER_PATHS,
          patterns: [
            ...BROWSER_ONLY,
            {
              group: ['@/features/*/**'],
              message:
                'Import another feature through its published entry (@/features/<name>), and your own files relatively.',
            },
            { group: ['@/routes/**'], message: 'Features do not import routes.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/record-kit/**/*.{ts,tsx}',
      'src/ui/**/*.{ts,tsx}',
      'src/api/**/*.ts',
      'src/models/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BROWSER_PATHS,
          patterns: [
            ...BROWSER_ONLY,
            {
              group: ['@/features/**', '@/routes/**'],
              message: 'Shared layers (record kit, ui, api, models) import no feature or route.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
      ...importX.flatConfigs.typescript.settings,
      'import-x/internal-regex': '^@/',
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['public/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: [
      'sandbox/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'bench/**/*.{ts,mjs}',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
