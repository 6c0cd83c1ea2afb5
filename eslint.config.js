import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// One-way imports: domain ← data ← features/charts ← app. Features never import each other.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
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
    rules: restrict([
      {
        group: ['react', 'react-dom', '@tanstack/*', 'recharts', 'idb'],
        message: 'src/domain is pure TypeScript.',
      },
      {
        group: ['**/data/**', '**/features/**', '**/charts/**', '**/app/**'],
        message: 'domain imports nothing above it.',
      },
    ]),
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['**/features/**', '**/charts/**', '**/app/**'],
        message: 'data imports only domain.',
      },
    ]),
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['**/features/**', '**/app/**', '**/data/**'],
        message: 'charts draw prepared series only.',
      },
    ]),
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['**/app/**', '../../features/*', '../*/**'],
        message: 'features never import each other or app.',
      },
    ]),
  },
);
