import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// One-way imports: domain ← data ← features/charts ← app. Features never import each other.
// (Regexes, not globs: glob patterns match every "../" path.)
const layer = (name) => `(^|/)${name}(/|$)`;
const restrict = (...rules) => ({
  'no-restricted-imports': [
    'error',
    { patterns: rules.map(([regex, message]) => ({ regex, message })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-floor',
      '.bench',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict(
      ['^(react|react-dom|recharts|idb|@tanstack/.*)$', 'src/domain is pure TypeScript.'],
      [
        `${layer('data')}|${layer('features')}|${layer('charts')}|${layer('app')}|${layer('shared')}`,
        'domain imports nothing above it.',
      ],
    ),
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: restrict([
      `${layer('features')}|${layer('charts')}|${layer('app')}`,
      'data imports only domain.',
    ]),
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: restrict([
      `${layer('features')}|${layer('app')}|${layer('data')}`,
      'charts draw prepared series only.',
    ]),
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: restrict(
      [layer('app'), 'features never import app.'],
      ['^\\.\\./[^.]', 'features never import each other.'],
      [layer('features'), 'features never import each other.'],
    ),
  },
);
