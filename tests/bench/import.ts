// Import benchmarks (issue: foundation): the whole import against a bare Papa.parse of the same
// text, in the same process, alternating runs with a full GC before each; and the heap the
// resulting dataset retains per byte of file.

import { readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { loadRegistry } from '../../src/domain/bundle';
import { importBytes } from '../../src/domain/import';
import { writeBenchInputs } from './inputs';
import type { Figure } from './figure';

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with node --expose-gc (npm run bench does)');
  g();
  g();
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export function importFigures(runs = 5): Figure[] {
  const files = writeBenchInputs();
  const { registry } = loadRegistry({
    units: readFileSync(files.units, 'utf8'),
    indicators: readFileSync(files.indicators, 'utf8'),
  });
  const bytes = new Uint8Array(readFileSync(files.scores));
  const size = statSync(files.scores).size;
  const text = new TextDecoder().decode(bytes);

  const papa: number[] = [];
  const full: number[] = [];
  let rows = 0;
  // Each run in its own function, so what it made is garbage before the next GC.
  const runPapa = (): number => {
    const t = performance.now();
    const parsed = Papa.parse<string[]>(text, { delimiter: ',' });
    const ms = performance.now() - t;
    if (parsed.data.length < 1000) throw new Error('baseline parsed nothing');
    return ms;
  };
  const runImport = (): number => {
    const t = performance.now();
    const result = importBytes(bytes, registry);
    const ms = performance.now() - t;
    if (!result.ok)
      throw new Error(
        `benchmark file rejected: ${result.issues[0]?.code} ${JSON.stringify(result.issues[0]?.params)}`,
      );
    rows = result.dataset.size;
    return ms;
  };
  for (let i = 0; i < runs; i++) {
    gc();
    papa.push(runPapa());
    gc();
    full.push(runImport());
  }

  // Memory retained by the dataset alone (the file's bytes and text are held before and after):
  // the JavaScript heap and the typed arrays' buffers, which live outside it.
  const used = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc();
  const before = used();
  const dataset = importBytes(bytes, registry).dataset;
  gc();
  const after = used();
  const retained = after - before;
  if (dataset.size !== rows) throw new Error('dataset changed between runs');

  const tImport = median(full);
  const tPapa = median(papa);
  return [
    {
      name: 'import_vs_papa',
      value: round(tImport / tPapa),
      unit: 'ratio',
      budget: 1.5,
      better: 'lower',
    },
    {
      name: 'import_heap_vs_file',
      value: round(retained / size),
      unit: 'ratio',
      budget: 1.5,
      better: 'lower',
    },
    {
      name: 'import_mb_per_s',
      value: round(size / 1e6 / (tImport / 1000)),
      unit: 'MB/s',
      budget: null,
      better: 'higher',
    },
    {
      name: 'import_rows_per_s',
      value: Math.round(rows / (tImport / 1000)),
      unit: 'rows/s',
      budget: null,
      better: 'higher',
    },
    { name: 'papa_ms', value: Math.round(tPapa), unit: 'ms', budget: null, better: 'lower' },
    { name: 'import_ms', value: Math.round(tImport), unit: 'ms', budget: null, better: 'lower' },
    { name: 'bench_file_mb', value: round(size / 1e6), unit: 'MB', budget: null, better: 'lower' },
  ];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
