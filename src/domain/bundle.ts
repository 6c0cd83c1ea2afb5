// The bundled dataset: the registry files first (units, indicators, …), then the scores checked
// against them. Used by the app, the command-line checker and the tests alike.

import type { Dataset } from './dataset';
import { importText, type ImportResult } from './import';
import type { ImportIssue } from './issues';
import type { FileKind } from './model';
import { buildRegistry, type Registry } from './registry';

export const BUNDLE_FILES = {
  units: 'units.csv',
  unitChanges: 'unit-changes.csv',
  indicators: 'indicators.csv',
  topics: 'topics.csv',
  methods: 'methods.csv',
  scores: 'scores.csv',
} as const;

export type BundleTexts = Partial<Record<keyof typeof BUNDLE_FILES, string>> & {
  units: string;
  indicators: string;
  scores: string;
};

export interface FileIssue extends ImportIssue {
  file: string;
}

export interface Bundle {
  /** The texts it was read from (the import worker rebuilds the registry from them). */
  texts: BundleTexts;
  registry: Registry;
  dataset: Dataset;
  /** Problems the files have (warnings only: a file with errors is not loaded). */
  issues: FileIssue[];
}

export const emptyRegistry: Registry = buildRegistry({ units: [], indicators: [] });

const KINDS: Record<keyof typeof BUNDLE_FILES, FileKind> = {
  units: 'units',
  unitChanges: 'unit-changes',
  indicators: 'indicators',
  topics: 'topics',
  methods: 'methods',
  scores: 'scores',
};

/** Reads the registry files into a registry (no scores). */
export function loadRegistry(texts: Omit<BundleTexts, 'scores'>): {
  registry: Registry;
  results: Record<string, ImportResult>;
} {
  const results: Record<string, ImportResult> = {};
  const read = (key: Exclude<keyof typeof BUNDLE_FILES, 'scores'>): ImportResult | undefined => {
    const text = texts[key];
    if (text === undefined) return undefined;
    const r = importText(text, emptyRegistry, { kind: KINDS[key] });
    results[BUNDLE_FILES[key]] = r;
    return r;
  };
  const units = read('units');
  const indicators = read('indicators');
  const topics = read('topics');
  const methods = read('methods');
  const changes = read('unitChanges');
  const registry = buildRegistry({
    units: units?.tables.units ?? [],
    indicators: indicators?.tables.indicators ?? [],
    topics: topics?.tables.topics ?? [],
    methods: methods?.tables.methods ?? [],
    changes: changes?.tables.changes ?? [],
  });
  return { registry, results };
}

export function loadBundle(texts: BundleTexts): Bundle {
  const { registry, results } = loadRegistry(texts);
  const scores = importText(texts.scores, registry, { kind: 'scores' });
  results[BUNDLE_FILES.scores] = scores;
  const issues: FileIssue[] = [];
  for (const [file, r] of Object.entries(results)) {
    for (const i of r.issues) issues.push({ ...i, file });
  }
  return { texts, registry, dataset: scores.dataset, issues };
}
