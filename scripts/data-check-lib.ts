// The checker's logic, apart from process I/O so that tests can call it.

import { loadBundle } from '../src/domain/bundle';
import {
  importBytes,
  withStoredChecks,
  type ImportOptions,
  type ImportResult,
} from '../src/domain/import';
import type { ScoreRow } from '../src/domain/model';
import { issueMessage } from '../src/shared/issue-messages';

export const USAGE =
  'usage: npm run data:check -- [--json] [--data DIR] [--index ID] [--parent CODE] [--header-row N] FILE...';

export interface CheckArgs {
  json: boolean;
  dataDir: string;
  /** What the upload preview lets a user choose for a whole file. */
  options: Pick<ImportOptions, 'index' | 'parent' | 'headerRow'>;
  files: string[];
}

export function parseArgs(
  argv: readonly string[],
): { ok: true; args: CheckArgs } | { ok: false; message: string } {
  const args: CheckArgs = { json: false, dataDir: 'data', options: {}, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--data' || a === '--index' || a === '--parent' || a === '--header-row') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--'))
        return { ok: false, message: `${a} needs a value` };
      if (a === '--data') args.dataDir = v;
      else if (a === '--index')
        args.options.index = v; // resolved (and refused) by the importer
      else if (a === '--parent') args.options.parent = v;
      else {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) return { ok: false, message: `bad line number: ${v}` };
        args.options.headerRow = n;
      }
    } else if (a === '--help' || a === '-h') return { ok: false, message: 'help' };
    else if (a.startsWith('--')) return { ok: false, message: `unknown option ${a}` };
    else args.files.push(a);
  }
  if (args.files.length === 0) return { ok: false, message: 'no file given' };
  return { ok: true, args };
}

export interface JsonRow {
  index: string;
  year: number;
  unit_code: string;
  indicator: string;
  score: number | null;
  max: number | null;
  rank: number | null;
  rank_of: number | null;
  group: string | null;
  source: string;
  note: string | null;
}

const jsonRow = (r: ScoreRow): JsonRow => ({
  index: r.index,
  year: r.year,
  unit_code: r.unitCode,
  indicator: r.indicator,
  score: r.score,
  max: r.max,
  rank: r.rank,
  rank_of: r.rankOf,
  group: r.group,
  source: r.source,
  note: r.note,
});

export interface CheckReport {
  files: { name: string; result: ImportResult }[];
  errors: number;
  warnings: number;
  json: {
    files: {
      file: string;
      kind: string | null;
      encoding: string | null;
      delimiter: string | null;
      ok: boolean;
      issues: {
        line: number;
        column: number | null;
        severity: string;
        code: string;
        message: string;
        message_en: string;
      }[];
      rows: JsonRow[];
    }[];
  };
}

/**
 * Checks files as the upload preview does: against the registry in the data folder, and against
 * its scores as the data in use (a total checked against the components already there).
 */
export function checkFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  readDataFile: (name: string) => string | undefined,
  options: CheckArgs['options'] = {},
): CheckReport {
  const { registry, dataset } = loadBundle({
    units: readDataFile('units.csv') ?? '',
    indicators: readDataFile('indicators.csv') ?? '',
    topics: readDataFile('topics.csv'),
    methods: readDataFile('methods.csv'),
    unitChanges: readDataFile('unit-changes.csv'),
    scores: readDataFile('scores.csv') ?? '',
  });
  const results = files.map((f) => ({
    name: f.name,
    result: withStoredChecks(importBytes(f.bytes, registry, options), registry, dataset),
  }));
  let errors = 0;
  let warnings = 0;
  for (const { result } of results) {
    for (const i of result.issues) {
      if (i.severity === 'error') errors++;
      else warnings++;
    }
  }
  return {
    files: results,
    errors,
    warnings,
    json: {
      files: results.map(({ name, result }) => ({
        file: name,
        kind: result.kind,
        encoding: result.encoding,
        delimiter: result.delimiter,
        ok: result.ok,
        issues: result.issues.map((i) => ({
          line: i.line,
          column: i.column,
          severity: i.severity,
          code: i.code,
          message: issueMessage(i, 'vi'),
          message_en: issueMessage(i, 'en'),
        })),
        rows: result.kind === 'scores' ? result.dataset.rows.map(jsonRow) : [],
      })),
    },
  };
}

export function formatText(report: CheckReport): string {
  const lines: string[] = [];
  for (const { name, result } of report.files) {
    for (const i of result.issues) {
      const place = i.column !== null ? `${name}:${i.line}:${i.column}` : `${name}:${i.line}`;
      lines.push(`${place}: ${i.severity}: ${issueMessage(i, 'vi')} — ${issueMessage(i, 'en')}`);
    }
  }
  const bad = report.files.filter((f) => !f.result.ok).length;
  const rows = report.files.reduce(
    (n, f) =>
      n +
      (f.result.kind === 'scores'
        ? f.result.dataset.size
        : Object.values(f.result.tables).reduce(
            (m, v) => m + (Array.isArray(v) ? v.length : 0),
            0,
          )),
    0,
  );
  lines.push(
    `${report.files.length} tệp, ${rows} dòng, ${report.errors} lỗi, ${report.warnings} cảnh báo; ${bad} tệp không hợp lệ — ` +
      `${report.files.length} file(s), ${rows} row(s), ${report.errors} error(s), ${report.warnings} warning(s); ${bad} file(s) rejected`,
  );
  return `${lines.join('\n')}\n`;
}
