// The one entry point from bytes to a validated result, used by the browser (in a worker), the
// command-line checker and the tests: decode → line ends → find header and delimiter → parse →
// validate. It never throws on input: whatever the bytes, the answer is a result with issues.

import { detectKind, headerScore, matchIndicatorColumn, matchScoreColumn } from './columns';
import { readTable, type Delimiter } from './csv';
import { emptyDataset, type Dataset } from './dataset';
import { decodeBytes, type Encoding } from './decode';
import { issue, type ImportIssue } from './issues';
import type { FileKind } from './model';
import {
  componentSumIssues,
  importScoreRecords,
  scoreIn,
  type ComponentScore,
  type TotalToCheck,
  type ColumnMapping,
  type Layout,
  type ScoreImportOptions,
} from './import-scores';
import { checkUnits, importTableRecords, type TableRows } from './import-tables';
import { checkChanges, checkTopics } from './registry-checks';
import { componentsIn, type Registry } from './registry';
import { knownIndexIds, resolveIndexId } from './resolve';

export const hasErrors = (issues: readonly ImportIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');

export function byPosition(a: ImportIssue, b: ImportIssue): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

export interface ImportOptions extends ScoreImportOptions {
  /** Force the kind instead of detecting it from the header. */
  kind?: FileKind;
  /** Force the delimiter instead of detecting it from the header line. */
  delimiter?: Delimiter;
  /** Force the encoding instead of detecting it. */
  encoding?: Encoding;
  /** The header's physical line (1-based), instead of finding it. */
  headerRow?: number;
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
  /** The physical line of each row of `dataset.rows`. */
  rowLines: number[];
  /** Registry files. */
  tables: TableRows;
  /** Records below the header that became no row (summary, empty, invalid). */
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
    rowLines: [],
    tables: noTables(),
    skippedRows: 0,
  };
}

const tableRowCount = (t: TableRows): number =>
  t.units.length + t.changes.length + t.indicators.length + t.topics.length + t.methods.length;

export function importText(
  text: string,
  reg: Registry,
  opts: ImportOptions = {},
  encoding: Encoding | null = null,
): ImportResult {
  try {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let scoreOpts: ImportOptions = opts;
    if (opts.index !== undefined) {
      const id = resolveIndexId(opts.index, reg);
      if (id === null) {
        return failed(
          [issue('error', 'unknown-index', 1, { value: opts.index, known: knownIndexIds(reg) })],
          encoding,
        );
      }
      scoreOpts = { ...opts, index: id };
    }
    const table = readTable(clean, (cells) => headerScore(cells, reg), {
      ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
      ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      numberHeader: (h) => {
        const f = matchScoreColumn(h);
        if (f !== null) return f === 'score' || f === 'max' || f === 'rank' || f === 'rank_of';
        return matchIndicatorColumn(h, reg) !== null;
      },
    });
    if (!table.ok) return failed(table.issues, encoding);
    const t = table.table;
    const kind = opts.kind ?? detectKind(t.header);
    const firstBodyLine = t.headerLine + t.headerSpan;
    // A file whose every line was refused or skipped says why; one with none says so.
    const noRows = (records: number, skipped: number): ImportIssue =>
      issue('error', 'no-rows', records === 0 ? t.headerLine : firstBodyLine, {
        records,
        skipped,
      });
    const base = {
      kind,
      encoding,
      delimiter: t.delimiter,
      headerLine: t.headerLine,
    };
    if (kind === 'scores') {
      // A long file's line is about 60 characters: the columns are sized once for that many.
      const expectedRows = Math.ceil(clean.length / 60);
      const s = importScoreRecords(t.header, t.headerLine, t.forEachCells, reg, {
        ...scoreOpts,
        expectedRows,
      });
      const issues = [...t.issues, ...s.issues];
      if (s.dataset.size === 0 && !hasErrors(issues)) issues.push(noRows(s.records, s.skippedRows));
      issues.sort(byPosition);
      return {
        ...base,
        ok: !hasErrors(issues),
        layout: s.layout,
        columns: s.columns,
        issues,
        dataset: s.dataset,
        rowLines: s.rowLines,
        tables: noTables(),
        skippedRows: s.skippedRows,
      };
    }
    const r = importTableRecords(kind, t.header, t.headerLine, t.forEachRecord);
    const extra =
      kind === 'units'
        ? checkUnits(r.rows.units, r.rows.lineOf, reg.units)
        : kind === 'unit-changes' && reg.units.length > 0
          ? checkChanges(r.rows.changes, reg.units, r.rows.lineOf)
          : kind === 'topics' && reg.indicators.length > 0
            ? checkTopics(r.rows.topics, reg.indicators, r.rows.lineOf)
            : [];
    const issues = [...t.issues, ...r.issues, ...extra];
    if (tableRowCount(r.rows) === 0 && !hasErrors(issues)) issues.push(noRows(r.records, 0));
    issues.sort(byPosition);
    return {
      ...base,
      ok: !hasErrors(issues),
      layout: null,
      columns: t.header.map((h, i) => ({ column: i + 1, header: h, target: null })),
      issues,
      dataset: emptyDataset,
      rowLines: [],
      tables: r.rows,
      skippedRows: 0,
    };
  } catch (e) {
    // A bug of ours must still come back as an issue, not as a crashed upload.
    const message = e instanceof Error ? e.message : String(e);
    return failed([issue('error', 'internal-error', 1, { message })], encoding);
  }
}

export function importBytes(
  bytes: Uint8Array,
  reg: Registry,
  opts: ImportOptions = {},
): ImportResult {
  const decoded = decodeBytes(bytes, opts.encoding);
  if (!decoded.ok) return failed([decoded.issue]);
  return importText(decoded.text, reg, opts, decoded.encoding);
}

/** The result with the checks against the data in use added (the upload preview and data:check). */
export function withStoredChecks(
  result: ImportResult,
  reg: Registry,
  current: Dataset | null,
): ImportResult {
  if (!current) return result;
  const extra = storedSumIssues(result, reg, current);
  return extra.length === 0
    ? result
    : { ...result, issues: [...result.issues, ...extra].sort(byPosition) };
}

/**
 * Totals and components of an upload checked against the data in use: a total uploaded without
 * its components (or components without their total) would leave stored data that does not add
 * up. Groups the file holds whole were checked by the import itself and are not repeated.
 */
export function storedSumIssues(
  result: ImportResult,
  reg: Registry,
  current: Dataset,
): ImportIssue[] {
  const upload = result.dataset;
  if (result.kind !== 'scores' || upload.size === 0) return [];
  const either: ComponentScore = (index, indicator, year, unit) =>
    scoreIn(upload, index, indicator, year, unit) ?? scoreIn(current, index, indicator, year, unit);
  // Per index and year: the upload's series of the total and of each component, the total's
  // series in the data in use, and a flag per unit (one total per index, year and unit, at the
  // line of its first row there). Found once; every row then reads ids, not strings.
  interface Plan {
    index: string;
    year: number;
    total: number;
    components: number[];
    storedTotal: number;
    seen: Uint8Array;
  }
  const plans = new Map<string, Plan>();
  const planOf: (Plan | undefined)[] = [];
  const relevant: TotalToCheck[] = [];
  for (let i = 0; i < upload.size; i++) {
    const s = upload.seriesAt(i);
    let plan = planOf[s];
    if (!plan) {
      const { index, year } = upload.seriesInfo(s);
      const key = `${index}|${year}`;
      plan = plans.get(key) ?? {
        index,
        year,
        total: upload.seriesOf(index, 'TOTAL', year),
        components: componentsIn(reg, index, year).map((c) => upload.seriesOf(index, c.code, year)),
        storedTotal: current.seriesOf(index, 'TOTAL', year),
        seen: new Uint8Array(upload.unitCount),
      };
      plans.set(key, plan);
      planOf[s] = plan;
    }
    const unitId = upload.unitAt(i);
    if (plan.seen[unitId] === 1) continue;
    plan.seen[unitId] = 1;
    // A total whose components are all in the upload was checked with the file.
    const totalAt = upload.positionIn(plan.total, unitId);
    if (totalAt >= 0 && plan.components.every((c) => upload.positionIn(c, unitId) >= 0)) continue;
    const unit = upload.unitCode(unitId);
    const { index, year } = plan;
    if (totalAt >= 0) {
      relevant.push({
        index,
        year,
        unitCode: unit,
        score: upload.scoreAt(totalAt),
        max: upload.maxAt(totalAt),
        line: result.rowLines[i] ?? 0,
      });
      continue;
    }
    const storedAt = current.positionIn(plan.storedTotal, current.unitId(unit));
    if (storedAt >= 0)
      relevant.push({
        index,
        year,
        unitCode: unit,
        score: current.scoreAt(storedAt),
        max: current.maxAt(storedAt),
        line: result.rowLines[i] ?? 0,
      });
  }
  return componentSumIssues(relevant, reg, either, true);
}
