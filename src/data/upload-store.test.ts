// A real IndexedDB implementation (fake-indexeddb) under the store: commits, read-back,
// rollback, deletion, duplicate detection and stale writes from another tab.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError, UploadStore, sha256Hex } from './upload-store';
import type { ScoreRow } from '../domain/model';
import { scoreRow } from '../../tests/support/rows';

const row = (unitCode: string, score: number) => scoreRow({ unitCode, score });
const bytes = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;
const version = (name: string, rows: ScoreRow[]) => ({
  fileName: name,
  raw: bytes(`${name}:${rows.map((r) => r.score).join(',')}`),
  rows,
  counts: { rows: rows.length, byIndex: { PAR: rows.length }, byYear: { 2024: rows.length } },
  warnings: 0,
});

let store: UploadStore;
let dbName = '';
let n = 0;
beforeEach(async () => {
  dbName = `test-${++n}`;
  store = await UploadStore.open(dbName);
});
afterEach(() => store.close());

describe('UploadStore', () => {
  it('starts with the bundled data alone', async () => {
    expect(await store.state()).toEqual({ activeIds: [], generation: 0 });
    expect(await store.activeRows()).toEqual([]);
  });

  it('commits a version and makes it active', async () => {
    const v = await store.commit(version('a.csv', [row('01', 90)]), 0);
    expect(v).toMatchObject({ id: 1, fileName: 'a.csv', counts: { rows: 1 } });
    expect(v.hash).toBe(await sha256Hex(bytes('a.csv:90')));
    expect(await store.state()).toEqual({ activeIds: [1], generation: 1 });
    expect((await store.activeRows()).map((p) => p.rows.map((r) => r.score))).toEqual([[90]]);
  });

  it('stores the chosen file itself, and gives its bytes back', async () => {
    const raw = bytes('a.csv:90');
    const v = await store.commit(
      { ...version('a.csv', [row('01', 90)]), raw, file: new Blob([raw]) },
      0,
    );
    expect(new Uint8Array((await store.raw(v.id)) ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array(raw),
    );
  });

  it('activates nothing when the stored file is not the file read', async () => {
    // The file changed on disk between the preview and the commit: what the store holds is
    // read back and compared byte for byte with what was imported.
    const changed = new Blob([bytes('a.csv:91')]);
    await expect(
      store.commit({ ...version('a.csv', [row('01', 90)]), file: changed }, 0),
    ).rejects.toMatchObject({ problem: 'verify' });
    expect(await store.state()).toEqual({ activeIds: [], generation: 0 });
    expect(await store.list()).toEqual([]);
  });

  it('keeps what it stored across a reopen', async () => {
    await store.commit(version('a.csv', [row('01', 90)]), 0);
    store.close();
    store = await UploadStore.open(dbName);
    expect((await store.list()).map((v) => v.fileName)).toEqual(['a.csv']);
    expect((await store.activeRows())[0]?.rows[0]?.score).toBe(90);
  });

  it('refuses a write prepared against older data, writing nothing', async () => {
    await store.commit(version('a.csv', [row('01', 90)]), 0);
    await expect(store.commit(version('b.csv', [row('01', 91)]), 0)).rejects.toMatchObject({
      problem: 'stale',
    });
    expect((await store.list()).map((v) => v.fileName)).toEqual(['a.csv']);
    expect(await store.state()).toEqual({ activeIds: [1], generation: 1 });
  });

  it('rolls back to a version and forward again without deleting anything', async () => {
    await store.commit(version('a.csv', [row('01', 90)]), 0);
    await store.commit(version('b.csv', [row('01', 91)]), 1);
    expect((await store.rollback(1)).activeIds).toEqual([1]);
    expect((await store.rollback(0)).activeIds).toEqual([]);
    expect((await store.list()).length).toBe(2);
    expect((await store.rollback(2)).activeIds).toEqual([1, 2]);
  });

  it('deletes one version and keeps the others', async () => {
    await store.commit(version('a.csv', [row('01', 90)]), 0);
    await store.commit(version('b.csv', [row('01', 91)]), 1);
    expect((await store.remove(1)).activeIds).toEqual([2]);
    expect((await store.list()).map((v) => v.id)).toEqual([2]);
    expect(await store.raw(1)).toBeUndefined();
  });

  it('finds a file uploaded before by its hash', async () => {
    const v = await store.commit(version('a.csv', [row('01', 90)]), 0);
    expect((await store.findByHash(v.hash))?.fileName).toBe('a.csv');
    expect(await store.findByHash('0'.repeat(64))).toBeUndefined();
  });

  it('stores many rows in chunks and reads them back in order', async () => {
    const rows = Array.from({ length: 45_001 }, (_, i) => row(String(i), i % 100));
    await store.commit(version('big.csv', rows), 0);
    const back = await store.activeRows();
    expect(back[0]?.rows.length).toBe(45_001);
    expect(back[0]?.rows[45_000]?.unitCode).toBe('45000');
    // One series (stored as one run), scores as integers: every row back as it was.
    expect(back[0]?.rows).toEqual(rows);
    await store.remove(1);
    const left: unknown[] = [];
    for await (const c of store.activeChunks()) left.push(c);
    expect(left).toEqual([]);
  });

  it('stages a version out of sight until it is activated, at the time of activation', async () => {
    await store.commit(version('a.csv', [row('01', 90)]), 0);
    const staged = await store.stage(version('b.csv', [row('01', 91)]));
    // Written and checked, but in no list, no hash look-up, no rollback, not in use.
    expect((await store.list()).map((v) => v.fileName)).toEqual(['a.csv']);
    expect(await store.findByHash(staged.summary.hash)).toBeUndefined();
    await store.rollback(staged.id);
    expect(await store.state()).toEqual({ activeIds: [1], generation: 2 });
    expect((await store.activeRows()).map((p) => p.rows[0]?.score)).toEqual([90]);
    const v = await store.activate(staged, 2);
    expect(v).toMatchObject({ id: staged.id, fileName: 'b.csv', generation: 3 });
    expect(Date.parse(v.time)).toBeGreaterThanOrEqual(Date.parse(staged.summary.time));
    expect((await store.list()).map((x) => x.fileName)).toEqual(['a.csv', 'b.csv']);
    expect((await store.findByHash(staged.summary.hash))?.id).toBe(staged.id);
    expect((await store.activeRows()).map((p) => p.rows[0]?.score)).toEqual([90, 91]);
    // Activated once: a second activation or a discard changes nothing.
    await expect(store.activate(staged, 3)).rejects.toMatchObject({ problem: 'verify' });
    await store.discard(staged);
    expect((await store.list()).length).toBe(2);
  });

  it('activates nothing staged against older data, and discards it on request', async () => {
    const staged = await store.stage(version('b.csv', [row('01', 91)]));
    await store.commit(version('a.csv', [row('01', 90)]), 0);
    await expect(store.activate(staged, 0)).rejects.toMatchObject({ problem: 'stale' });
    expect((await store.list()).map((v) => v.fileName)).toEqual(['a.csv']);
    expect(await store.state()).toEqual({ activeIds: [2], generation: 1 });
    await store.discard(staged);
    expect(await store.raw(staged.id)).toBeUndefined();
    await expect(store.activate(staged, 1)).rejects.toMatchObject({ problem: 'verify' });
  });

  it('removes what a closed tab staged a day ago, at the next stage', async () => {
    const old = await store.stage(version('old.csv', [row('01', 80)]));
    const dayAndAMinute = (24 * 60 + 1) * 60 * 1000;
    const later = Date.now() + dayAndAMinute;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      const fresh = await store.stage(version('new.csv', [row('01', 81)]));
      expect(await store.raw(old.id)).toBeUndefined();
      expect(await store.raw(fresh.id)).toBeDefined();
    } finally {
      Date.now = realNow;
    }
  });

  it('reports errors as StorageError values with Vietnamese and English text', () => {
    const e = new StorageError('quota', 'đầy', 'full');
    expect([e.problem, e.messageVi, e.messageEn]).toEqual(['quota', 'đầy', 'full']);
  });
});
