// Uploaded versions, kept in IndexedDB so that nothing stored is ever lost.
//
// - Append-only: each committed file is a new version (raw bytes, normalised rows, hash, time,
//   counts, warnings); nothing overwrites a version.
// - Every write is one transaction with durability 'strict'; a new version is read back and
//   checked (its file byte for byte, its row and chunk counts) before it becomes active.
// - A version is staged (written and checked, in no list and not in use) while its preview is
//   read, and activated by the commit in one small transaction; a staged version not committed
//   is discarded (a closed tab's, a day later).
// - The active data = bundled data + the active versions, in order. Rolling back to version k
//   makes the versions up to k active; rolling back to 0 leaves the bundled data alone. A version
//   can be deleted; the others stay.
// - Two tabs: writes are serialised with a Web Lock, and the state carries a generation number;
//   a write prepared against an older generation is refused instead of overwriting newer data.
//   Other tabs hear about each write on a BroadcastChannel.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { fileBytes } from './blob-bytes';
import { CHANNEL_NAME, DB_NAME } from './store-names';

export { CHANNEL_NAME, DB_NAME };
import type { ScoreRow, Unit, UnitChange } from '../domain/model';
import { buildDataset, Dataset, type PackedDataset } from '../domain/dataset';
import {
  compactPacked,
  expandPacked,
  isPackedDataset,
  packedChunks,
  storedRowCount,
  type StoredPacked,
} from '../domain/packed';

export interface VersionCounts {
  rows: number;
  byIndex: Record<string, number>;
  byYear: Record<string, number>;
}

/** What a version holds: scores, or units or unit changes added to the registry. */
export type VersionKind = 'scores' | 'units' | 'unit-changes';

/** Units and changes a registry version adds (stored with its first chunk). */
export interface RegistryRows {
  units: Unit[];
  changes: UnitChange[];
}

export interface VersionSummary {
  id: number;
  kind: VersionKind;
  fileName: string;
  /** ISO time of the commit. */
  time: string;
  /** SHA-256 of the raw file, hex. */
  hash: string;
  size: number;
  counts: VersionCounts;
  warnings: number;
}

/** A version record as stored: a staged one is written and checked but not yet a version. */
type StoredVersion = VersionSummary & { staged?: true };

/** A version written and checked by `stage`, waiting for `activate` or `discard`. */
export interface StagedVersion {
  id: number;
  summary: Omit<VersionSummary, 'id'>;
}

const verifyError = (): StorageError =>
  new StorageError(
    'verify',
    'Đọc lại dữ liệu vừa lưu không khớp; phiên bản này không được kích hoạt. Dữ liệu cũ vẫn nguyên vẹn.',
    'Reading back the saved data did not match; this version was not activated. The previous data is intact.',
  );

interface Payload {
  id: number;
  /** The file as uploaded: the chosen file itself (a Blob) or, in versions stored before, bytes. */
  raw: ArrayBuffer | Blob;
  /** How many row chunks the version has. */
  chunks: number;
  rowCount: number;
}

/**
 * Rows are stored in chunks, so reading or writing a million of them never blocks for long. A
 * chunk is columns (typed arrays and the strings they name: one structured clone of a few
 * buffers); versions stored before columns have row objects, and read the same.
 */
interface RowChunk {
  id: number;
  n: number;
  columns?: StoredPacked;
  rows?: ScoreRow[];
  /** A registry version's units and changes (its only chunk). */
  registry?: RegistryRows;
}

/** A stored chunk as read: its columns (or, stored before columns, its rows). */
export interface StoredChunk {
  id: number;
  columns?: PackedDataset;
  rows?: ScoreRow[];
  registry?: RegistryRows;
}

/**
 * Rows per stored chunk. Columns clone as a few buffers (about 2 MB for 100,000 rows), and the
 * page merges them in slices (active-data.ts); fewer, larger chunks made the commit's read-back
 * shorter (each stored value has a cost of its own). Versions stored with other sizes read the
 * same (a version records its chunk count).
 */
export const CHUNK_ROWS = 100_000;

const chunkSize = (c: RowChunk | undefined): number =>
  c?.columns ? storedRowCount(c.columns) : (c?.rows?.length ?? 0);

/** A chunk's rows as objects (small data and tests). */
const chunkRows = (c: StoredChunk): ScoreRow[] =>
  c.columns ? [...Dataset.fromPacked(c.columns).rows] : (c.rows ?? []);

export interface StoreState {
  activeIds: number[];
  generation: number;
}

interface Schema extends DBSchema {
  versions: { key: number; value: VersionSummary; indexes: { 'by-hash': string } };
  payloads: { key: number; value: Payload };
  chunks: { key: [number, number]; value: RowChunk };
  state: { key: string; value: StoreState };
}

/**
 * Schema versions. Each step below upgrades the one before it and keeps every stored version,
 * row and file; a test opens a database written by version 2 and upgrades it.
 * 1: never released (all rows in the payload record).
 * 2: versions, payloads, row chunks, state.
 * 3: versions say their kind; an index by hash (a restored or re-uploaded file is found at once).
 */
export const DB_VERSION = 3;
const STATE_KEY = 'state';
const LOCK_NAME = 'cchc-dashboard-uploads';

export type StorageProblem = 'quota' | 'blocked' | 'unavailable' | 'stale' | 'verify' | 'other';

/** A storage failure, with what to tell the user. Nothing was half-written when this is thrown. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'StorageError';
  }
}

function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError(
      'quota',
      'Bộ nhớ của trình duyệt đã đầy; tệp chưa được lưu và dữ liệu cũ vẫn nguyên vẹn. Hãy xoá bớt phiên bản cũ hoặc xuất bản sao lưu rồi dọn bộ nhớ.',
      'The browser storage is full; the file was not saved and the previous data is intact. Delete old versions, or export a backup and free some space.',
    );
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
    return new StorageError(
      'unavailable',
      'Trình duyệt không cho phép lưu dữ liệu (chế độ riêng tư hoặc bị chặn). Dữ liệu cũ vẫn nguyên vẹn.',
      'The browser does not allow storing data (private mode or blocked). The previous data is intact.',
    );
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new StorageError(
    'other',
    `Lỗi lưu trữ: ${msg}. Dữ liệu cũ vẫn nguyên vẹn.`,
    `Storage error: ${msg}. The previous data is intact.`,
  );
}

export const STALE_VI =
  'Dữ liệu đã thay đổi ở thẻ khác — xem lại bản xem trước. Bản xem trước đã được tính lại theo dữ liệu mới; chưa có gì được ghi.';
export const STALE_EN =
  'The data changed in another tab — review the preview. It has been recomputed against the new data; nothing was written.';

/** Serialises writes across tabs; without Web Locks (tests, old browsers) within this page. */
let localQueue: Promise<unknown> = Promise.resolve();
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) return await locks.request(LOCK_NAME, { mode: 'exclusive' }, fn);
  const run = localQueue.then(fn, fn);
  localQueue = run.catch(() => undefined);
  return run;
}

const chunksOf = (id: number): IDBKeyRange =>
  IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view made here: buffers from another realm (a FileReader in jsdom) are refused as they are.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = (x: ArrayBuffer | ArrayBufferView): Uint8Array =>
  ArrayBuffer.isView(x) ? new Uint8Array(x.buffer, x.byteOffset, x.byteLength) : new Uint8Array(x);

let blobsCloneable: boolean | null = null;
/**
 * Whether this realm's Blobs survive a structured clone (browsers: yes; a test DOM's Blob does
 * not, and would be stored as an empty object). The read-back would refuse such a version; this
 * stores the bytes instead.
 */
function blobsClone(): boolean {
  if (blobsCloneable === null) {
    try {
      const copy: unknown = structuredClone(new Blob(['x']));
      blobsCloneable = copy instanceof Blob && copy.size === 1;
    } catch {
      blobsCloneable = false;
    }
  }
  return blobsCloneable;
}

/** Byte for byte (four at a time where the bytes are aligned). */
function sameBytes(a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView): boolean {
  const ba = bytesOf(a);
  const bb = bytesOf(b);
  if (ba.length !== bb.length) return false;
  let i = 0;
  if (ba.byteOffset % 4 === 0 && bb.byteOffset % 4 === 0) {
    const words = Math.floor(ba.length / 4);
    const wa = new Uint32Array(ba.buffer, ba.byteOffset, words);
    const wb = new Uint32Array(bb.buffer, bb.byteOffset, words);
    for (let w = 0; w < words; w++) if (wa[w] !== wb[w]) return false;
    i = words * 4;
  }
  for (; i < ba.length; i++) if (ba[i] !== bb[i]) return false;
  return true;
}

export interface NewVersion {
  /** Default 'scores'. */
  kind?: VersionKind;
  /** A registry version's units and changes (its `rows` are empty). */
  registry?: RegistryRows;
  fileName: string;
  /** The file's bytes (what was imported, and what the stored file is checked against). */
  raw: ArrayBuffer;
  /**
   * The same file as the Blob the user chose: stored instead of a copy of `raw` (the browser
   * copies a Blob into its store itself, without passing 57 MB through the structured clone).
   */
  file?: Blob;
  /** `raw`'s SHA-256 when the caller has it already (the preview hashed it). */
  hash?: string;
  /** The validated rows: a dataset (an import's) or row objects. */
  rows: Dataset | readonly ScoreRow[];
  counts: VersionCounts;
  warnings: number;
  /** A restored version keeps the time it was first imported (default: now). */
  time?: string;
  /** A restored version that was not in use stays stored but inactive (default: active). */
  active?: boolean;
}

export class UploadStore {
  private constructor(
    private readonly db: IDBPDatabase<Schema>,
    private readonly channel: BroadcastChannel | null,
  ) {}

  static async open(name = DB_NAME): Promise<UploadStore> {
    try {
      const db = await openDB<Schema>(name, DB_VERSION, {
        upgrade(d, oldVersion, _newVersion, tx) {
          if (oldVersion < 2) {
            // Version 1 was never released: nothing of it to keep.
            for (const name of [...d.objectStoreNames]) d.deleteObjectStore(name);
            d.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
            d.createObjectStore('payloads', { keyPath: 'id' });
            d.createObjectStore('chunks', { keyPath: ['id', 'n'] });
            d.createObjectStore('state');
          }
          if (oldVersion < 3) {
            const versions = tx.objectStore('versions');
            versions.createIndex('by-hash', 'hash');
            // Every version stored before kinds existed is a scores file. The transaction stays
            // open while its requests run, so the cursor walks inside the upgrade.
            void versions.openCursor().then(function fill(cursor): Promise<void> | undefined {
              if (!cursor) return undefined;
              const v: Partial<VersionSummary> = cursor.value;
              if (v.kind === undefined) void cursor.update({ ...cursor.value, kind: 'scores' });
              return cursor.continue().then(fill);
            });
          }
        },
        blocked() {
          // Another tab holds an older version of the database open; it closes it (below).
        },
        blocking() {
          // A newer tab wants to upgrade: let it, this page reloads its data on the next use.
          db.close();
        },
      });
      const channel =
        typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL_NAME) : null;
      return new UploadStore(db, channel);
    } catch (e) {
      throw toStorageError(e);
    }
  }

  close(): void {
    this.channel?.close();
    this.db.close();
  }

  async state(): Promise<StoreState> {
    return (await this.db.get('state', STATE_KEY)) ?? { activeIds: [], generation: 0 };
  }

  /** The versions stored (staged ones are not yet versions). */
  async list(): Promise<VersionSummary[]> {
    const all: StoredVersion[] = await this.db.getAll('versions');
    return all.filter((v) => v.staged !== true);
  }

  /** Rows of the active versions, chunk by chunk, in commit order. */
  async *activeChunks(): AsyncGenerator<StoredChunk> {
    const { activeIds } = await this.state();
    for (const id of activeIds) {
      // Counted, not read from the payload record: that one holds the whole original file, and
      // reading it would copy megabytes on the page's main thread just to learn a number.
      const count = await this.db.count('chunks', chunksOf(id));
      for (let n = 0; n < count; n++) {
        const c = await this.db.get('chunks', [id, n]);
        if (!c) continue;
        // Stored data is read as data: a chunk of another shape is skipped, not trusted.
        const columns = expandPacked(c.columns);
        const data = isPackedDataset(columns)
          ? { columns }
          : Array.isArray(c.rows)
            ? { rows: c.rows }
            : null;
        if (data) yield c.registry ? { id, ...data, registry: c.registry } : { id, ...data };
      }
    }
  }

  /** Rows of the active versions, in commit order (small data and tests). */
  async activeRows(): Promise<{ id: number; rows: ScoreRow[] }[]> {
    const out: { id: number; rows: ScoreRow[] }[] = [];
    for await (const c of this.activeChunks()) {
      const rows = chunkRows(c);
      const last = out[out.length - 1];
      if (last?.id === c.id) last.rows.push(...rows);
      else out.push({ id: c.id, rows });
    }
    return out;
  }

  async raw(id: number): Promise<ArrayBuffer | undefined> {
    const raw = (await this.db.get('payloads', id))?.raw;
    return raw === undefined ? undefined : fileBytes(raw);
  }

  async findByHash(hash: string): Promise<VersionSummary | undefined> {
    const found: StoredVersion[] = await this.db.getAllFromIndex('versions', 'by-hash', hash);
    return found.find((v) => v.staged !== true);
  }

  private announce(state: StoreState): void {
    this.channel?.postMessage({ type: 'changed', generation: state.generation });
  }

  /**
   * Stores a new version and makes it active. `expectedGeneration` is the generation the
   * preview was computed against; if another tab wrote since, nothing is written (or what was
   * staged is removed again).
   */
  async commit(
    v: NewVersion,
    expectedGeneration: number,
    opts: { alongside?: () => Promise<unknown> } = {},
  ): Promise<VersionSummary & { generation: number }> {
    if ((await this.state()).generation !== expectedGeneration)
      throw new StorageError('stale', STALE_VI, STALE_EN);
    const staged = await this.stage(v, opts);
    try {
      return await this.activate(staged, expectedGeneration, v);
    } catch (e) {
      await this.discard(staged);
      throw e;
    }
  }

  /**
   * Writes a version, reads it back and checks it, without putting it in use: a staged version
   * is in no list, no hash look-up and no rollback until `activate` (the import worker stages a
   * file while its preview is read, so that "Nhập dữ liệu" has only the activation left).
   * Nothing in use changes, so no lock is taken. A staged version never activated is removed by
   * `discard`, or by a later `stage` once it is a day old (its tab was closed).
   */
  async stage(
    v: NewVersion,
    opts: {
      /**
       * Work to do on this thread while the browser writes the version and reads it back
       * (awaited with them): it should pause now and then, so that the reads start when the
       * writes end.
       */
      alongside?: () => Promise<unknown>;
    } = {},
  ): Promise<StagedVersion> {
    try {
      await this.dropStale();
      const hash = v.hash ?? (await sha256Hex(v.raw));
      const summary: Omit<VersionSummary, 'id'> = {
        kind: v.kind ?? 'scores',
        fileName: v.fileName,
        time: new Date().toISOString(),
        hash,
        size: v.raw.byteLength,
        counts: v.counts,
        warnings: v.warnings,
      };
      // 1. Write the version, its file and its rows in one strict transaction.
      const registryCount = v.registry ? v.registry.units.length + v.registry.changes.length : 0;
      const data = v.rows instanceof Dataset ? v.rows : buildDataset(v.rows);
      const rowCount = data.size;
      const chunks = Math.max(v.registry ? 1 : 0, Math.ceil(rowCount / CHUNK_ROWS));
      const tx = this.db.transaction(['versions', 'payloads', 'chunks'], 'readwrite', {
        durability: 'strict',
      });
      const record: Omit<StoredVersion, 'id'> = { ...summary, staged: true };
      const id = await tx.objectStore('versions').add(record as VersionSummary);
      // Every put asked for at once and the transaction told to commit: the browser writes and
      // syncs on its own threads while this thread does the caller's other work.
      const writes: unknown[] = [
        tx.objectStore('payloads').put({
          id,
          raw: v.file && blobsClone() ? v.file : v.raw,
          chunks,
          rowCount,
        }),
      ];
      const pieces = [...packedChunks(data, CHUNK_ROWS)];
      // A registry version has no rows but one chunk, for its units.
      if (pieces.length < chunks) pieces.push(data.packed());
      pieces.forEach((columns, n) =>
        writes.push(
          tx.objectStore('chunks').put({
            id,
            n,
            columns: compactPacked(columns),
            ...(n === 0 && v.registry ? { registry: v.registry } : {}),
          }),
        ),
      );
      writes.push(tx.done);
      if (typeof tx.commit === 'function') tx.commit();
      const side = opts.alongside?.();
      // Awaited with the reads below; marked handled now, so that its failure while the writes
      // are still under way (or after they failed) is not reported as unhandled.
      side?.catch(() => undefined);
      await Promise.all(writes);
      // 2. Read it back and check it. The file and every chunk asked for at once; the file's
      // bytes read as soon as it comes.
      const [back, stored] = await Promise.all([
        this.db
          .get('payloads', id)
          .then(async (b) => (b ? { ...b, bytes: await fileBytes(b.raw) } : null)),
        this.db.getAll('chunks', chunksOf(id)),
        side,
      ]);
      let readRows = 0;
      let readRegistry = 0;
      for (const c of stored) {
        readRows += chunkSize(c);
        readRegistry += c.registry ? c.registry.units.length + c.registry.changes.length : 0;
      }
      if (
        !back ||
        stored.length !== back.chunks ||
        readRows !== rowCount ||
        readRegistry !== registryCount ||
        back.rowCount !== rowCount ||
        !sameBytes(back.bytes, v.raw)
      ) {
        await this.deleteQuietly(id);
        throw verifyError();
      }
      return { id, summary };
    } catch (e) {
      throw toStorageError(e);
    }
  }

  /**
   * Puts a staged version in use (or keeps it stored but inactive: a restored version that was
   * not in use), unless another tab wrote after `expectedGeneration`; then nothing changes and
   * the caller discards what it staged. The version's time is the activation's.
   */
  async activate(
    staged: StagedVersion,
    expectedGeneration: number,
    restored: {
      /** The name the page knows the file by (default: the name it was staged with). */
      fileName?: string;
      time?: string;
      active?: boolean;
    } = {},
  ): Promise<VersionSummary & { generation: number }> {
    return withLock(async () => {
      try {
        const tx = this.db.transaction(['versions', 'state'], 'readwrite', {
          durability: 'strict',
        });
        const before = (await tx.objectStore('state').get(STATE_KEY)) ?? {
          activeIds: [],
          generation: 0,
        };
        if (before.generation !== expectedGeneration) {
          await tx.done;
          throw new StorageError('stale', STALE_VI, STALE_EN);
        }
        const record: StoredVersion | undefined = await tx.objectStore('versions').get(staged.id);
        // Removed since (a day old, by another tab's stage) or not staged: not this version.
        if (record?.staged !== true || record.hash !== staged.summary.hash) {
          await tx.done;
          throw new StorageError(
            'verify',
            'Tệp đã chuẩn bị để nhập không còn trong bộ nhớ (để quá một ngày); tệp được đọc lại. Dữ liệu cũ vẫn nguyên vẹn.',
            'The file prepared for import is no longer stored (left for more than a day); it is read again. The previous data is intact.',
          );
        }
        const version: VersionSummary = {
          ...staged.summary,
          id: staged.id,
          fileName: restored.fileName ?? staged.summary.fileName,
          time: restored.time ?? new Date().toISOString(),
        };
        const next: StoreState = {
          activeIds:
            restored.active === false ? before.activeIds : [...before.activeIds, staged.id],
          generation: before.generation + 1,
        };
        await tx.objectStore('versions').put(version);
        await tx.objectStore('state').put(next, STATE_KEY);
        await tx.done;
        this.announce(next);
        return { ...version, generation: next.generation };
      } catch (e) {
        throw toStorageError(e);
      }
    });
  }

  /** Removes a staged version that will not be activated (a version in use is never touched). */
  async discard(staged: StagedVersion): Promise<void> {
    const record: StoredVersion | undefined = await this.db.get('versions', staged.id);
    if (record?.staged === true) await this.deleteQuietly(staged.id);
  }

  /** Staged versions a day old: their tab was closed before they were activated or discarded. */
  private async dropStale(): Promise<void> {
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    const versions: StoredVersion[] = await this.db.getAll('versions');
    for (const v of versions)
      if (v.staged === true && !(Date.parse(v.time) > dayAgo)) await this.deleteQuietly(v.id);
  }

  private async deleteQuietly(id: number): Promise<void> {
    const tx = this.db.transaction(['versions', 'payloads', 'chunks'], 'readwrite', {
      durability: 'strict',
    });
    await tx.objectStore('versions').delete(id);
    await tx.objectStore('payloads').delete(id);
    await tx.objectStore('chunks').delete(chunksOf(id));
    await tx.done;
  }

  /** Makes the versions up to `id` active (0: the bundled data alone). Nothing is deleted. */
  async rollback(id: number): Promise<StoreState> {
    return withLock(async () => {
      try {
        const before = await this.state();
        const ids = (await this.list())
          .map((v) => v.id)
          .filter((k) => k <= id)
          .sort((a, b) => a - b);
        const next: StoreState = { activeIds: ids, generation: before.generation + 1 };
        const tx = this.db.transaction('state', 'readwrite', { durability: 'strict' });
        await tx.store.put(next, STATE_KEY);
        await tx.done;
        this.announce(next);
        return next;
      } catch (e) {
        throw toStorageError(e);
      }
    });
  }

  /** Deletes one version (its file and rows); the others stay as they are. */
  async remove(id: number): Promise<StoreState> {
    return withLock(async () => {
      try {
        const before = await this.state();
        const next: StoreState = {
          activeIds: before.activeIds.filter((k) => k !== id),
          generation: before.generation + 1,
        };
        const tx = this.db.transaction(['versions', 'payloads', 'chunks', 'state'], 'readwrite', {
          durability: 'strict',
        });
        await tx.objectStore('versions').delete(id);
        await tx.objectStore('payloads').delete(id);
        await tx.objectStore('chunks').delete(chunksOf(id));
        await tx.objectStore('state').put(next, STATE_KEY);
        await tx.done;
        this.announce(next);
        return next;
      } catch (e) {
        throw toStorageError(e);
      }
    });
  }
}

/** Asks the browser to keep our storage (asked once, at the first commit). */
export async function askPersistence(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const e = await navigator.storage.estimate();
  return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
}
