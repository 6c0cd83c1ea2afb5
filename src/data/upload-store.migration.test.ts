// A database written by schema version 2 (what every browser that uploaded before has) is
// upgraded in place: every version, row chunk, raw file and the active state survive.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, UploadStore } from './upload-store';
import { scoreRow } from '../../tests/support/rows';

/** Schema 2 exactly as it was released: the fixture of "today's" database. */
async function writeVersion2(name: string): Promise<void> {
  const db = await openDB(name, 2, {
    upgrade(d) {
      d.createObjectStore('versions', { keyPath: 'id', autoIncrement: true });
      d.createObjectStore('payloads', { keyPath: 'id' });
      d.createObjectStore('chunks', { keyPath: ['id', 'n'] });
      d.createObjectStore('state');
    },
  });
  const tx = db.transaction(['versions', 'payloads', 'chunks', 'state'], 'readwrite');
  for (const id of [1, 2]) {
    await tx.objectStore('versions').add({
      fileName: `v${id}.csv`,
      time: `2026-0${id}-01T08:00:00.000Z`,
      hash: `hash-${id}`,
      size: 5,
      counts: { rows: 2, byIndex: { PAR: 2 }, byYear: { 2024: 2 } },
      warnings: id,
    });
    await tx.objectStore('payloads').put({
      id,
      raw: new TextEncoder().encode(`raw-${id}`).buffer,
      chunks: 2,
      rowCount: 2,
    });
    for (const n of [0, 1]) {
      await tx
        .objectStore('chunks')
        .put({ id, n, rows: [scoreRow({ unitCode: `0${id}`, score: 80 + n })] });
    }
  }
  await tx.objectStore('state').put({ activeIds: [2], generation: 7 }, 'state');
  await tx.done;
  db.close();
}

describe('UploadStore migrations', () => {
  it('upgrades a version-2 database without losing a version, a row or a file', async () => {
    expect(DB_VERSION).toBeGreaterThan(2);
    await writeVersion2('migrate-me');
    const store = await UploadStore.open('migrate-me');
    try {
      const versions = await store.list();
      expect(versions.map((v) => [v.id, v.fileName, v.time, v.hash, v.warnings, v.kind])).toEqual([
        [1, 'v1.csv', '2026-01-01T08:00:00.000Z', 'hash-1', 1, 'scores'],
        [2, 'v2.csv', '2026-02-01T08:00:00.000Z', 'hash-2', 2, 'scores'],
      ]);
      expect(await store.state()).toEqual({ activeIds: [2], generation: 7 });
      const active = await store.activeRows();
      expect(active.map((v) => [v.id, v.rows.map((r) => [r.unitCode, r.score])])).toEqual([
        [
          2,
          [
            ['02', 80],
            ['02', 81],
          ],
        ],
      ]);
      expect(new TextDecoder().decode(await store.raw(1))).toBe('raw-1');
      expect(new TextDecoder().decode(await store.raw(2))).toBe('raw-2');
      // The new index answers for the old records.
      expect((await store.findByHash('hash-1'))?.id).toBe(1);
      // And the store goes on from where it was.
      await store.rollback(1);
      expect((await store.activeRows()).map((v) => v.id)).toEqual([1]);
    } finally {
      store.close();
    }
  });
});
