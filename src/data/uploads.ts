// The committed uploads as queries: the list and state (small), and the active dataset they make
// with the bundled data, loaded chunk by chunk with pauses so that a million stored rows never
// block the page for long.

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../domain/dataset';
import type { Registry } from '../domain/registry';
import type { StoreState, UploadStore, VersionSummary } from './upload-store';
import type { ActiveData } from './active-data';
import type { ActiveHandoff } from './import-protocol';
import { DB_NAME } from './store-names';
import { pause } from './pause';

let storePromise: Promise<UploadStore> | null = null;

/** One store per page, loaded on first use; a failed open is retried on the next call. */
export function getStore(): Promise<UploadStore> {
  storePromise ??= import('./upload-store')
    .then((m) => m.UploadStore.open())
    .catch((e: unknown) => {
      storePromise = null;
      throw e;
    });
  return storePromise;
}

export interface UploadsData {
  state: StoreState;
  versions: VersionSummary[];
}

const NO_UPLOADS: UploadsData = { state: { activeIds: [], generation: 0 }, versions: [] };

/** Whether this browser may have the uploads database (asking does not create it). */
async function mayHaveUploads(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}

export const uploadsKeys = {
  all: ['uploads'] as const,
  active: (generation: number) => ['uploads', 'active', generation] as const,
};

export const uploadsQuery = queryOptions({
  queryKey: uploadsKeys.all,
  queryFn: async (): Promise<UploadsData> => {
    // Most visitors never upload: without the database there is nothing to read, and neither
    // the store nor idb needs to load for the first view.
    if (!storePromise && !(await mayHaveUploads())) return NO_UPLOADS;
    const store = await getStore();
    const [state, versions] = await Promise.all([store.state(), store.list()]);
    return { state, versions };
  },
  staleTime: Infinity,
  retry: false,
});

export type { ActiveData } from './active-data';

let handoff: ActiveHandoff | null = null;
/** The last data in use loaded, and the store generation and bundled data it was made from. */
let loaded: { generation: number; base: Dataset; data: ActiveData } | null = null;
let committing: Promise<unknown> | null = null;

/**
 * A commit of this tab is under way; `done` settles once the worker has answered it (and handed
 * over the data in use, if it does). The store announces the new generation on its channel
 * before the worker's answer arrives: a load asked for meanwhile waits for the hand-over
 * instead of reading every stored chunk on the main thread.
 */
export function commitUnderWay(done: Promise<unknown>): void {
  committing = done;
  const clear = () => {
    if (committing === done) committing = null;
  };
  done.then(clear, clear);
}

/** Keeps the data in use that the import worker handed over after a commit, for its generation. */
export function handOver(h: ActiveHandoff): void {
  handoff = h;
}

/**
 * Bundled data and registry, then each active version in commit order (see active-data.ts); or,
 * right after this tab committed, the columns the import worker handed over for that generation.
 */
export async function loadActiveDataset(
  base: Dataset,
  baseRegistry: Registry,
  generation?: number,
): Promise<ActiveData> {
  // Loaded with the store: most visitors have no uploads, and the first view needs neither.
  const { readActiveData, fromHandoff } = await import('./active-data');
  if (committing) await committing.catch(() => undefined);
  // A generation's data never changes: asked again (an invalidation refetches it), it is the same.
  if (loaded && loaded.generation === generation && loaded.base === base) return loaded.data;
  const h = handoff;
  handoff = null;
  const data =
    h && h.generation === generation
      ? fromHandoff(h, baseRegistry)
      : await readActiveData(await getStore(), base, baseRegistry, pause);
  if (generation !== undefined) loaded = { generation, base, data };
  return data;
}

export const activeDatasetQuery = (base: Dataset, baseRegistry: Registry, generation: number) =>
  queryOptions({
    queryKey: uploadsKeys.active(generation),
    queryFn: () => loadActiveDataset(base, baseRegistry, generation),
    staleTime: Infinity,
    retry: false,
  });

/**
 * The data in use now — the bundled data and the active versions, as the store has them — for
 * exports: right after a commit the page may still be loading or drawing the new rows.
 */
export async function dataInUse(
  client: QueryClient,
  base: Dataset,
  baseRegistry: Registry,
): Promise<Dataset> {
  const { state } = await client.fetchQuery(uploadsQuery);
  return state.generation > 0
    ? (await client.fetchQuery(activeDatasetQuery(base, baseRegistry, state.generation))).dataset
    : base;
}
