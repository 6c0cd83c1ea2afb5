// The committed uploads as a query, and the active dataset they make with the bundled data.

import { queryOptions } from '@tanstack/react-query';
import { buildDataset, mergeDatasets, type Dataset } from '../domain/dataset';
import type { ScoreRow } from '../domain/model';
import { UploadStore, type StoreState, type VersionSummary } from './upload-store';

let storePromise: Promise<UploadStore> | null = null;

/** One store per page; a failed open is retried on the next call. */
export function getStore(): Promise<UploadStore> {
  storePromise ??= UploadStore.open().catch((e: unknown) => {
    storePromise = null;
    throw e;
  });
  return storePromise;
}

export interface UploadsData {
  state: StoreState;
  versions: VersionSummary[];
  active: { id: number; rows: ScoreRow[] }[];
}

export const uploadsKeys = { all: ['uploads'] as const };

export const uploadsQuery = queryOptions({
  queryKey: uploadsKeys.all,
  queryFn: async (): Promise<UploadsData> => {
    const store = await getStore();
    const [state, versions, active] = await Promise.all([
      store.state(),
      store.list(),
      store.activeRows(),
    ]);
    return { state, versions, active };
  },
  staleTime: Infinity,
  retry: false,
});

/** Bundled data, then each active version in commit order; later values win key by key. */
export function activeDataset(base: Dataset, uploads: UploadsData | undefined): Dataset {
  if (!uploads || uploads.active.length === 0) return base;
  return uploads.active.reduce((ds, v) => mergeDatasets(ds, buildDataset(v.rows)), base);
}
