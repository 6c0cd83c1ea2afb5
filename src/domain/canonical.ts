// The fast path for files already in canonical form (what `data/` holds and what the export
// writes): UTF-8, comma-delimited, the canonical header on line 1, plain numbers. It reads them
// without header detection, column aliases, layouts or messages, which keeps the first view's
// JavaScript small and its load short.
//
// It never decides anything the full importer would decide differently: it accepts a file only
// when every row passes the same checks the full importer makes, and returns null at the first
// thing it does not expect. The caller then runs the full importer, which reports the problem
// line by line. (canonical.test.ts checks both agree on generated and damaged files.)

import { normaliseLineEnds, sliceLines, streamRecords, type RecordVisitor } from './records';

export { sliceLines };
import { DatasetBuilder, type Dataset } from './dataset';
import { checkUnits, importTableRecords, type TableKind, type TableRows } from './import-tables';
import { SCORE_COLUMNS, type Indicator } from './model';
import { buildRegistry, indicatorIn, unitIn, type Registry } from './registry';
import { checkValue, CODE_LIKE, yearFromCell } from './rules';
import { parseNumberCell, unescapeFormula } from './text';

/** The header (line 1) and the records below it, or null when line 1 is not plain CSV. */
function split(
  text: string,
): { header: string[]; body: string; forEach: (v: RecordVisitor) => boolean } | null {
  const clean = normaliseLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const end = clean.indexOf('\n');
  if (end < 0) return null;
  const first = clean.slice(0, end).replace(/\r$/, '');
  if (first.includes('"')) return null;
  const body = clean.slice(end + 1);
  const header = first.split(',');
  return {
    header,
    body,
    // Syntax problems (an unclosed quote, a record of the wrong length) are the full importer's
    // to report.
    forEach: (visit) => streamRecords(body, ',', 2, header.length, visit).issues.length === 0,
  };
}

/** A registry file in canonical form, or null. */
export function readCanonicalTable(text: string, kind: TableKind): TableRows | null {
  const s = split(text);
  if (!s) return null;
  let syntaxOk = true;
  const r = importTableRecords(kind, s.header, 1, (visit) => {
    syntaxOk = s.forEach(visit);
    return { issues: [], records: 0 };
  });
  if (!syntaxOk || r.issues.some((i) => i.severity === 'error')) return null;
  return r.rows;
}

const num = (raw: string | undefined): number | null | undefined => {
  if (raw === undefined || raw === '') return null;
  const n = parseNumberCell(raw.trim());
  return n.kind === 'number' ? n.value : n.kind === 'empty' ? null : undefined;
};

/** Reads score records one by one; `result` is the dataset, or null at anything unexpected. */
function scoresReader(reg: Registry, maxYear: number) {
  const builder = new DatasetBuilder();
  // A file names a few hundred units and indicators thousands of times.
  const units = new Map<string, boolean>();
  const knownUnit = (code: string, year: number): boolean => {
    const key = `${code}|${year}`;
    let known = units.get(key);
    if (known === undefined) {
      known = unitIn(reg, code, year) !== undefined;
      units.set(key, known);
    }
    return known;
  };
  // Canonical spellings only: the index id and indicator code as the registry writes them (an
  // empty indicator is the total). Anything else ("Chỉ số CCHC", "Tổng điểm") is the full
  // importer's to resolve: the two never read one cell differently, because its first rule is
  // this exact match.
  const indicators = new Map<string, { ind: Indicator; series: number } | null>();
  const indicatorOf = (
    index: string,
    raw: string,
    year: number,
  ): { ind: Indicator; series: number } | null => {
    const key = `${index}|${raw}|${year}`;
    let hit = indicators.get(key);
    if (hit === undefined) {
      const ind = indicatorIn(reg, index, raw === '' ? 'TOTAL' : raw, year);
      hit = ind ? { ind, series: builder.seriesId(index, ind.code, year) } : null;
      indicators.set(key, hit);
    }
    return hit;
  };
  const indexOf = (raw: string): string | null => (reg.indicatorsByIndex.has(raw) ? raw : null);
  const years = new Map<string, number | null>();
  const yearOf = (raw: string): number | null => {
    let y = years.get(raw);
    if (y === undefined) {
      y = yearFromCell(raw, maxYear);
      years.set(raw, y);
    }
    return y;
  };
  let ok = true;
  const visit = (cells: string[]): void => {
    if (!ok) return;
    const [rawIndex, rawYear, rawCode, rawIndicator, rawScore, rawMax, rawRank, rawRankOf] = cells;
    const code0 = (rawCode ?? '').trim();
    const year = yearOf((rawYear ?? '').trim());
    const indexRaw = (rawIndex ?? '').trim();
    const index = indexRaw === '' ? null : indexOf(indexRaw);
    const code = code0.toUpperCase() === 'VN' ? 'VN' : code0;
    const score = num(rawScore);
    const max = num(rawMax);
    const rank = num(rawRank);
    const rankOf = num(rawRankOf);
    const found =
      year === null || index === null
        ? null
        : indicatorOf(index, (rawIndicator ?? '').trim(), year);
    if (
      !CODE_LIKE.test(code0) ||
      year === null ||
      index === null ||
      !knownUnit(code, year) ||
      !found ||
      score === undefined ||
      max === undefined ||
      rank === undefined ||
      rankOf === undefined ||
      (score === null && rank === null) ||
      checkValue({ index, indicator: found.ind, score, max, rank, rankOf }) !== null
    ) {
      ok = false;
      return;
    }
    const group = (cells[8] ?? '').trim();
    const note = unescapeFormula((cells[10] ?? '').trim());
    const previous = builder.put(
      found.series,
      builder.unitId(code),
      score,
      max,
      rank,
      rankOf,
      builder.textId(group === '' ? null : group.toUpperCase()),
      builder.textId(unescapeFormula((cells[9] ?? '').trim())),
      builder.textId(note === '' ? null : note),
      false,
    );
    if (previous >= 0) ok = false;
  };
  return {
    /** Feeds records of a piece of the body; false when the piece had a syntax problem. */
    feed: (piece: string): boolean => {
      // Parse first: visit may clear ok.
      const clean = streamRecords(piece, ',', 0, SCORE_COLUMNS.length, visit).issues.length === 0;
      ok = ok && clean;
      return ok;
    },
    // A file with no rows is the full importer's to explain.
    result: (): Dataset | null => {
      const ds = builder.build();
      return ok && ds.size > 0 ? ds : null;
    },
  };
}

const isScoresHeader = (header: readonly string[]): boolean =>
  header.join(',') === SCORE_COLUMNS.join(',');

/**
 * A scores file in canonical long form, checked against the registry, or null. `maxYear` is the
 * latest year accepted (the full importer's default: this year).
 */
export function readCanonicalScores(
  text: string,
  reg: Registry,
  maxYear = new Date().getFullYear(),
): Dataset | null {
  const s = split(text);
  if (!s || !isScoresHeader(s.header)) return null;
  const reader = scoresReader(reg, maxYear);
  return reader.feed(s.body) ? reader.result() : null;
}

export type CanonicalTexts = Partial<
  Record<'units' | 'unitChanges' | 'indicators' | 'topics' | 'methods' | 'scores', string>
>;

/** Gives the main thread back between pieces of work (a macrotask, so input and paint go first). */
export type Pause = () => Promise<void>;
const noPause: Pause = () => Promise.resolve();

/** Characters of scores read between pauses: a few milliseconds of work. */
const SLICE_CHARS = 24_000;

/**
 * The bundled files through the fast path: the registry and the scores, or null when any file
 * needs the full importer. With `pause`, the work is done in short pieces between pauses.
 */
export async function readCanonicalBundle(
  texts: CanonicalTexts,
  { maxYear = new Date().getFullYear(), pause = noPause }: { maxYear?: number; pause?: Pause } = {},
): Promise<{ registry: Registry; dataset: Dataset } | null> {
  const table = async (
    text: string | undefined,
    kind: TableKind,
  ): Promise<TableRows | null | undefined> => {
    if (text === undefined) return undefined;
    const rows = readCanonicalTable(text, kind);
    await pause();
    return rows;
  };
  const units = await table(texts.units, 'units');
  const indicators = await table(texts.indicators, 'indicators');
  const topics = await table(texts.topics, 'topics');
  const methods = await table(texts.methods, 'methods');
  const changes = await table(texts.unitChanges, 'unit-changes');
  if (!units || !indicators || topics === null || methods === null || changes === null) {
    return null;
  }
  // The same checks as loadRegistry (topics are checked against indicators by data:check).
  if (checkUnits(units.units, units.lineOf).some((i) => i.severity === 'error')) return null;
  const registry = buildRegistry({
    units: units.units,
    indicators: indicators.indicators,
    topics: topics?.topics ?? [],
    methods: methods?.methods ?? [],
    changes: changes?.changes ?? [],
  });
  const s = texts.scores === undefined ? null : split(texts.scores);
  if (!s || !isScoresHeader(s.header)) return null;
  const reader = scoresReader(registry, maxYear);
  for (const piece of sliceLines(s.body, SLICE_CHARS)) {
    await pause();
    if (!reader.feed(piece)) return null;
  }
  const dataset = reader.result();
  return dataset ? { registry, dataset } : null;
}
