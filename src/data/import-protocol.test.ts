// The import service as the worker runs it: import → summary with the diff, commit, refusals.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createImportService,
  isServiceReply,
  isServiceRequest,
  type ServiceReply,
  type ServiceRequest,
} from './import-protocol';
import { UploadStore } from './upload-store';
import { readActiveData } from './active-data';
import { loadBundle } from '../domain/bundle';
import { Dataset } from '../domain/dataset';
import { MINI_INDICATORS, MINI_UNITS } from '../../tests/support/mini';

const bundle = {
  units: MINI_UNITS,
  indicators: MINI_INDICATORS,
  scores: 'index,year,unit_code,score\nPAR,2023,01,91.43\n',
};
let n = 0;
const service = () => createImportService(() => UploadStore.open(`service-${++n}`));
const importReq = (id: number, csv: string): ServiceRequest => ({
  type: 'import',
  id,
  name: 'x.csv',
  bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer,
  options: { maxYear: 2030 },
  bundle,
});
const commitReq = (id: number, expectedGeneration: number, fileName: string): ServiceRequest => ({
  type: 'commit',
  id,
  expectedGeneration,
  fileName,
});
async function run(s: ReturnType<typeof service>, req: ServiceRequest): Promise<ServiceReply[]> {
  const replies: ServiceReply[] = [];
  await s.handle(req, (r) => replies.push(r));
  return replies;
}

describe('the import service', () => {
  it('reports progress, then a summary with counts and the diff against the data in use', async () => {
    const s = service();
    const replies = await run(
      s,
      importReq(1, 'index,year,unit_code,score\nPAR,2023,01,91.25\nPAR,2024,01,92.57\n'),
    );
    expect(replies.map((r) => r.type)).toEqual(['progress', 'done']);
    const done = replies[1];
    if (done?.type !== 'done') throw new Error('no summary');
    expect(done.summary).toMatchObject({
      ok: true,
      kind: 'scores',
      rowCount: 2,
      errors: 0,
      warnings: 0,
    });
    expect(done.summary.counts.byYear).toEqual({ 2023: 1, 2024: 1 });
    // The file's SHA-256, computed in the worker (the page uses it to spot a file imported before).
    expect(done.summary.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(done.summary.diff).toMatchObject({ added: 1, changedCount: 1, unchanged: 0 });
    expect(done.summary.diff?.changed.map((c) => [c.before.score, c.after.score])).toEqual([
      [91.43, 91.25],
    ]);
  });

  it('answers a bad file with issues, and will not commit it', async () => {
    const s = service();
    const [, done] = await run(s, importReq(2, 'index,year,unit_code,score\nPAR,2024,01,abc\n'));
    expect(done?.type === 'done' && done.summary.issues.map((i) => [i.code, i.line])).toEqual([
      ['bad-number', 2],
    ]);
    const [reply] = await run(s, commitReq(2, 0, 'x.csv'));
    expect(reply?.type).toBe('failed');
  });

  it('commits, then refuses a commit prepared against older data', async () => {
    const s = service();
    await run(s, importReq(3, 'index,year,unit_code,score\nPAR,2024,01,92.57\n'));
    await run(s, importReq(4, 'index,year,unit_code,score\nPAR,2022,01,89.58\n'));
    const [ok] = await run(s, commitReq(3, 0, 'a.csv'));
    expect(ok?.type === 'committed' && ok.version).toMatchObject({
      id: 1,
      fileName: 'a.csv',
      counts: { rows: 1 },
    });
    const [stale] = await run(s, commitReq(4, 0, 'b.csv'));
    expect(stale).toMatchObject({ type: 'failed', problem: 'stale' });
  });

  it('hands the page the data in use after a commit: what reading the store gives', async () => {
    const name = `service-${++n}`;
    const s = createImportService(() => UploadStore.open(name));
    await run(
      s,
      importReq(20, 'index,year,unit_code,score\nPAR,2023,01,91.25\nPAR,2024,01,92.57\n'),
    );
    const [reply] = await run(s, commitReq(20, 0, 'a.csv'));
    if (reply?.type !== 'committed' || !reply.active) throw new Error('no data handed over');
    expect(isServiceReply(reply)).toBe(true);
    expect(reply.active.generation).toBe(1);
    const base = loadBundle(bundle).dataset;
    const handed = Dataset.fromPacked(reply.active.columns, reply.active.slots);
    const store = await UploadStore.open(name);
    const read = await readActiveData(store, base, loadBundle(bundle).registry);
    store.close();
    expect(handed.rows).toEqual(read.dataset.rows);
    expect(handed.rows.map((r) => [r.year, r.score])).toEqual([
      [2023, 91.25],
      [2024, 92.57],
    ]);
  });

  it('reads the stored versions once per store generation', async () => {
    let reads = 0;
    const name = `service-${++n}`;
    const s = createImportService(async () => {
      const store = await UploadStore.open(name);
      const activeChunks = store.activeChunks.bind(store);
      store.activeChunks = () => {
        reads++;
        return activeChunks();
      };
      return store;
    });
    // Warmed when the panel opens: the data in use is read then, and not again for the files.
    const answers = await run(s, { type: 'warm', id: 9, bundle });
    expect(answers).toEqual([]);
    expect(reads).toBe(1);
    await run(s, importReq(10, 'index,year,unit_code,score\nPAR,2024,01,92.57\n'));
    await run(s, importReq(11, 'index,year,unit_code,score\nPAR,2022,01,89.58\n'));
    expect(reads).toBe(1);
    await run(s, commitReq(10, 0, 'a.csv'));
    // After a commit the data in use has changed: the next preview reads it again, and sees it.
    const [, done] = await run(s, importReq(12, 'index,year,unit_code,score\nPAR,2024,01,92.57\n'));
    expect(reads).toBe(2);
    expect(done?.type === 'done' && done.summary.diff).toMatchObject({ added: 0, unchanged: 1 });
  });

  it('forgets a discarded import', async () => {
    const s = service();
    await run(s, importReq(5, 'index,year,unit_code,score\nPAR,2024,01,92.57\n'));
    await run(s, { type: 'discard', id: 5 });
    const [reply] = await run(s, commitReq(5, 0, 'a.csv'));
    expect(reply?.type).toBe('failed');
  });

  it('stages a valid file while its preview is read, and keeps nothing of files not committed', async () => {
    const name = `service-${++n}`;
    const s = createImportService(() => UploadStore.open(name));
    await run(s, importReq(30, 'index,year,unit_code,score\nPAR,2024,01,92.57\n'));
    await run(s, importReq(31, 'index,year,unit_code,score\nPAR,2024,01,abc\n'));
    await run(s, importReq(32, 'index,year,unit_code,score\nPAR,2022,01,89.58\n'));
    await run(s, { type: 'discard', id: 30 });
    const [stale] = await run(s, commitReq(32, 5, 'b.csv'));
    expect(stale).toMatchObject({ type: 'failed', problem: 'stale' });
    const store = await UploadStore.open(name);
    // Two files were staged (the one with an error was not); neither is stored now.
    expect(await store.list()).toEqual([]);
    for (const id of [1, 2, 3]) expect(await store.raw(id)).toBeUndefined();
    expect(await store.state()).toEqual({ activeIds: [], generation: 0 });
    store.close();
  });

  it('accepts only well-formed messages', () => {
    expect(isServiceRequest(importReq(1, 'a'))).toBe(true);
    expect(isServiceRequest({ type: 'import', id: '7' })).toBe(false);
    expect(isServiceRequest({ type: 'commit', id: 1, expectedGeneration: 0 })).toBe(false);
    expect(isServiceReply({ type: 'progress', id: 1, fraction: 0.5 })).toBe(true);
    expect(isServiceReply({ type: 'done', id: 1 })).toBe(false);
    expect(isServiceReply('done')).toBe(false);
  });
});
