// The store against a model of it: any sequence of stages, activations (current or stale),
// discards, commits, rollbacks and deletions. What is listed, found by hash, in use and at which
// generation is always what the model says; a staged version is never seen until it is activated.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UploadStore, type StagedVersion } from './upload-store';
import { scoreRow } from '../../tests/support/rows';

type Op =
  | { op: 'stage' }
  | { op: 'activate'; pick: number; stale: boolean }
  | { op: 'discard'; pick: number }
  | { op: 'commit' }
  | { op: 'rollback'; pick: number }
  | { op: 'remove'; pick: number };

const ops: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.constant<Op>({ op: 'stage' }),
    fc.record({ op: fc.constant('activate' as const), pick: fc.nat(5), stale: fc.boolean() }),
    fc.record({ op: fc.constant('discard' as const), pick: fc.nat(5) }),
    fc.constant<Op>({ op: 'commit' }),
    fc.record({ op: fc.constant('rollback' as const), pick: fc.nat(6) }),
    fc.record({ op: fc.constant('remove' as const), pick: fc.nat(6) }),
  ),
  { maxLength: 14 },
);

const bytes = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;
const version = (name: string, score: number) => ({
  fileName: name,
  raw: bytes(name),
  rows: [scoreRow({ unitCode: '01', score })],
  counts: { rows: 1, byIndex: { PAR: 1 }, byYear: { 2024: 1 } },
  warnings: 0,
});

let db = 0;

describe('UploadStore against its model', () => {
  it('lists, finds and uses exactly what was activated, whatever the order of operations', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (seq) => {
        const store = await UploadStore.open(`model-${++db}`);
        try {
          // The model: versions (id → name), staged ones, the state.
          const versions = new Map<number, string>();
          const staged: StagedVersion[] = [];
          let active: number[] = [];
          let generation = 0;
          let n = 0;
          for (const o of seq) {
            const name = `f${++n}.csv`;
            const s =
              staged[
                o.op === 'activate' || o.op === 'discard' ? o.pick % Math.max(1, staged.length) : 0
              ];
            const ids = [...versions.keys(), ...staged.map((x) => x.id)].sort((a, b) => a - b);
            const id =
              o.op === 'rollback' || o.op === 'remove'
                ? ids[o.pick % Math.max(1, ids.length)]
                : undefined;
            if (o.op === 'stage') staged.push(await store.stage(version(name, n)));
            else if (o.op === 'activate' && s) {
              const at = o.stale ? generation - 1 : generation;
              const done = store.activate(s, at);
              if (o.stale) await expect(done).rejects.toMatchObject({ problem: 'stale' });
              else {
                await done;
                versions.set(s.id, s.summary.fileName);
                active.push(s.id);
                generation++;
                staged.splice(staged.indexOf(s), 1);
              }
            } else if (o.op === 'discard' && s) {
              await store.discard(s);
              staged.splice(staged.indexOf(s), 1);
            } else if (o.op === 'commit') {
              const v = await store.commit(version(name, n), generation);
              versions.set(v.id, name);
              active.push(v.id);
              generation++;
            } else if (o.op === 'rollback' && id !== undefined) {
              await store.rollback(id);
              active = [...versions.keys()].filter((k) => k <= id).sort((a, b) => a - b);
              generation++;
            } else if (o.op === 'remove' && id !== undefined && versions.has(id)) {
              await store.remove(id);
              versions.delete(id);
              active = active.filter((k) => k !== id);
              generation++;
            }
            expect((await store.list()).map((v) => [v.id, v.fileName])).toEqual(
              [...versions].sort((a, b) => a[0] - b[0]),
            );
            expect(await store.state()).toEqual({ activeIds: active, generation });
            for (const x of staged) expect(await store.findByHash(x.summary.hash)).toBeUndefined();
            expect((await store.activeRows()).map((r) => r.id)).toEqual(active);
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
