// The bundled data/ files, read once for tests that check against the real registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle, type Bundle, type BundleTexts } from '../../src/domain/bundle';

export const dataDir = join(import.meta.dirname, '..', '..', 'data');
export const readData = (name: string): string => readFileSync(join(dataDir, name), 'utf8');

/** The texts of the bundled files, as the page fetches them. */
export const bundledTexts = (): BundleTexts => ({
  units: readData('units.csv'),
  indicators: readData('indicators.csv'),
  topics: readData('topics.csv'),
  methods: readData('methods.csv'),
  unitChanges: readData('unit-changes.csv'),
  scores: readData('scores.csv'),
});

let cached: Bundle | null = null;
export function bundled(): Bundle {
  cached ??= loadBundle(bundledTexts());
  return cached;
}
