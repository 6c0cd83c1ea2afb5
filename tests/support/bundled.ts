// The bundled data/ files, read once for tests that check against the real registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle, type Bundle } from '../../src/domain/bundle';

export const dataDir = join(import.meta.dirname, '..', '..', 'data');
export const readData = (name: string): string => readFileSync(join(dataDir, name), 'utf8');

let cached: Bundle | null = null;
export function bundled(): Bundle {
  cached ??= loadBundle({
    units: readData('units.csv'),
    indicators: readData('indicators.csv'),
    topics: readData('topics.csv'),
    methods: readData('methods.csv'),
    unitChanges: readData('unit-changes.csv'),
    scores: readData('scores.csv'),
  });
  return cached;
}
