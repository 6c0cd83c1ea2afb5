// Packed columns as they travel and are stored: the check a message or a stored chunk must pass
// (they are data, whatever wrote them), the buffers a transfer moves, the pieces IndexedDB keeps,
// and the storage form of columns with no value. Not needed by the first view.

import type { Dataset, PackedDataset } from './dataset';

const NONE = -1;

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
 * no builder, no hash table per chunk. A short table (the series, units and texts of most
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
    const out = col.slice(from, to) as T;
    if (r) for (let i = 0; i < out.length; i++) out[i] = r.id(out[i] ?? NONE);
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
      score: p.score.slice(from, to),
      max: p.max.slice(from, to),
      rank: p.rank.slice(from, to),
      rankOf: p.rankOf.slice(from, to),
      group,
      source,
      note,
    };
  }
}

const SPARSE = ['score', 'max', 'rank', 'rankOf', 'group', 'note'] as const;
const UNSIGNED_IDS = ['series', 'unit'] as const;
const TEXT_IDS = ['group', 'source', 'note'] as const;

/** The largest value of a column (its length 0: -Infinity). */
function largest(col: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] ?? 0;
    if (v > m) m = v;
  }
  return m;
}

/**
 * Packed columns for storage, smaller: a column with no value in any row (no ranks, no groups,
 * no notes: most files) is stored empty instead of a million NaNs or -1s, and id columns whose
 * ids all fit in 16 bits are stored in 16 bits (the browser's store spends time on every byte it
 * writes and reads: ~10 ms a megabyte in Chrome). `expandPacked` undoes both.
 */
export function compactPacked(p: PackedDataset): PackedDataset {
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
  for (const k of UNSIGNED_IDS) if (largest(p[k]) < 0x10000) out[k] = Uint16Array.from(p[k]);
  for (const k of TEXT_IDS) {
    const col = out[k];
    if (col instanceof Int32Array && col.length > 0 && largest(col) < 0x8000)
      out[k] = Int16Array.from(col);
  }
  return out as unknown as PackedDataset;
}

/** Stored columns as `compactPacked` wrote them, made whole again (anything else as it is). */
export function expandPacked(x: unknown): unknown {
  if (typeof x !== 'object' || x === null) return x;
  const p = x as Record<string, unknown>;
  const out: Record<string, unknown> = { ...p };
  for (const k of UNSIGNED_IDS) {
    const col = p[k];
    if (col instanceof Uint16Array) out[k] = Uint32Array.from(col);
  }
  for (const k of TEXT_IDS) {
    const col = p[k];
    if (col instanceof Int16Array) out[k] = Int32Array.from(col);
  }
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
