/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './sw-plugin.ts';
import { compileHints, paintFirst } from './paint-first-plugin.ts';
import { contentSecurityPolicy } from './csp.ts';

// Relative base: the build must work from any sub-path of an intranet server.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), paintFirst(), compileHints(), serviceWorker()],
  build: {
    // Data files stay files (content-hashed, cacheable, replaceable in a benchmark), never
    // inlined as data: URLs however small.
    assetsInlineLimit: (file: string) => (file.endsWith('.csv') ? false : undefined),
    // The first view is one chunk on purpose (React, Recharts and the app: ~700 kB, ~210 kB
    // gzip); Vite's 500 kB warning is about chunks nobody meant to make that big.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
