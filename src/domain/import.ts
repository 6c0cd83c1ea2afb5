// The one entry point from bytes to a validated result, used by the browser (in a worker), the
// command-line checker and the tests: decode → find header and delimiter → parse → validate.
// It never throws on input: whatever the bytes, the answer is a result with issues.

import { detectKind, headerScore } from './columns';
import { readTable, type Delimiter } from './csv';
import type { Dataset } from './dataset';
import { decodeBytes, type Encoding } from './decode';
import { emptyDataset } from './dataset';
import { byPosition, hasErrors, issue, type ImportIssue } from './issues';
import type { FileKind } from './model';
import {
  importScoreRecords,
  type ColumnMapping,
  type Layout,
  type ScoreImportOptions,
} from './import-scores';
import { checkTopics, checkUnits, importTableRecords, type TableRows } from './import-tables';
import type { Registry } from './registry';

export interface ImportOptions extends ScoreImportOptions {
  /** Force the kind instead of detecting it from the header. */
  kind?: FileKind;
  /** Force the delimiter instead of detecting it from the header line. */
  delimiter?: Delimiter;
  /** Force the encoding instead of detecting it. */
  encoding?: Encoding;
  /** Called as the records are read, with the share done (0…1). */
  onProgress?: (fraction: number) => void;
}

export interface ImportResult {
  ok: boolean;
  kind: FileKind | null;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  layout: Layout | null;
  headerLine: number | null;
  columns: ColumnMapping[];
  issues: ImportIssue[];
  /** Score files: the validated rows and their dataset (rows with errors left out). */
  dataset: Dataset;
  /** Registry files. */
  tables: TableRows;
  /** Records below the header that became no row (blank, summary, empty, invalid). */
  skippedRows: number;
}

const noTables = (): TableRows => ({
  units: [],
  changes: [],
  indicators: [],
  topics: [],
  methods: [],
  lineOf: new Map(),
});

function failed(issues: ImportIssue[], encoding: Encoding | null = null): ImportResult {
  return {
    ok: false,
    kind: null,
    encoding,
    delimiter: null,
    layout: null,
    headerLine: null,
    columns: [],
    issues,
    dataset: emptyDataset,
    tables: noTables(),
    skippedRows: 0,
  };
}

export function importText(
  text: string,
  reg: Registry,
  opts: ImportOptions = {},
  encoding: Encoding | null = null,
): ImportResult {
  try {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const table = readTable(
      clean,
      (cells) => headerScore(cells, reg),
      opts.delimiter,
      opts.onProgress,
    );
    if (!table.ok) return failed(table.issues, encoding);
    const t = table.table;
    const kind = opts.kind ?? detectKind(t.header);
    if (kind === 'scores') {
      const s = importScoreRecords(t.header, t.headerLine, t.forEachRecord, reg, opts);
      const issues = [...t.issues, ...s.issues].sort(byPosition);
      return {
        ok: !hasErrors(issues),
        kind,
        encoding,
        delimiter: t.delimiter,
        layout: s.layout,
        headerLine: t.headerLine,
        columns: s.columns,
        issues,
        dataset: s.dataset,
        tables: noTables(),
        skippedRows: s.skippedRows,
      };
    }
    const r = importTableRecords(kind, t.header, t.headerLine, t.forEachRecord);
    const extra =
      kind === 'units'
        ? checkUnits(r.rows.units, r.rows.lineOf)
        : kind === 'topics' && reg.indicators.length > 0
          ? checkTopics(r.rows.topics, reg.indicators, r.rows.lineOf)
          : [];
    const issues = [...t.issues, ...r.issues, ...extra].sort(byPosition);
    return {
      ok: !hasErrors(issues),
      kind,
      encoding,
      delimiter: t.delimiter,
      layout: null,
      headerLine: t.headerLine,
      columns: t.header.map((h, i) => ({ column: i + 1, header: h, target: null })),
      issues,
      dataset: emptyDataset,
      tables: r.rows,
      skippedRows: 0,
    };
  } catch (e) {
    // A bug of ours must still come back as an issue, not as a crashed upload.
    const msg = e instanceof Error ? e.message : String(e);
    return failed(
      [
        issue(
          'error',
          'csv-syntax',
          1,
          `Lỗi không mong đợi khi đọc tệp: ${msg}`,
          `Unexpected error while reading the file: ${msg}`,
        ),
      ],
      encoding,
    );
  }
}

export function importBytes(
  bytes: Uint8Array,
  reg: Registry,
  opts: ImportOptions = {},
): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed([decoded.issue]);
  return importText(decoded.text, reg, opts, decoded.encoding);
}
