// The registry files (units, unit-changes, indicators, topics, methods). These are maintained by
// the project in canonical form, so their headers are matched by name only (case and spaces aside),
// but every value is still checked and every problem reported with its line.

import type { RecordStats, RecordVisitor } from './records';

interface CsvRecord {
  line: number;
  cells: string[];
}

import { issue, type ImportIssue, type IssueCode, type IssueParams } from './issues';
import {
  LEVELS,
  type ChangeKind,
  type FileKind,
  type Indicator,
  type Level,
  type MethodVersion,
  type Topic,
  type Unit,
  type UnitChange,
} from './model';
import { foldKey, parseNumberCell, unescapeFormula } from './text';

export type TableKind = Exclude<FileKind, 'scores'>;

export const CANONICAL_COLUMNS: Record<Exclude<FileKind, 'scores'>, readonly string[]> = {
  units: ['code', 'name', 'level', 'parent_code', 'valid_from', 'valid_to'],
  'unit-changes': ['date', 'old_code', 'new_code', 'kind'],
  indicators: ['index', 'code', 'parent', 'name_vi', 'name_en', 'max', 'from_year', 'to_year'],
  topics: [
    'id',
    'title_vi',
    'title_en',
    'targets',
    'levels',
    'description_vi',
    'description_en',
    'source',
  ],
  methods: ['index', 'from_year', 'to_year', 'version', 'note', 'source'],
};

/** The canonical name a header stands for in the non-score kinds (`Parent Code` → `parent_code`). */
export const canonicalName = (header: string): string => foldKey(header).replace(/ /g, '_');

const REQUIRED: Record<TableKind, readonly string[]> = {
  units: ['code', 'name', 'level'],
  'unit-changes': ['date', 'old_code', 'kind'],
  indicators: ['index', 'code', 'name_vi', 'max'],
  topics: ['id', 'title_vi', 'targets'],
  methods: ['index', 'from_year', 'version'],
};

export interface TableRows {
  units: Unit[];
  changes: UnitChange[];
  indicators: Indicator[];
  topics: Topic[];
  methods: MethodVersion[];
  /** The line each row came from (for registry-level checks). */
  lineOf: Map<object, number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHANGE_KINDS: readonly ChangeKind[] = ['merged', 'split', 'renamed', 'abolished'];

class RowReader {
  constructor(
    private readonly rec: CsvRecord,
    private readonly cols: ReadonlyMap<string, number>,
    private readonly header: readonly string[],
    private readonly issues: ImportIssue[],
  ) {}
  ok = true;

  text(name: string): string {
    const ix = this.cols.get(name);
    return ix === undefined ? '' : unescapeFormula((this.rec.cells[ix] ?? '').trim());
  }

  fail(name: string, code: IssueCode, params: IssueParams): void {
    const ix = this.cols.get(name);
    this.ok = false;
    this.issues.push(
      issue(
        'error',
        code,
        this.rec.line,
        { column: name, ...params },
        ix === undefined ? null : ix + 1,
        ix === undefined ? null : (this.header[ix] ?? null),
      ),
    );
  }

  required(name: string): string {
    const v = this.text(name);
    if (v === '') this.fail(name, 'missing-value', {});
    return v;
  }

  number(name: string, required: boolean): number | null {
    const raw = this.text(name);
    const n = parseNumberCell(raw);
    if (n.kind === 'number') return n.value;
    if (n.kind === 'empty') {
      if (required) this.fail(name, 'missing-value', {});
      return null;
    }
    this.fail(name, 'bad-number', { value: raw });
    return null;
  }

  year(name: string, required: boolean): number | null {
    const n = this.number(name, required);
    if (n !== null && (!Number.isInteger(n) || n < 1990 || n > 2100)) {
      this.fail(name, 'bad-year', { value: String(n) });
      return null;
    }
    return n;
  }

  date(name: string): string | null {
    const v = this.text(name);
    if (v === '') return null;
    if (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) {
      this.fail(name, 'bad-date', { value: v });
      return null;
    }
    return v;
  }
}

export function importTableRecords(
  kind: TableKind,
  header: readonly string[],
  headerLine: number,
  forEachRecord: (visit: RecordVisitor) => RecordStats,
): { rows: TableRows; issues: ImportIssue[]; records: number } {
  const issues: ImportIssue[] = [];
  const rows: TableRows = {
    units: [],
    changes: [],
    indicators: [],
    topics: [],
    methods: [],
    lineOf: new Map(),
  };
  const cols = new Map<string, number>();
  const known = new Set(CANONICAL_COLUMNS[kind]);
  header.forEach((h, i) => {
    const name = canonicalName(h);
    if (known.has(name) && !cols.has(name)) cols.set(name, i);
  });
  const missing = REQUIRED[kind].filter((c) => !cols.has(c));
  if (missing.length > 0) {
    issues.push(issue('error', 'missing-column', headerLine, { what: 'columns', names: missing }));
    return { rows, issues, records: 0 };
  }

  const syntax = forEachRecord((cells, line) => {
    const rec: CsvRecord = { cells, line };
    if (rec.cells.every((c) => c.trim() === '')) return;
    const r = new RowReader(rec, cols, header, issues);
    switch (kind) {
      case 'units': {
        const level = r.required('level') as Level;
        if (!LEVELS.includes(level)) r.fail('level', 'bad-level', { value: level });
        const unit: Unit = {
          code: r.required('code'),
          name: r.required('name'),
          level,
          parentCode: r.text('parent_code') || null,
          validFrom: r.date('valid_from'),
          validTo: r.date('valid_to'),
        };
        if (r.ok) {
          rows.units.push(unit);
          rows.lineOf.set(unit, rec.line);
        }
        break;
      }
      case 'unit-changes': {
        const k = r.required('kind') as ChangeKind;
        if (!CHANGE_KINDS.includes(k)) r.fail('kind', 'bad-kind', { value: k });
        const date = r.date('date');
        const change: UnitChange = {
          date: date ?? '',
          oldCode: r.required('old_code'),
          newCode: r.text('new_code') || null,
          kind: k,
        };
        if (r.ok && date) {
          rows.changes.push(change);
          rows.lineOf.set(change, rec.line);
        }
        break;
      }
      case 'indicators': {
        const ind: Indicator = {
          index: r.required('index'),
          code: r.required('code'),
          parent: r.text('parent') || null,
          nameVi: r.required('name_vi'),
          nameEn: r.text('name_en'),
          max: r.number('max', true) ?? 0,
          fromYear: r.year('from_year', false),
          toYear: r.year('to_year', false),
        };
        if (r.ok) {
          rows.indicators.push(ind);
          rows.lineOf.set(ind, rec.line);
        }
        break;
      }
      case 'topics': {
        const targets = r
          .required('targets')
          .split(';')
          .map((t) => t.trim())
          .filter((t) => t !== '')
          .map((t) => {
            const [index = '', code = ''] = t.split(':');
            if (index === '' || code === '')
              r.fail('targets', 'unknown-target', { value: t, form: true });
            return { index: index.trim().toUpperCase(), code: code.trim().toUpperCase() };
          });
        const levels = r
          .text('levels')
          .split(';')
          .map((l) => l.trim())
          .filter((l) => l !== '') as Level[];
        for (const l of levels) {
          if (!LEVELS.includes(l)) r.fail('levels', 'bad-level', { value: l });
        }
        const topic: Topic = {
          id: r.required('id'),
          titleVi: r.required('title_vi'),
          titleEn: r.text('title_en'),
          targets,
          levels,
          descriptionVi: r.text('description_vi'),
          descriptionEn: r.text('description_en'),
          source: r.text('source'),
        };
        if (r.ok) {
          rows.topics.push(topic);
          rows.lineOf.set(topic, rec.line);
        }
        break;
      }
      case 'methods': {
        const m: MethodVersion = {
          index: r.required('index'),
          fromYear: r.year('from_year', true) ?? 0,
          toYear: r.year('to_year', false),
          version: r.required('version'),
          note: r.text('note'),
          source: r.text('source'),
        };
        if (r.ok) {
          rows.methods.push(m);
          rows.lineOf.set(m, rec.line);
        }
        break;
      }
    }
  });
  issues.push(...syntax.issues);
  return { rows, issues, records: syntax.records };
}

/** GSO codes are text of a fixed length by level; `1` for `01` is Excel's doing. */
const CODE_BY_LEVEL: Record<Level, RegExp> = {
  country: /^VN$/,
  province: /^\d{2}$/,
  district: /^\d{3}$/,
  commune: /^\d{5}$/,
};

const validOnDay = (u: Unit, day: string): boolean =>
  (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || day <= u.validTo);

/**
 * Registry-level checks: codes are text of their level's length, a code's validity periods never
 * overlap, and a parent exists on the first and the last day of its child's period. `context`
 * holds units the file does not (the registry it is added to): a commune file checked alone
 * finds Hà Nội there.
 */
export function checkUnits(
  units: readonly Unit[],
  lines?: ReadonlyMap<object, number>,
  context: readonly Unit[] = [],
): ImportIssue[] {
  const out: ImportIssue[] = [];
  const byCode = new Map<string, Unit[]>();
  for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  for (const u of units) {
    if (!CODE_BY_LEVEL[u.level].test(u.code)) {
      out.push(issue('error', 'bad-code', lines?.get(u) ?? 0, { code: u.code, level: u.level }));
    }
  }
  for (const [code, list] of byCode) {
    const sorted = [...list].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (!prev || !cur) continue;
      if (
        prev.validTo === null ||
        (cur.validFrom !== null && cur.validFrom <= prev.validTo) ||
        cur.validFrom === null
      ) {
        out.push(issue('error', 'overlapping-validity', lines?.get(cur) ?? 0, { code }));
      }
    }
  }
  // A unit the registry has already: the same row again is fine (a file uploaded twice), a
  // different one for an overlapping period is a conflict.
  const overlaps = (a: Unit, b: Unit): boolean =>
    (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo) &&
    (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo);
  const contextByCode = new Map<string, Unit[]>();
  for (const u of context) contextByCode.set(u.code, [...(contextByCode.get(u.code) ?? []), u]);
  for (const u of units) {
    const clash = (contextByCode.get(u.code) ?? []).find(
      (r) =>
        overlaps(r, u) &&
        !(
          r.name === u.name &&
          r.level === u.level &&
          r.parentCode === u.parentCode &&
          r.validFrom === u.validFrom &&
          r.validTo === u.validTo
        ),
    );
    if (clash) {
      out.push(
        issue('error', 'overlapping-validity', lines?.get(u) ?? 0, {
          code: u.code,
          registryName: clash.name,
        }),
      );
    }
  }
  const parentsByCode = new Map<string, Unit[]>(byCode);
  for (const u of context) {
    if (!byCode.has(u.code)) parentsByCode.set(u.code, [...(parentsByCode.get(u.code) ?? []), u]);
  }
  for (const u of units) {
    if (u.parentCode === null) continue;
    const parents = parentsByCode.get(u.parentCode) ?? [];
    if (parents.length === 0) {
      out.push(
        issue('error', 'unknown-parent', lines?.get(u) ?? 0, {
          unit: u.code,
          parent: u.parentCode,
        }),
      );
      continue;
    }
    // The first and last day of the child's period (open ends: the parent must be open too).
    for (const day of [u.validFrom, u.validTo]) {
      const ok = parents.some((p) =>
        day === null
          ? u.validFrom === day
            ? p.validFrom === null
            : p.validTo === null
          : validOnDay(p, day),
      );
      if (!ok) {
        out.push(
          issue('error', 'unknown-parent', lines?.get(u) ?? 0, {
            unit: u.code,
            parent: u.parentCode,
            ...(day !== null ? { date: day } : {}),
          }),
        );
        break;
      }
    }
  }
  return out;
}
