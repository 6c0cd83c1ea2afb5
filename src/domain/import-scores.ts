// Records of a scores file → validated long rows and the dataset they form.
// Long layout: one value per row (as scores.csv). Wide layout: one row per unit and year, one column
// per indicator. Every problem is collected with its line and column; rows with errors are left out,
// and the caller accepts the file only when there is no error at all.
//
// Four steps: plan the columns (what each header means, which layout, what is missing), resolve
// what the cells name (year, unit, index, indicator — cached, a million rows name a few hundred),
// check each value with the shared rules (rules.ts), and a thin loop over the records.

import { matchIndicatorColumn, matchScoreColumn, SCORE_FIELDS, type ScoreColumn } from './columns';
import type { Cells, CellsVisitor, RecordStats } from './records';
import { DatasetBuilder, type Dataset } from './dataset';
import { issue, type ImportIssue, type IssueCode, type IssueParams } from './issues';
import type { Indicator, Unit } from './model';
import {
  checkValue,
  CODE_LIKE,
  MIN_YEAR,
  yearFromCell,
  type RuleField,
  type ValueToCheck,
} from './rules';
import {
  ancestors,
  componentsIn,
  indicatorIn,
  unitIn,
  validOn,
  yearEnd,
  type Registry,
} from './registry';
import { knownIndexIds, resolveIndexId, resolveIndicator } from './resolve';
import { foldKey, parseNumberCell, SCIENTIFIC, unescapeFormula } from './text';

// The importer's two ways to find a unit besides its code; the dashboard never needs them.
/** Units of that year whose name (with or without its prefix "Xã", "Huyện"…) matches. */
function unitsNamed(reg: Registry, name: string, year: number): Unit[] {
  const date = yearEnd(year);
  return (reg.byName.get(foldKey(name)) ?? []).filter((u) => validOn(u, date));
}

/** Units of that year whose code is `code` with leading zeros put back (`9958` → `09958`). */
function unitsByStrippedCode(reg: Registry, code: string, year: number): Unit[] {
  const out: Unit[] = [];
  for (const len of [2, 3, 5]) {
    if (len <= code.length) continue;
    const u = unitIn(reg, code.padStart(len, '0'), year);
    if (u) out.push(u);
  }
  return out;
}

export type Layout = 'long' | 'wide';

export type ColumnTarget =
  | { kind: 'field'; field: ScoreColumn }
  | { kind: 'indicator'; index: string | null; code: string }
  | { kind: 'ignore' };

export interface ColumnMapping {
  /** 1-based. */
  column: number;
  header: string;
  target: ColumnTarget | null;
}

export interface ScoreImportOptions {
  /** The index for files that do not say it (wide files with "Tổng điểm", "D1"…). */
  index?: string;
  /** The year for files without a year column. */
  year?: number;
  /** The unit above every unit of the file: settles names shared by communes of two districts. */
  parent?: string;
  /** Header text → what the user chose for it (overrides the automatic match). */
  columnMap?: Readonly<Record<string, ColumnTarget>>;
  /** The last year a score can be for (defaults to the current year). */
  maxYear?: number;
  /** The source given to rows whose file has no source (an upload names its file). */
  defaultSource?: string;
  /** Force the layout instead of deciding it from the columns. */
  layout?: Layout;
  /** About how many values the file holds (sizes the columns once instead of growing them). */
  expectedRows?: number;
}

export interface ScoreImport {
  layout: Layout;
  columns: ColumnMapping[];
  dataset: Dataset;
  /** The physical line of each stored row, by its position in `dataset.rows`. */
  rowLines: number[];
  issues: ImportIssue[];
  skippedRows: number;
  /** Records the file had below the header (well-formed, not blank). */
  records: number;
}

const SUMMARY =
  /^(tong cong|tong so|tong|cong|trung binh|trung binh chung|binh quan|total|average|mean|sum)\b/;

export function mapColumns(
  header: readonly string[],
  reg: Registry,
  columnMap: Readonly<Record<string, ColumnTarget>> = {},
): ColumnMapping[] {
  return header.map((h, i) => {
    const chosen = columnMap[h];
    if (chosen) return { column: i + 1, header: h, target: chosen };
    const field = matchScoreColumn(h);
    if (field) return { column: i + 1, header: h, target: { kind: 'field', field } };
    const ind = matchIndicatorColumn(h, reg);
    if (ind) return { column: i + 1, header: h, target: { kind: 'indicator', ...ind } };
    return { column: i + 1, header: h, target: h.trim() === '' ? { kind: 'ignore' } : null };
  });
}

// ---------------------------------------------------------------------------------------------
// Step 1: plan the columns.

interface IndicatorCol {
  col: number;
  index: string | null;
  code: string;
}

interface ColumnPlan {
  layout: Layout;
  columns: ColumnMapping[];
  /** 0-based position of each field's column, -1 when the file has none. */
  at: Record<ScoreColumn, number>;
  indicatorCols: IndicatorCol[];
  issues: ImportIssue[];
  /** The file cannot be read: a column is missing. */
  blocked: boolean;
}

function planColumns(
  header: readonly string[],
  headerLine: number,
  reg: Registry,
  opts: ScoreImportOptions,
): ColumnPlan {
  const issues: ImportIssue[] = [];
  const columns = mapColumns(header, reg, opts.columnMap);
  const fieldCol = new Map<ScoreColumn, number>();
  const indicatorCols: IndicatorCol[] = [];
  for (const m of columns) {
    const t = m.target;
    if (!t) {
      issues.push(
        issue('warning', 'unknown-column', headerLine, { header: m.header }, m.column, m.header),
      );
    } else if (t.kind === 'field') {
      if (fieldCol.has(t.field)) {
        issues.push(
          issue(
            'error',
            'duplicate-column',
            headerLine,
            { header: m.header, field: t.field },
            m.column,
            m.header,
          ),
        );
      } else fieldCol.set(t.field, m.column - 1);
    } else if (t.kind === 'indicator') {
      indicatorCols.push({ col: m.column - 1, index: t.index, code: t.code });
    }
  }
  // Long when there is an indicator column, or no indicator columns; the user may say otherwise.
  const layout: Layout =
    opts.layout ?? (fieldCol.has('indicator') || indicatorCols.length === 0 ? 'long' : 'wide');
  const scoreCol = fieldCol.get('score');
  if (layout === 'wide' && scoreCol !== undefined) {
    // In a wide file "Điểm"/"Tổng điểm" is the total.
    indicatorCols.push({ col: scoreCol, index: null, code: 'TOTAL' });
    fieldCol.delete('score');
  }
  // "Tổng điểm" beside D1…D8 belongs to the same index as they do.
  const named = new Set(indicatorCols.map((ic) => ic.index).filter((i): i is string => i !== null));
  const only = named.size === 1 ? [...named][0] : undefined;
  if (only !== undefined) for (const ic of indicatorCols) ic.index ??= only;

  const missing = (what: string): void => {
    issues.push(issue('error', 'missing-column', headerLine, { what }));
  };
  if (!fieldCol.has('unit_code') && !fieldCol.has('unit_name')) missing('unit');
  else if (!fieldCol.has('year') && opts.year === undefined) missing('year');
  else if (layout === 'long' && !fieldCol.has('score') && !fieldCol.has('rank')) missing('score');
  else if (
    !fieldCol.has('index') &&
    opts.index === undefined &&
    !(layout === 'wide' && indicatorCols.every((c) => c.index !== null))
  ) {
    missing('index');
  }
  const at = Object.fromEntries(SCORE_FIELDS.map((f) => [f, fieldCol.get(f) ?? -1])) as Record<
    ScoreColumn,
    number
  >;
  return {
    layout,
    columns,
    at,
    indicatorCols,
    issues,
    blocked: issues.some((i) => i.code === 'missing-column'),
  };
}

// ---------------------------------------------------------------------------------------------
// Step 2: resolve what the cells name.

type Resolution<T> = { ok: true; value: T; params?: IssueParams } | Refusal;
/** A unit found: its code, and its id in the dataset being built. */
type UnitResolution = { ok: true; value: string; id: number; params?: IssueParams } | Refusal;
interface Refusal {
  ok: false;
  code: IssueCode;
  params: IssueParams;
}

const describeUnit = (reg: Registry, u: Unit, year: number): string => {
  const above = ancestors(reg, u, year)[0];
  return above ? `${u.code} ${u.name} (${above.name})` : `${u.code} ${u.name}`;
};

/**
 * A copy of `s` that does not point into the file's text. V8 makes substrings of 13 characters or
 * more as views on their parent, so keeping one source URL would keep the whole 57 MB text alive.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1).split('').join('');
}

interface ResolvedIndicator {
  ind: Indicator;
  /** Its series id in the dataset being built. */
  series: number;
}

/** What the cells of one file name, each looked up once. */
class Resolver {
  private readonly years = new Map<string, number | null>();
  private readonly units = new Map<number, Map<string, UnitResolution>>();
  private readonly indices = new Map<string, Resolution<string>>();
  private readonly indicators = new Map<string, Map<string, ResolvedIndicator | null>>();
  private lastIndex = '';
  private lastYear = -1;
  private lastByRaw = new Map<string, ResolvedIndicator | null>();
  private readonly strings = new Map<string, string>();
  private readonly groups = new Map<string, number>();
  private lastSourceRaw = '\u0000';
  private lastSource = -1;

  constructor(
    private readonly reg: Registry,
    private readonly maxYear: number,
    private readonly parent: string | undefined,
    private readonly builder: DatasetBuilder,
  ) {}

  intern(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    const own = detach(s);
    this.strings.set(own, own);
    return own;
  }

  /** A group cell's text id ("a" and "A" are one group). */
  group(raw: string): number {
    let id = this.groups.get(raw);
    if (id === undefined) {
      id = this.builder.textId(detach(raw.toUpperCase()));
      this.groups.set(raw, id);
    }
    return id;
  }

  year(raw: string): number | null {
    let y = this.years.get(raw);
    if (y === undefined) {
      y = yearFromCell(raw, this.maxYear);
      this.years.set(raw, y);
    }
    return y;
  }

  /** The source's text id. Long files repeat the same source row after row: the last is kept. */
  source(raw: string, fallback: string): number {
    if (raw !== this.lastSourceRaw) {
      this.lastSourceRaw = raw;
      this.lastSource = this.builder.textId(detach(unescapeFormula(raw.trim())) || fallback);
    }
    return this.lastSource;
  }

  index(raw: string): Resolution<string> {
    let r = this.indices.get(raw);
    if (!r) {
      const id = resolveIndexId(raw, this.reg);
      r =
        id !== null
          ? { ok: true, value: this.intern(id) }
          : {
              ok: false,
              code: 'unknown-index',
              params: { value: raw, known: knownIndexIds(this.reg) },
            };
      this.indices.set(raw, r);
    }
    return r;
  }

  /**
   * The indicator a cell names, with its series key made once. Long files ask for the same index
   * and year many times in a row: the last one is kept, so most rows build no key string.
   */
  indicator(index: string, raw: string, year: number): ResolvedIndicator | null {
    let byRaw = this.lastByRaw;
    if (index !== this.lastIndex || year !== this.lastYear) {
      const key = `${index}\u0000${year}`;
      byRaw = this.indicators.get(key) ?? new Map();
      this.indicators.set(key, byRaw);
      this.lastIndex = index;
      this.lastYear = year;
      this.lastByRaw = byRaw;
    }
    let hit = byRaw.get(raw);
    if (hit === undefined) {
      const ind = resolveIndicator(this.reg, index, raw, year);
      hit = ind ? { ind, series: this.builder.seriesId(index, ind.code, year) } : null;
      byRaw.set(raw, hit);
    }
    return hit;
  }

  /** Long files name the same unit row after row: the last answer is kept. */
  private lastCode = '\u0000';
  private lastName = '';
  private lastUnitYear = -1;
  private lastUnit: UnitResolution | null = null;

  unit(rawCode: string, rawName: string, year: number): UnitResolution {
    if (
      this.lastUnit &&
      rawCode === this.lastCode &&
      rawName === this.lastName &&
      year === this.lastUnitYear
    )
      return this.lastUnit;
    const found = this.unitOnce(rawCode, rawName, year);
    this.lastCode = rawCode;
    this.lastName = rawName;
    this.lastUnitYear = year;
    this.lastUnit = found;
    return found;
  }

  private unitOnce(rawCode: string, rawName: string, year: number): UnitResolution {
    let byYear = this.units.get(year);
    if (!byYear) {
      byYear = new Map();
      this.units.set(year, byYear);
    }
    const key = rawName === '' ? rawCode : `${rawCode}\u0000${rawName}`;
    let found = byYear.get(key);
    if (!found) {
      let res = rawCode !== '' ? this.byCode(rawCode, year) : this.byName(rawName, year);
      // A code Excel stripped plus a name that settles it.
      if (!res.ok && res.code === 'ambiguous-unit' && rawCode !== '' && rawName !== '') {
        const named = this.byName(rawName, year);
        if (named.ok && named.value.replace(/^0+/, '') === rawCode.replace(/^0+/, '')) {
          res = { ok: true, value: named.value, params: { from: rawCode, to: named.value } };
        }
      }
      found = res.ok ? { ...res, id: this.builder.unitId(this.intern(res.value)) } : res;
      byYear.set(key, found);
    }
    return found;
  }

  private byCode(raw: string, year: number): Resolution<string> {
    if (SCIENTIFIC.test(raw)) return { ok: false, code: 'scientific-code', params: { value: raw } };
    const code = raw.toUpperCase() === 'VN' ? 'VN' : raw;
    if (unitIn(this.reg, code, year)) return { ok: true, value: code };
    if (/^\d+$/.test(code)) {
      const candidates = unitsByStrippedCode(this.reg, code, year);
      const [only] = candidates;
      if (candidates.length === 1 && only) {
        return { ok: true, value: only.code, params: { from: code, to: only.code } };
      }
      if (candidates.length > 1) return this.ambiguous('code', code, year, candidates);
    }
    return { ok: false, code: 'unknown-unit', params: { by: 'code', value: code, year } };
  }

  /** Several units answer to what the cell says: each is listed with its code and parent. */
  private ambiguous(by: 'code' | 'name', value: string, year: number, units: Unit[]): Refusal {
    const candidates = units.map((u) => describeUnit(this.reg, u, year));
    return { ok: false, code: 'ambiguous-unit', params: { by, value, year, candidates } };
  }

  private byName(name: string, year: number): Resolution<string> {
    let found = unitsNamed(this.reg, name, year);
    const parent = this.parent;
    if (parent !== undefined) {
      found = found.filter(
        (u) => u.code === parent || ancestors(this.reg, u, year).some((a) => a.code === parent),
      );
    }
    const [only] = found;
    if (found.length === 1 && only) return { ok: true, value: only.code };
    if (found.length > 1) return this.ambiguous('name', name, year, found);
    return {
      ok: false,
      code: 'unknown-unit',
      params: { by: 'name', value: name, year, ...(parent !== undefined ? { parent } : {}) },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Steps 3 and 4: check each value, in a thin loop over the records.

const BAD = Symbol('bad number');

export function importScoreRecords(
  header: readonly string[],
  headerLine: number,
  forEachRecord: (visit: CellsVisitor) => RecordStats,
  reg: Registry,
  opts: ScoreImportOptions = {},
): ScoreImport {
  const plan = planColumns(header, headerLine, reg, opts);
  const { layout, columns, at, indicatorCols } = plan;
  const issues = [...plan.issues];
  const builder = new DatasetBuilder(Math.min(opts.expectedRows ?? 256, 50_000_000));
  const rowLines: number[] = [];
  if (plan.blocked) {
    return {
      layout,
      columns,
      dataset: builder.build(),
      rowLines,
      issues,
      skippedRows: 0,
      records: 0,
    };
  }
  const maxYear = opts.maxYear ?? new Date().getFullYear();
  const defaultSource = opts.defaultSource ?? '';
  const resolve = new Resolver(reg, maxYear, opts.parent, builder);
  const fileIndex: string | null = opts.index === undefined ? null : opts.index;
  let skippedRows = 0;

  const cell = (cells: Cells, ix: number): string => (ix < 0 ? '' : cells.trimmed(ix));
  const report = (
    severity: 'error' | 'warning',
    code: IssueCode,
    line: number,
    ix: number,
    params: IssueParams = {},
  ): void => {
    issues.push(
      issue(
        severity,
        code,
        line,
        params,
        ix < 0 ? null : ix + 1,
        ix < 0 ? null : (header[ix] ?? null),
      ),
    );
  };
  const fieldColumn: Record<RuleField, number> = {
    score: at.score,
    rank: at.rank,
    rank_of: at.rank_of,
  };

  /** A number cell: a number, null (no value) or BAD (reported). */
  const readNumber = (
    cells: Cells,
    ix: number,
    line: number,
    what: string,
  ): number | null | typeof BAD => {
    if (ix < 0) return null;
    // The canonical form read in place: no string, no answer object.
    const plain = cells.plain(ix);
    if (!Number.isNaN(plain)) return plain;
    const raw = cells.trimmed(ix);
    if (raw === '') return null;
    const n = parseNumberCell(raw);
    if (n.kind === 'number') return n.value;
    if (n.kind === 'empty') return null;
    report('error', 'bad-number', line, ix, { value: raw, what });
    return BAD;
  };

  /** What a record says beside its values; texts as ids into the dataset's table (-1: none). */
  interface RowFacts {
    line: number;
    year: number;
    unitCode: string;
    unit: number;
    source: number;
    note: number;
    group: number;
    rank: number | null;
    rankOf: number | null;
    max: number | null;
  }

  const facts: RowFacts = {
    line: 0,
    year: 0,
    unitCode: '',
    unit: -1,
    source: -1,
    note: -1,
    group: -1,
    rank: null,
    rankOf: null,
    max: null,
  };
  const scratch: ValueToCheck = {
    index: '',
    indicator: {
      index: '',
      code: '',
      parent: null,
      nameVi: '',
      nameEn: '',
      max: 0,
      fromYear: null,
      toYear: null,
    },
    score: null,
    max: null,
    rank: null,
    rankOf: null,
  };

  /** Checks one value and stores it; false when it was refused. */
  const emit = (
    row: RowFacts,
    index: string,
    indicatorRaw: string,
    score: number | null,
    scoreIx: number,
    totalLike: boolean,
  ): boolean => {
    const { line, year } = row;
    const resolved = resolve.indicator(index, indicatorRaw, year);
    const ind = resolved?.ind;
    const indicatorIx = layout === 'long' ? at.indicator : scoreIx;
    if (!resolved || !ind) {
      report('error', 'unknown-indicator', line, indicatorIx, {
        value: indicatorRaw || 'TOTAL',
        index,
        year,
      });
      return false;
    }
    // One scratch object for the whole file: a million rows make no million objects here.
    const value = scratch;
    value.index = index;
    value.indicator = ind;
    value.score = score;
    value.max = totalLike ? row.max : null;
    value.rank = totalLike ? row.rank : null;
    value.rankOf = totalLike ? row.rankOf : null;
    const broken = checkValue(value);
    if (broken) {
      report(
        'error',
        broken.code,
        line,
        broken.field === 'score' ? scoreIx : fieldColumn[broken.field],
        broken.params,
      );
      return false;
    }
    // Stored as columns: no object per row.
    const previous = builder.put(
      resolved.series,
      row.unit,
      score,
      value.max,
      value.rank,
      value.rankOf,
      totalLike ? row.group : -1,
      row.source,
      row.note,
      false,
    );
    if (previous >= 0) {
      report('error', 'duplicate-key', line, indicatorIx, {
        previousLine: rowLines[previous] ?? 0,
        index,
        indicator: ind.code,
        year,
        unit: row.unitCode,
      });
      return false;
    }
    rowLines.push(line);
    return true;
  };

  /** A row whose label says it is a total or an average of the rows above. */
  const summaryLabel = (cells: Cells, rawCode: string, rawName: string): string | null => {
    if (CODE_LIKE.test(rawCode)) return null;
    const label = rawName || rawCode || cell(cells, at.row_number) || cell(cells, 0);
    return SUMMARY.test(foldKey(label)) ? label : null;
  };

  const visit = (cells: Cells, line: number): void => {
    const rawCode = cell(cells, at.unit_code);
    const rawName = cell(cells, at.unit_name);
    const label = summaryLabel(cells, rawCode, rawName);
    if (label !== null) {
      report('warning', 'summary-row', line, -1, { label });
      skippedRows++;
      return;
    }

    let rowOk = true;
    let year: number;
    if (at.year >= 0) {
      const raw = cell(cells, at.year);
      const y = resolve.year(raw);
      if (y === null) {
        report('error', 'bad-year', line, at.year, { value: raw, min: MIN_YEAR, max: maxYear });
        skippedRows++;
        return;
      }
      year = y;
    } else year = opts.year ?? 0;

    let unitCode = '';
    let unit = -1;
    if (rawCode !== '' || rawName !== '') {
      const res = resolve.unit(rawCode, rawName, year);
      if (res.ok) {
        unitCode = res.value;
        unit = res.id;
        if (res.params) report('warning', 'code-restored', line, at.unit_code, res.params);
      } else {
        report('error', res.code, line, rawCode !== '' ? at.unit_code : at.unit_name, res.params);
        rowOk = false;
      }
    } else {
      report('error', 'missing-value', line, at.unit_code >= 0 ? at.unit_code : at.unit_name, {
        what: 'unit',
      });
      rowOk = false;
    }

    let rowIndex = fileIndex;
    if (at.index >= 0) {
      const raw = cell(cells, at.index);
      if (raw !== '') {
        const res = resolve.index(raw);
        if (res.ok) rowIndex = res.value;
        else {
          report('error', res.code, line, at.index, res.params);
          rowOk = false;
        }
      } else if (rowIndex === null) {
        report('error', 'no-index', line, at.index, { known: knownIndexIds(reg) });
        rowOk = false;
      }
    }

    const rank = readNumber(cells, at.rank, line, 'rank');
    const rankOf = readNumber(cells, at.rank_of, line, 'rank_of');
    const max = readNumber(cells, at.max, line, 'max');
    if (rank === BAD || rankOf === BAD || max === BAD) rowOk = false;
    const noteText = at.note < 0 ? '' : unescapeFormula(cell(cells, at.note));
    const groupText = cell(cells, at.group);
    // One facts object for the whole file: emit copies what it needs into the columns.
    facts.line = line;
    facts.year = year;
    facts.unitCode = unitCode;
    facts.unit = unit;
    facts.source = resolve.source(at.source < 0 ? '' : cells.raw(at.source), defaultSource);
    facts.note = noteText === '' ? -1 : builder.textId(detach(noteText));
    facts.group = groupText === '' ? -1 : resolve.group(groupText);
    facts.rank = rank === BAD ? null : rank;
    facts.rankOf = rankOf === BAD ? null : rankOf;
    facts.max = max === BAD ? null : max;

    if (layout === 'long') {
      const score = readNumber(cells, at.score, line, 'score');
      if (score === BAD) return;
      if (score === null && facts.rank === null) {
        report('warning', 'empty-row', line, at.score, { layout });
        skippedRows++;
        return;
      }
      if (!rowOk || rowIndex === null) return;
      emit(facts, rowIndex, cell(cells, at.indicator), score, at.score, true);
      return;
    }
    let produced = 0;
    let refused = false;
    for (const ic of indicatorCols) {
      const score = readNumber(cells, ic.col, line, 'score');
      const totalLike = ic.code === 'TOTAL';
      if (score === BAD) {
        refused = true;
        continue;
      }
      if (score === null && !(totalLike && facts.rank !== null)) continue;
      const index = ic.index ?? rowIndex;
      if (!rowOk || index === null) continue;
      if (emit(facts, index, ic.code, score, ic.col, totalLike)) produced++;
      else refused = true;
    }
    if (produced === 0 && rowOk && !refused) {
      report('warning', 'empty-row', line, -1, { layout });
      skippedRows++;
    }
  };

  const stats = forEachRecord(visit);
  issues.push(...stats.issues);
  const dataset = builder.build();
  issues.push(...checkComponentSums(dataset, reg, rowLines));
  return { layout, columns, dataset, rowLines, issues, skippedRows, records: stats.records };
}

// ---------------------------------------------------------------------------------------------

/** index|year|max → the component series that must add up to the total (null: they need not). */
type SumPlan = (Indicator | undefined)[] | null;

function sumPlan(reg: Registry, index: string, year: number, totalMax: number | null): SumPlan {
  const comps = componentsIn(reg, index, year);
  const max = totalMax ?? indicatorIn(reg, index, 'TOTAL', year)?.max ?? 0;
  const maxSum = comps.reduce((s, i) => s + i.max, 0);
  return comps.length === 0 || Math.abs(maxSum - max) > 0.01 ? null : comps;
}

/** A total to check: what it is for, its value and the line it was read from. */
export interface TotalToCheck {
  index: string;
  year: number;
  unitCode: string;
  score: number | null;
  max: number | null;
  line: number;
}

/** A component's score where it is read from; undefined when there is no row. */
export type ComponentScore = (
  index: string,
  indicator: string,
  year: number,
  unit: string,
) => number | null | undefined;

/**
 * Totals that differ from the sum of their components (where the maxima add up), as warnings.
 * `component` says where a component is read from: the file alone, or (for an upload) the file
 * over the data in use, so that a total uploaded without its components is checked against the
 * components already stored. The totals may be one object reused (nothing of it is kept).
 */
export function componentSumIssues(
  totals: Iterable<TotalToCheck>,
  reg: Registry,
  component: ComponentScore,
  stored: boolean,
): ImportIssue[] {
  const out: ImportIssue[] = [];
  const plans = new Map<string, SumPlan>();
  for (const total of totals) {
    if (total.score === null) continue;
    const planKey = `${total.index}|${total.year}|${total.max ?? ''}`;
    let plan = plans.get(planKey);
    if (plan === undefined) {
      plan = sumPlan(reg, total.index, total.year, total.max);
      plans.set(planKey, plan);
    }
    if (plan === null) continue;
    let sum = 0;
    let complete = true;
    for (const comp of plan) {
      const score = comp && component(total.index, comp.code, total.year, total.unitCode);
      if (score === undefined || score === null) {
        complete = false;
        break;
      }
      sum += score;
    }
    if (!complete || Math.abs(sum - total.score) <= 0.05) continue;
    out.push(
      issue('warning', 'components-sum', total.line, {
        total: total.score,
        sum: Math.round(sum * 1000) / 1000,
        index: total.index,
        year: total.year,
        unit: total.unitCode,
        stored,
      }),
    );
  }
  return out;
}

/** Reads a score from the columns (no row object). */
export function scoreIn(
  ds: Dataset,
  index: string,
  indicator: string,
  year: number,
  unit: string,
): number | null | undefined {
  const at = ds.position(index, indicator, year, unit);
  return at < 0 ? undefined : ds.scoreAt(at);
}

/** The file's totals, one reused object at a time, in row order of each total series. */
export function* totalsOf(ds: Dataset, lines: readonly number[]): Generator<TotalToCheck> {
  const t: TotalToCheck = { index: '', year: 0, unitCode: '', score: null, max: null, line: 0 };
  for (let s = 0; s < ds.seriesCount; s++) {
    const info = ds.seriesInfo(s);
    if (info.indicator !== 'TOTAL') continue;
    t.index = info.index;
    t.year = info.year;
    for (const at of ds.positionsOf(s)) {
      t.unitCode = ds.unitCode(ds.unitAt(at));
      t.score = ds.scoreAt(at);
      t.max = ds.maxAt(at);
      t.line = lines[at] ?? 0;
      yield t;
    }
  }
}

function checkComponentSums(ds: Dataset, reg: Registry, lines: readonly number[]): ImportIssue[] {
  // The totals come series by series, unit by unit: the components' series ids are found once
  // per index and year, the unit's id once per total.
  let atIndex = '';
  let atYear = -1;
  const series = new Map<string, number>();
  let unitCode = '\u0000';
  let unit = -1;
  return componentSumIssues(
    totalsOf(ds, lines),
    reg,
    (index, indicator, year, code) => {
      if (index !== atIndex || year !== atYear) {
        atIndex = index;
        atYear = year;
        series.clear();
      }
      let s = series.get(indicator);
      if (s === undefined) {
        s = ds.seriesOf(index, indicator, year);
        series.set(indicator, s);
      }
      if (code !== unitCode) {
        unitCode = code;
        unit = ds.unitId(code);
      }
      const pos = ds.positionIn(s, unit);
      return pos < 0 ? undefined : ds.scoreAt(pos);
    },
    false,
  );
}
