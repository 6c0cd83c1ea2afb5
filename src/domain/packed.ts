// Packed columns as they travel and are stored: the check a message or a stored chunk must pass
// (they are data, whatever wrote them), the buffers a transfer moves, the pieces IndexedDB keeps,
// and the storage form of columns with no value. Not needed by the first view.

import type { Dataset, PackedDataset } from './dataset';

const NONE = -1;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The column arrays of a packed dataset (what is transferred). */
export const packedBuffers = (p: PackedDataset): ArrayBuffer[] =>
  [
    p.seriesIndex,
    p.seriesIndicator,
    p.seriesYear,
    p.series,
    p.unit,
    p.score,
    p.max,
    p.rank,
    p.rankOf,
    p.group,
    p.source,
    p.note,
  ].map((a) => a.buffer as ArrayBuffer);

const isTyped = (x: unknown, n: number): boolean =>
  ArrayBuffer.isView(x) && (x as Uint8Array).length === n;

/** Whether `x` has the shape of a packed dataset (a message or a stored chunk is data). */
export function isPackedDataset(x: unknown): x is PackedDataset {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  const lists = [p.indices, p.indicators, p.units, p.texts];
  if (!lists.every((l) => Array.isArray(l) && l.every((s) => typeof s === 'string'))) return false;
  const series = p.seriesIndex;
  const rows = p.series;
  if (!ArrayBuffer.isView(series) || !ArrayBuffer.isView(rows)) return false;
  const s = (series as Uint32Array).length;
  const n = (rows as Uint32Array).length;
  return (
    isTyped(p.seriesIndicator, s) &&
    isTyped(p.seriesYear, s) &&
    ['unit', 'score', 'max', 'rank', 'rankOf', 'group', 'source', 'note'].every((k) =>
      isTyped(p[k], n),
    )
  );
}

/**
 * Ids of one table mapped to a chunk's own, in the order they first appear. One map array serves
 * every chunk: only the entries a chunk used are cleared after it.
 */
class Remap {
  private readonly map: Int32Array;
  private used: number[] = [];
  constructor(size: number) {
    this.map = new Int32Array(size).fill(NONE);
  }
  id(global: number): number {
    if (global === NONE) return NONE;
    let local = this.map[global] ?? NONE;
    if (local === NONE) {
      local = this.used.length;
      this.map[global] = local;
      this.used.push(global);
    }
    return local;
  }
  /** The global ids the chunk used, by their id in the chunk; the map is ready for the next. */
  take(): number[] {
    const used = this.used;
    for (const g of used) this.map[g] = NONE;
    this.used = [];
    return used;
  }
}

/** Tables up to this size are stored whole in every chunk; larger ones only with what it uses. */
const WHOLE_TABLE = 4096;

/**
 * The dataset in contiguous pieces of `size` rows (stored chunks). Read straight off the columns:
 * no builder, no hash table per chunk, and a column not renumbered is a view of the dataset's
 * (`compactPacked` makes the stored copies, mostly narrower). A short table (the series, units and texts of most
 * datasets) is stored whole with each chunk and its id column copied as it is; a long one (a
 * note on every row) is cut to the entries the chunk uses.
 */
export function* packedChunks(
  ds: Dataset,
  size: number,
  wholeTable = WHOLE_TABLE,
): Generator<PackedDataset> {
  const p = ds.packed();
  const series = p.seriesIndex.length > wholeTable ? new Remap(p.seriesIndex.length) : null;
  const units = p.units.length > wholeTable ? new Remap(p.units.length) : null;
  const texts = p.texts.length > wholeTable ? new Remap(p.texts.length) : null;
  const ids = <T extends Uint32Array | Int32Array>(
    col: T,
    from: number,
    to: number,
    r: Remap | null,
  ): T => {
    if (!r) return col.subarray(from, to) as T;
    const out = col.slice(from, to) as T;
    for (let i = 0; i < out.length; i++) out[i] = r.id(out[i] ?? NONE);
    return out;
  };
  for (let from = 0; from < p.series.length; from += size) {
    const to = Math.min(p.series.length, from + size);
    const chunkSeries = ids(p.series, from, to, series);
    const unit = ids(p.unit, from, to, units);
    const group = ids(p.group, from, to, texts);
    const source = ids(p.source, from, to, texts);
    const note = ids(p.note, from, to, texts);
    // The chunk's series: all of them, or those it uses in its own numbering.
    const used = series?.take();
    yield {
      indices: p.indices,
      indicators: p.indicators,
      units: units ? units.take().map((g) => p.units[g] ?? '') : p.units,
      texts: texts ? texts.take().map((g) => p.texts[g] ?? '') : p.texts,
      seriesIndex: used ? Uint32Array.from(used, (g) => p.seriesIndex[g] ?? 0) : p.seriesIndex,
      seriesIndicator: used
        ? Uint32Array.from(used, (g) => p.seriesIndicator[g] ?? 0)
        : p.seriesIndicator,
      seriesYear: used ? Uint16Array.from(used, (g) => p.seriesYear[g] ?? 0) : p.seriesYear,
      series: chunkSeries,
      unit,
      score: p.score.subarray(from, to),
      max: p.max.subarray(from, to),
      rank: p.rank.subarray(from, to),
      rankOf: p.rankOf.subarray(from, to),
      group,
      source,
      note,
    };
  }
}

const SPARSE = ['score', 'max', 'rank', 'rankOf', 'group', 'note'] as const;
const NUMBERS = ['score', 'max', 'rank', 'rankOf'] as const;
const UNSIGNED_IDS = ['series', 'unit'] as const;
const TEXT_IDS = ['group', 'source', 'note'] as const;

/** Scales a stored number column may be written with (its values × scale are integers). */
const SCALES = [1, 10, 100, 1000, 10000] as const;

type IdColumn = Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array;

/** A number column stored as integers: each value is `ints[i] / scale` (the least integer: NaN). */
interface Scaled {
  scale: number;
  ints: Int16Array | Int32Array;
}

/** An id column stored as runs: `values[r]` repeated `lengths[r]` times. */
interface Runs {
  values: IdColumn;
  lengths: Uint8Array | Uint16Array | Uint32Array;
}

/** A packed dataset as `compactPacked` stores it: any column may be in a storage form. */
export type StoredPacked = {
  readonly [K in keyof PackedDataset]: PackedDataset[K] extends string[]
    ? string[]
    : PackedDataset[K] | Scaled | Runs | IdColumn;
};

/** How many rows stored columns hold (their series column may be runs); -1: not columns. */
export function storedRowCount(p: unknown): number {
  const s = isObject(p) ? p.series : null;
  if (ArrayBuffer.isView(s)) return (s as Uint32Array).length;
  const lengths = isObject(s) ? s.lengths : null;
  if (!ArrayBuffer.isView(lengths)) return -1;
  let n = 0;
  for (const l of lengths as Uint32Array) n += l;
  return n;
}

/** The narrowest array holding the ids (signed for text ids, where -1 is none). */
function narrowIds(col: Uint32Array | Int32Array): IdColumn {
  let hi = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] ?? 0;
    if (v > hi) hi = v;
  }
  if (col instanceof Uint32Array) {
    if (hi < 0x100) return new Uint8Array(col);
    if (hi < 0x10000) return new Uint16Array(col);
  } else {
    if (hi < 0x80) return new Int8Array(col);
    if (hi < 0x8000) return new Int16Array(col);
  }
  return col;
}

/** Runs of equal ids, when there are few of them (a source on every row: one run). */
function asRuns(col: Uint32Array | Int32Array): Runs | null {
  const n = col.length;
  if (n === 0) return null;
  let runs = 1;
  for (let i = 1; i < n; i++) if (col[i] !== col[i - 1]) runs++;
  if (runs * 4 > n) return null;
  const values = col instanceof Uint32Array ? new Uint32Array(runs) : new Int32Array(runs);
  const lengths = new Uint32Array(runs);
  let r = 0;
  values[0] = col[0] ?? 0;
  for (let i = 0; i < n; i++) {
    const v = col[i] ?? 0;
    if (v !== values[r]) values[++r] = v;
    lengths[r] = (lengths[r] ?? 0) + 1;
  }
  return { values: narrowIds(values), lengths: narrowIds(lengths) as Runs['lengths'] };
}

/** The column as integers over the least scale that gives every value back exactly, if any. */
function asScaled(col: Float64Array): Scaled | null {
  if (col.length === 0) return null;
  const LEAST32 = -0x80000000;
  let at = 0;
  let fits16 = true;
  search: for (const scale of SCALES) {
    fits16 = true;
    for (let i = 0; i < col.length; i++) {
      const v = col[i] ?? NaN;
      if (Number.isNaN(v)) continue;
      const k = Math.round(v * scale);
      // Exactly the value back (not -0 for 0, not a neighbour), within 32 bits, not the mark.
      if (!Object.is(k / scale, v) || Object.is(k, -0) || k <= LEAST32 || k > 0x7fffffff)
        continue search;
      if (k <= -0x8000 || k > 0x7fff) fits16 = false;
    }
    at = scale;
    break;
  }
  if (at === 0) return null;
  const ints = fits16 ? new Int16Array(col.length) : new Int32Array(col.length);
  const none = fits16 ? -0x8000 : LEAST32;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] ?? NaN;
    ints[i] = Number.isNaN(v) ? none : Math.round(v * at);
  }
  return { scale: at, ints };
}

/**
 * Packed columns for storage, smaller (the browser's store spends time on every byte it writes
 * and reads: ~10 ms a megabyte in Chrome; a national file's columns went from 14.3 MB to about
 * 3.5): a column with no value in any row (no ranks, no groups, no notes: most files) is stored
 * empty instead of a million NaNs or -1s; an id column with few runs (a unit's indicators in a
 * row, one source for the file) as runs; other id columns in 8 or 16 bits where their ids fit;
 * a number column whose values are decimals of up to four places (75.48) as 16- or 32-bit
 * integers and a scale, when dividing gives every value back exactly. `expandPacked` undoes all.
 */
export function compactPacked(p: PackedDataset): StoredPacked {
  const out: Record<string, unknown> = { ...p };
  for (const k of SPARSE) {
    const col = p[k];
    let empty = true;
    for (let i = 0; i < col.length && empty; i++) {
      const v = col[i] ?? NONE;
      empty = col instanceof Float64Array ? Number.isNaN(v) : v === NONE;
    }
    if (empty && col.length > 0) {
      if (k === 'group' || k === 'note') out[k] = new Int32Array(0);
      else out[k] = new Float64Array(0);
    }
  }
  for (const k of NUMBERS) {
    const col = out[k];
    if (col instanceof Float64Array) out[k] = asScaled(col) ?? col;
  }
  for (const k of [...UNSIGNED_IDS, ...TEXT_IDS]) {
    const col = out[k];
    if (col instanceof Uint32Array || col instanceof Int32Array)
      out[k] = asRuns(col) ?? narrowIds(col);
  }
  // A view stored as it is would store the whole buffer under it (a chunk's view of a million
  // rows): every array kept is given a buffer of its own.
  for (const [k, v] of Object.entries(out))
    if (ArrayBuffer.isView(v) && v.byteLength !== v.buffer.byteLength)
      out[k] = (v as Uint8Array).slice();
  return out as StoredPacked;
}

/** Rows a stored run-length column may expand to: no chunk is larger (a bad record is refused). */
const MAX_ROWS = 1 << 24;

/** An id column stored whole (in its full width or narrower), in its full width. */
function wholeIds(x: unknown, signed: boolean): Uint32Array | Int32Array | null {
  if (signed) {
    if (x instanceof Int32Array) return x;
    return x instanceof Int8Array || x instanceof Int16Array ? new Int32Array(x) : null;
  }
  if (x instanceof Uint32Array) return x;
  return x instanceof Uint8Array || x instanceof Uint16Array ? new Uint32Array(x) : null;
}

/** An id column read back in its full width, or null when it is not one we wrote. */
function readIds(x: unknown, signed: boolean): Uint32Array | Int32Array | null {
  const whole = wholeIds(x, signed);
  if (whole || !isObject(x)) return whole;
  const values = wholeIds(x.values, signed);
  const lengths = wholeIds(x.lengths, false);
  if (!values || !lengths || values.length !== lengths.length) return null;
  let n = 0;
  for (const l of lengths) n += l;
  if (n > MAX_ROWS) return null;
  const out = signed ? new Int32Array(n) : new Uint32Array(n);
  let at = 0;
  for (let r = 0; r < lengths.length; r++) {
    const l = lengths[r] ?? 0;
    out.fill(values[r] ?? 0, at, at + l);
    at += l;
  }
  return out;
}

/** A number column read back as doubles, or null when it is not one we wrote. */
function readNumbers(x: unknown): Float64Array | null {
  if (x instanceof Float64Array) return x;
  if (!isObject(x) || !SCALES.some((s) => s === x.scale)) return null;
  const ints = x.ints;
  if (!(ints instanceof Int16Array || ints instanceof Int32Array)) return null;
  const scale = x.scale as number;
  const none = ints instanceof Int16Array ? -0x8000 : -0x80000000;
  const out = new Float64Array(ints.length);
  for (let i = 0; i < ints.length; i++) {
    const k = ints[i] ?? none;
    out[i] = k === none ? NaN : k / scale;
  }
  return out;
}

/**
 * Stored columns as `compactPacked` wrote them (or as earlier versions did), made whole again.
 * Anything else comes back as it is, and `isPackedDataset` refuses it.
 */
export function expandPacked(x: unknown): unknown {
  if (!isObject(x)) return x;
  const out: Record<string, unknown> = { ...x };
  for (const k of UNSIGNED_IDS) out[k] = readIds(x[k], false) ?? x[k];
  for (const k of TEXT_IDS) out[k] = readIds(x[k], true) ?? x[k];
  for (const k of NUMBERS) out[k] = readNumbers(x[k]) ?? x[k];
  const rows = out.series;
  if (!(rows instanceof Uint32Array) || rows.length === 0) return out;
  for (const k of SPARSE) {
    const col = out[k];
    if (col instanceof Float64Array && col.length === 0)
      out[k] = new Float64Array(rows.length).fill(NaN);
    else if (col instanceof Int32Array && col.length === 0)
      out[k] = new Int32Array(rows.length).fill(NONE);
  }
  return out;
}
