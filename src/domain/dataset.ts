// The dataset, stored as columns: a million scores are a dozen typed arrays and a few string
// tables, not a million objects for the garbage collector to move.
//
// - Each row is a position. Its series (index, indicator, year) and unit are integer ids; its
//   numbers are Float64Array cells (NaN: no value); its group, source and note are ids into one
//   table of texts (-1: none).
// - (series, unit) → position is an open-addressing hash table of positions (an Int32Array).
// - A series' rows, in row order, come from a counting sort made the first time one is asked for.
// - `rowAt(i)` makes a ScoreRow on demand for the few views and tests that want objects.
//
// Merge rule: a later layer replaces an earlier one key by key, in place (bundled data, then each
// committed upload in order). Nothing is removed by a merge. Merging copies columns through id
// maps: no row object is made.

import type { ScoreRow } from './model';

const NONE = -1;

/** Strings with integer ids in order of first use, each stored once. */
class Table {
  readonly list: string[];
  private readonly ids = new Map<string, number>();
  constructor(list: readonly string[] = []) {
    this.list = [...list];
    this.list.forEach((s, i) => {
      if (!this.ids.has(s)) this.ids.set(s, i);
    });
  }
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
  find(s: string): number {
    return this.ids.get(s) ?? NONE;
  }
}

/** One number for (index, indicator, year) ids: exact below 2^53 for any realistic table. */
const seriesNumber = (index: number, indicator: number, year: number): number =>
  (index * 1_048_576 + indicator) * 8192 + (year & 8191);

/** Mixes both ids into every bit (murmur3's finaliser): the table takes the low bits. */
function hashOf(series: number, unit: number): number {
  let h = Math.imul(series, 0x9e3779b1) ^ unit;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A dataset's columns and string tables as plain data: what the import worker transfers to the
 * page (its buffers moved, not copied) and what IndexedDB stores chunk by chunk.
 */
export interface PackedDataset {
  indices: string[];
  indicators: string[];
  units: string[];
  texts: string[];
  /** Per series: the ids of its index and indicator, and its year. */
  seriesIndex: Uint32Array;
  seriesIndicator: Uint32Array;
  seriesYear: Uint16Array;
  /** Per row. */
  series: Uint32Array;
  unit: Uint32Array;
  score: Float64Array;
  max: Float64Array;
  rank: Float64Array;
  rankOf: Float64Array;
  group: Int32Array;
  source: Int32Array;
  note: Int32Array;
}

/** What a row is made from: a dataset's packed columns, or a builder's growing ones. */
type RowSource = {
  readonly [K in keyof PackedDataset]: PackedDataset[K] extends string[]
    ? readonly string[]
    : ArrayLike<number>;
};

/** The row at position `i`, made now. */
function makeRow(p: RowSource, i: number): ScoreRow {
  const s = p.series[i] ?? 0;
  const group = p.group[i] ?? NONE;
  const note = p.note[i] ?? NONE;
  return {
    index: p.indices[p.seriesIndex[s] ?? 0] ?? '',
    year: p.seriesYear[s] ?? 0,
    unitCode: p.units[p.unit[i] ?? 0] ?? '',
    indicator: p.indicators[p.seriesIndicator[s] ?? 0] ?? '',
    score: num(p.score[i]),
    max: num(p.max[i]),
    rank: num(p.rank[i]),
    rankOf: num(p.rankOf[i]),
    group: group === NONE ? null : (p.texts[group] ?? null),
    source: p.texts[p.source[i] ?? NONE] ?? '',
    note: note === NONE ? null : (p.texts[note] ?? null),
  };
}

const num = (x: number | undefined): number | null =>
  x === undefined || Number.isNaN(x) ? null : x;
const cell = (x: number | null): number => (x === null ? NaN : x);

export class Dataset {
  private readonly indexTable: Table;
  private readonly indicatorTable: Table;
  private readonly unitTable: Table;
  private readonly seriesIds = new Map<number, number>();
  private readonly slots: Int32Array;
  private grouped: { start: Uint32Array; order: Uint32Array } | null = null;
  private madeRows: ScoreRow[] | null = null;
  private readonly made = new Map<number, ScoreRow>();

  /** Use `DatasetBuilder` or `Dataset.fromPacked`; the columns are taken as they are. */
  constructor(
    private readonly p: PackedDataset,
    slots?: Int32Array,
  ) {
    this.indexTable = new Table(p.indices);
    this.indicatorTable = new Table(p.indicators);
    this.unitTable = new Table(p.units);
    for (let s = 0; s < p.seriesIndex.length; s++) {
      this.seriesIds.set(
        seriesNumber(p.seriesIndex[s] ?? 0, p.seriesIndicator[s] ?? 0, p.seriesYear[s] ?? 0),
        s,
      );
    }
    // Slots handed over (a worker's) are taken when they can be this dataset's: sized for it.
    this.slots =
      slots && fits(slots.length, p.series.length)
        ? slots
        : buildSlots(p.series, p.unit, p.series.length);
  }

  static fromPacked(p: PackedDataset, slots?: Int32Array): Dataset {
    return new Dataset(p, slots);
  }

  /** How many rows. */
  get size(): number {
    return this.p.series.length;
  }

  /** The hash table over the columns (its buffer is transferred with them). */
  hashSlots(): Int32Array {
    return this.slots;
  }

  /** The columns and tables as they are (not copied): for merging and for transfer. */
  packed(): PackedDataset {
    return this.p;
  }

  /** The row at a position, made now. */
  rowAt(i: number): ScoreRow {
    return makeRow(this.p, i);
  }

  /**
   * The row at a position, made on first use and kept: views ask for the same values on every
   * render and get the same objects (what they memoise on stays equal). Only rows asked for are
   * made.
   */
  row(i: number): ScoreRow {
    let r = this.made.get(i);
    if (!r) {
      r = this.rowAt(i);
      this.made.set(i, r);
    }
    return r;
  }

  /**
   * All rows as objects, in order, made on first use and kept. For small data and tests: views
   * and the importer read the columns or `rowAt`.
   */
  get rows(): readonly ScoreRow[] {
    if (!this.madeRows) {
      const out: ScoreRow[] = new Array<ScoreRow>(this.size);
      for (let i = 0; i < this.size; i++) out[i] = this.rowAt(i);
      this.madeRows = out;
    }
    return this.madeRows;
  }

  /** The series' id, or -1 when the dataset has no row of it. */
  seriesOf(index: string, indicator: string, year: number): number {
    const i = this.indexTable.find(index);
    const k = this.indicatorTable.find(indicator);
    if (i === NONE || k === NONE) return NONE;
    return this.seriesIds.get(seriesNumber(i, k, year)) ?? NONE;
  }

  unitId(code: string): number {
    return this.unitTable.find(code);
  }

  /** The position of (series id, unit id), or -1. */
  positionIn(series: number, unit: number): number {
    if (series === NONE || unit === NONE) return NONE;
    return probe(this.slots, this.p.series, this.p.unit, series, unit);
  }

  position(index: string, indicator: string, year: number, unitCode: string): number {
    return this.positionIn(this.seriesOf(index, indicator, year), this.unitId(unitCode));
  }

  /** How many series; each has an id below it. */
  get seriesCount(): number {
    return this.p.seriesIndex.length;
  }

  seriesInfo(s: number): { index: string; indicator: string; year: number } {
    const p = this.p;
    return {
      index: p.indices[p.seriesIndex[s] ?? 0] ?? '',
      indicator: p.indicators[p.seriesIndicator[s] ?? 0] ?? '',
      year: p.seriesYear[s] ?? 0,
    };
  }

  /** The positions of a series' rows, in row order. */
  positionsOf(series: number): Uint32Array {
    if (series < 0 || series >= this.seriesCount) return new Uint32Array(0);
    if (!this.grouped) this.grouped = groupBySeries(this.p.series, this.seriesCount);
    const { start, order } = this.grouped;
    return order.subarray(start[series] ?? 0, start[series + 1] ?? 0);
  }

  seriesAt(i: number): number {
    return this.p.series[i] ?? NONE;
  }
  unitAt(i: number): number {
    return this.p.unit[i] ?? NONE;
  }
  /** How many unit codes the dataset names; each has an id below it. */
  get unitCount(): number {
    return this.p.units.length;
  }
  unitCode(id: number): string {
    return this.p.units[id] ?? '';
  }
  scoreAt(i: number): number | null {
    return num(this.p.score[i]);
  }
  private textAt(id: number): string | null {
    return id === NONE ? null : (this.p.texts[id] ?? null);
  }

  /** Whether row `i` holds the same values as row `j` of `other` (keys aside). */
  sameValues(i: number, other: Dataset, j: number): boolean {
    const a = this.p;
    const b = other.p;
    const same = (x: number | undefined, y: number | undefined): boolean =>
      x === y || (Number.isNaN(x) && Number.isNaN(y));
    return (
      same(a.score[i], b.score[j]) &&
      same(a.max[i], b.max[j]) &&
      same(a.rank[i], b.rank[j]) &&
      same(a.rankOf[i], b.rankOf[j]) &&
      this.textAt(a.group[i] ?? NONE) === other.textAt(b.group[j] ?? NONE) &&
      this.textAt(a.source[i] ?? NONE) === other.textAt(b.source[j] ?? NONE) &&
      this.textAt(a.note[i] ?? NONE) === other.textAt(b.note[j] ?? NONE)
    );
  }

  maxAt(i: number): number | null {
    return num(this.p.max[i]);
  }
}

function probe(
  slots: Int32Array,
  seriesCol: Uint32Array,
  unitCol: Uint32Array,
  series: number,
  unit: number,
): number {
  const mask = slots.length - 1;
  for (let h = hashOf(series, unit) & mask; ; h = (h + 1) & mask) {
    const at = slots[h] ?? 0;
    if (at === 0) return NONE;
    if (seriesCol[at - 1] === series && unitCol[at - 1] === unit) return at - 1;
  }
}

/** A table for `n` rows: a power of two, at most half full, not much larger than needed. */
const fits = (size: number, n: number): boolean =>
  (size & (size - 1)) === 0 && size >= slotsFor(n) && size <= 2 * slotsFor(n);

const slotsFor = (n: number): number => {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
};

function buildSlots(seriesCol: Uint32Array, unitCol: Uint32Array, n: number): Int32Array {
  const slots = new Int32Array(slotsFor(n));
  const mask = slots.length - 1;
  for (let i = 0; i < n; i++) {
    let h = hashOf(seriesCol[i] ?? 0, unitCol[i] ?? 0) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = i + 1;
  }
  return slots;
}

function groupBySeries(
  seriesCol: Uint32Array,
  count: number,
): { start: Uint32Array; order: Uint32Array } {
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < seriesCol.length; i++) {
    const s = seriesCol[i] ?? 0;
    start[s + 1] = (start[s + 1] ?? 0) + 1;
  }
  for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
  const next = start.slice(0, count);
  const order = new Uint32Array(seriesCol.length);
  for (let i = 0; i < seriesCol.length; i++) {
    const s = seriesCol[i] ?? 0;
    const at = next[s] ?? 0;
    order[at] = i;
    next[s] = at + 1;
  }
  return { start, order };
}

/** A growable typed column. */
function grow<T extends Float64Array | Int32Array | Uint32Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const Ctor = a.constructor as new (n: number) => T;
  const b = new Ctor(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Accumulates rows into a dataset. `put` returns -1 for a new key, or the position of the row
 * already stored under it; with `replace` the new values take its place (merging layers), without
 * it the old row stays (an import reports the duplicate instead).
 */
export class DatasetBuilder {
  private readonly indices = new Table();
  private readonly indicators = new Table();
  private readonly units = new Table();
  private readonly texts = new Table();
  private readonly seriesIds = new Map<number, number>();
  private sIndex: number[] = [];
  private sIndicator: number[] = [];
  private sYear: number[] = [];
  private n = 0;
  private series: Uint32Array;
  private unit: Uint32Array;
  private score: Float64Array;
  private max: Float64Array;
  private rank: Float64Array;
  private rankOf: Float64Array;
  private group: Int32Array;
  private source: Int32Array;
  private note: Int32Array;
  /**
   * While building, (series, unit) → position + 1 is a table per series indexed by unit id from
   * a base (rows name a series' units in runs, so inserts touch memory they touched just before);
   * a series whose units are few and far apart gets a Map instead. The dataset built gets the
   * hash table it keeps.
   */
  private readonly byUnit: (Int32Array | Map<number, number> | undefined)[] = [];
  private readonly base: number[] = [];
  private readonly count: number[] = [];

  constructor(capacity = 256) {
    this.series = new Uint32Array(capacity);
    this.unit = new Uint32Array(capacity);
    this.score = new Float64Array(capacity);
    this.max = new Float64Array(capacity);
    this.rank = new Float64Array(capacity);
    this.rankOf = new Float64Array(capacity);
    this.group = new Int32Array(capacity);
    this.source = new Int32Array(capacity);
    this.note = new Int32Array(capacity);
  }

  /** The position of (series, unit), or -1. */
  private find(series: number, unit: number): number {
    const t = this.byUnit[series];
    if (t === undefined) return NONE;
    if (t instanceof Map) return t.get(unit) ?? NONE;
    const k = unit - (this.base[series] ?? 0);
    return k >= 0 && k < t.length ? (t[k] ?? 0) - 1 : NONE;
  }

  private remember(series: number, unit: number, at: number): void {
    let t = this.byUnit[series];
    const count = (this.count[series] ?? 0) + 1;
    this.count[series] = count;
    if (t === undefined) {
      t = new Int32Array(16);
      this.byUnit[series] = t;
      this.base[series] = unit;
    }
    if (t instanceof Map) {
      t.set(unit, at);
      return;
    }
    let base = this.base[series] ?? 0;
    if (unit < base || unit >= base + t.length) {
      const lo = Math.min(base, unit);
      const hi = Math.max(base + t.length, unit + 1);
      let len = t.length;
      while (len < hi - lo) len *= 2;
      if (len > 4 * count + 4096) {
        // Few units far apart: a map costs less than a table over the whole range.
        const m = new Map<number, number>();
        for (let i = 0; i < t.length; i++) if ((t[i] ?? 0) > 0) m.set(base + i, (t[i] ?? 0) - 1);
        m.set(unit, at);
        this.byUnit[series] = m;
        return;
      }
      // Room is left on the side the table grew towards.
      const next = unit < base ? Math.max(0, hi - len) : base;
      const bigger = new Int32Array(len);
      bigger.set(t, base - next);
      t = bigger;
      this.byUnit[series] = t;
      this.base[series] = next;
      base = next;
    }
    t[unit - base] = at + 1;
  }

  get size(): number {
    return this.n;
  }

  seriesId(index: string, indicator: string, year: number): number {
    const i = this.indices.id(index);
    const k = this.indicators.id(indicator);
    const key = seriesNumber(i, k, year);
    let s = this.seriesIds.get(key);
    if (s === undefined) {
      s = this.sIndex.length;
      this.sIndex.push(i);
      this.sIndicator.push(k);
      this.sYear.push(year);
      this.seriesIds.set(key, s);
    }
    return s;
  }

  unitId(code: string): number {
    return this.units.id(code);
  }

  /** A text's id (group, source, note); -1 for none. */
  textId(s: string | null): number {
    return s === null ? NONE : this.texts.id(s);
  }

  private ensure(n: number): void {
    if (n > this.series.length) {
      this.series = grow(this.series, n);
      this.unit = grow(this.unit, n);
      this.score = grow(this.score, n);
      this.max = grow(this.max, n);
      this.rank = grow(this.rank, n);
      this.rankOf = grow(this.rankOf, n);
      this.group = grow(this.group, n);
      this.source = grow(this.source, n);
      this.note = grow(this.note, n);
    }
  }

  /** Stores one row by ids (see the class comment for what it returns). */
  put(
    series: number,
    unit: number,
    score: number | null,
    max: number | null,
    rank: number | null,
    rankOf: number | null,
    group: number,
    source: number,
    note: number,
    replace: boolean,
  ): number {
    const at = this.find(series, unit);
    if (at >= 0) {
      if (replace) this.write(at, series, unit, score, max, rank, rankOf, group, source, note);
      return at;
    }
    this.ensure(this.n + 1);
    this.remember(series, unit, this.n);
    this.write(this.n, series, unit, score, max, rank, rankOf, group, source, note);
    this.n++;
    return NONE;
  }

  private write(
    i: number,
    series: number,
    unit: number,
    score: number | null,
    max: number | null,
    rank: number | null,
    rankOf: number | null,
    group: number,
    source: number,
    note: number,
  ): void {
    this.series[i] = series;
    this.unit[i] = unit;
    this.score[i] = cell(score);
    this.max[i] = cell(max);
    this.rank[i] = cell(rank);
    this.rankOf[i] = cell(rankOf);
    this.group[i] = group;
    this.source[i] = source;
    this.note[i] = note;
  }

  /** As `put`, from a row object; returns the row that was stored under its key, if any. */
  add(row: ScoreRow, replace: boolean): ScoreRow | undefined {
    const s = this.seriesId(row.index, row.indicator, row.year);
    const u = this.unitId(row.unitCode);
    const previous = this.peek(s, u);
    this.put(
      s,
      u,
      row.score,
      row.max,
      row.rank,
      row.rankOf,
      this.textId(row.group),
      this.textId(row.source),
      this.textId(row.note),
      replace,
    );
    return previous;
  }

  private peek(series: number, unit: number): ScoreRow | undefined {
    const at = this.find(series, unit);
    if (at === NONE) return undefined;
    return makeRow(
      {
        indices: this.indices.list,
        indicators: this.indicators.list,
        units: this.units.list,
        texts: this.texts.list,
        seriesIndex: this.sIndex,
        seriesIndicator: this.sIndicator,
        seriesYear: this.sYear,
        series: this.series,
        unit: this.unit,
        score: this.score,
        max: this.max,
        rank: this.rank,
        rankOf: this.rankOf,
        group: this.group,
        source: this.source,
        note: this.note,
      },
      at,
    );
  }

  /**
   * Adds the rows of a dataset (or packed columns: a stored chunk), key by key, through id maps:
   * no row object is made. `from`/`to` bound the rows taken.
   */
  addAll(
    src: Dataset | PackedDataset,
    replace: boolean,
    from = 0,
    to?: number,
    /** Only the series this says yes to (default: every series). */
    keep?: SeriesFilter,
  ): void {
    const p = src instanceof Dataset ? src.packed() : src;
    const end = Math.min(to ?? p.series.length, p.series.length);
    const seriesMap = new Int32Array(p.seriesIndex.length).fill(NONE);
    const unitMap = new Int32Array(p.units.length).fill(NONE);
    const textMap = new Int32Array(p.texts.length).fill(-2);
    const text = (id: number): number => {
      if (id === NONE) return NONE;
      let t = textMap[id] ?? NONE;
      if (t === -2) {
        t = this.texts.id(p.texts[id] ?? '');
        textMap[id] = t;
      }
      return t;
    };
    if (!keep) this.ensure(this.n + (end - from));
    for (let i = from; i < end; i++) {
      const ps = p.series[i] ?? 0;
      let s = seriesMap[ps] ?? NONE;
      if (s === NONE) {
        const index = p.indices[p.seriesIndex[ps] ?? 0] ?? '';
        const indicator = p.indicators[p.seriesIndicator[ps] ?? 0] ?? '';
        const year = p.seriesYear[ps] ?? 0;
        s = !keep || keep(index, indicator, year) ? this.seriesId(index, indicator, year) : SKIP;
        seriesMap[ps] = s;
      }
      if (s === SKIP) continue;
      const pu = p.unit[i] ?? 0;
      let u = unitMap[pu] ?? NONE;
      if (u === NONE) {
        u = this.units.id(p.units[pu] ?? '');
        unitMap[pu] = u;
      }
      this.put(
        s,
        u,
        num(p.score[i]),
        num(p.max[i]),
        num(p.rank[i]),
        num(p.rankOf[i]),
        text(p.group[i] ?? NONE),
        text(p.source[i] ?? NONE),
        text(p.note[i] ?? NONE),
        replace,
      );
    }
  }

  private columns(): PackedDataset {
    const n = this.n;
    // A copy when much capacity is spare (a column that grew by doubling), so it does not stay
    // allocated; a view when little is (an import sized from the file's length): copying ten
    // columns of a million values took ~200 ms in Chrome.
    const copy = this.series.length - n > n / 8;
    const cut = <T extends Float64Array | Int32Array | Uint32Array>(a: T): T =>
      (a.length === n ? a : copy ? a.slice(0, n) : a.subarray(0, n)) as T;
    return {
      indices: [...this.indices.list],
      indicators: [...this.indicators.list],
      units: [...this.units.list],
      texts: [...this.texts.list],
      seriesIndex: Uint32Array.from(this.sIndex),
      seriesIndicator: Uint32Array.from(this.sIndicator),
      seriesYear: Uint16Array.from(this.sYear),
      series: cut(this.series),
      unit: cut(this.unit),
      score: cut(this.score),
      max: cut(this.max),
      rank: cut(this.rank),
      rankOf: cut(this.rankOf),
      group: cut(this.group),
      source: cut(this.source),
      note: cut(this.note),
    };
  }

  build(): Dataset {
    const p = this.columns();
    // The hash table is sized for the rows it holds: kept as it is when that is already so.
    return new Dataset(p);
  }
}

export function buildDataset(rows: readonly ScoreRow[]): Dataset {
  const b = new DatasetBuilder();
  for (const row of rows) b.add(row, true);
  return b.build();
}

export const emptyDataset: Dataset = new DatasetBuilder(0).build();

/** Says which series (index, indicator, year) to take. */
export type SeriesFilter = (index: string, indicator: string, year: number) => boolean;
/** A series left out by a SeriesFilter. */
const SKIP = -3;

/** `overlay` wins key by key; with `keep`, only the series it says yes to. */
export function mergeDatasets(base: Dataset, overlay: Dataset, keep?: SeriesFilter): Dataset {
  if (overlay.size === 0 && !keep) return base;
  const b = new DatasetBuilder(keep ? 256 : base.size + overlay.size);
  b.addAll(base, true, 0, undefined, keep);
  b.addAll(overlay, true, 0, undefined, keep);
  return b.build();
}

/**
 * `mergeDatasets(base, overlay)` in slices of `slice` rows, awaiting `between()` before each: a
 * worker's replies and the browser's answers to its reads go on while a million rows merge.
 */
export async function mergeDatasetsInSlices(
  base: Dataset,
  overlay: Dataset,
  between: () => Promise<void>,
  slice = 100_000,
): Promise<Dataset> {
  if (overlay.size === 0) return base;
  const b = new DatasetBuilder(base.size + overlay.size);
  for (const src of [base, overlay])
    for (let from = 0; from < src.size; from += slice) {
      await between();
      b.addAll(src, true, from, Math.min(src.size, from + slice));
    }
  return b.build();
}

export function lookup(
  ds: Dataset,
  index: string,
  indicator: string,
  year: number,
  unitCode: string,
): ScoreRow | undefined {
  const at = ds.position(index, indicator, year, unitCode);
  return at === NONE ? undefined : ds.row(at);
}

const seriesMemo = new WeakMap<Dataset, Map<number, ReadonlyMap<string, ScoreRow>>>();

/** unit code → row for one series, made on first use and kept. */
export function seriesRows(
  ds: Dataset,
  index: string,
  indicator: string,
  year: number,
): ReadonlyMap<string, ScoreRow> {
  const s = ds.seriesOf(index, indicator, year);
  if (s === NONE) return new Map<string, ScoreRow>();
  let memo = seriesMemo.get(ds);
  if (!memo) {
    memo = new Map();
    seriesMemo.set(ds, memo);
  }
  let rows = memo.get(s);
  if (!rows) {
    const m = new Map<string, ScoreRow>();
    for (const at of ds.positionsOf(s)) {
      const row = ds.row(at);
      m.set(row.unitCode, row);
    }
    rows = m;
    memo.set(s, rows);
  }
  return rows;
}

/** Years with any row for the index (any indicator, any unit), ascending. */
export function yearsOf(ds: Dataset, index: string, unitCode?: string): number[] {
  // Asked on every render: computed once per dataset, index and unit.
  let memo = yearsMemo.get(ds);
  if (!memo) {
    memo = new Map();
    yearsMemo.set(ds, memo);
  }
  const key = `${index}|${unitCode ?? ''}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const years = new Set<number>();
  const unit = unitCode === undefined ? NONE : ds.unitId(unitCode);
  if (unitCode === undefined || unit !== NONE) {
    for (let s = 0; s < ds.seriesCount; s++) {
      const info = ds.seriesInfo(s);
      if (info.index !== index || years.has(info.year)) continue;
      if (unitCode !== undefined && ds.positionIn(s, unit) === NONE) continue;
      years.add(info.year);
    }
  }
  const sorted = [...years].sort((a, b) => a - b);
  memo.set(key, sorted);
  return sorted;
}

const yearsMemo = new WeakMap<Dataset, Map<string, number[]>>();

export function indicesOf(ds: Dataset): string[] {
  const set = new Set<string>();
  for (let s = 0; s < ds.seriesCount; s++) set.add(ds.seriesInfo(s).index);
  return [...set].sort();
}
