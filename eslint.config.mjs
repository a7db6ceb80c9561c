// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const NO_BENCH = { group: ['**/bench/**'], message: 'Only bench/ measures; nothing imports it.' };
const NO_SCRIPTS = {
  group: ['**/scripts/**'],
  message: 'scripts/ holds CLIs; shared code lives in src/lib.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'dist-shard-*/',
      '.astro/',
      'coverage/',
      'node_modules/',
      'content/',
      'tests/fixtures/**/*.{md,json,xml,txt}',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    // Type information is not available inside .astro frontmatter nor in plain config files.
    files: ['**/*.astro', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Module boundaries (docs/architecture.md). Later blocks replace the rule for their folders, so
  // each block lists every pattern that applies to it.
  {
    // Measurement stays out of the product: the site never depends on the benchmark.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_BENCH, NO_SCRIPTS] }],
    },
  },
  {
    // Framework-free code, loadable by vitest and the CLIs: no Astro virtual modules, components,
    // pages or the site's data layer (zod comes from `astro/zod`, a plain package export).
    files: ['src/lib/**', 'src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_BENCH,
            NO_SCRIPTS,
            { regex: '^astro:', message: 'src/lib and src/schemas never import astro:* modules.' },
            {
              group: [
                '**/*.astro',
                '**/data/**',
                '**/components/**',
                '**/pages/**',
                '**/layouts/**',
              ],
              message:
                'src/lib and src/schemas sit below the site: pages import them, not the reverse.',
            },
            {
              group: ['**/integrations/**', '**/plugins/**'],
              message: 'Integrations and plugins use src/lib, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser code: it runs in the reader's page, where Node's modules do not exist.
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_BENCH,
            { regex: '^node:', message: 'Browser code cannot import Node modules.' },
            { regex: '^astro:', message: 'Browser code cannot import astro:* build modules.' },
          ],
        },
      ],
    },
  },
  {
    // The CLIs are thin: they call src/lib and src/schemas, never the site's pages or data layer.
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_BENCH,
            {
              regex: '^astro:',
              message: 'scripts/ runs outside Astro: no astro:* modules.',
            },
            {
              group: [
                '**/src/components/**',
                '**/src/pages/**',
                '**/src/layouts/**',
                '**/src/data/**',
              ],
              message: 'scripts/ calls src/lib, not the site.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
