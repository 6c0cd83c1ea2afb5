// The data in use: the bundled data, then each active stored version in commit order (later
// values win key by key), and the bundled registry with the units and changes that registry
// versions add. One reading for the page (with pauses between slices, so a million stored rows
// never block it for long) and for the import worker (whose previews diff against it).

import { DatasetBuilder, type Dataset } from '../domain/dataset';
import type { Registry } from '../domain/registry';
import { extendRegistry } from '../domain/registry-extend';
import type { RegistryRows, UploadStore } from './upload-store';

export interface ActiveData {
  dataset: Dataset;
  registry: Registry;
}

/** Rows merged between pauses: a few milliseconds of work (a stored chunk holds 5,000). */
const SLICE = 5_000;

export async function readActiveData(
  store: UploadStore,
  base: Dataset,
  baseRegistry: Registry,
  pause?: () => Promise<void>,
): Promise<ActiveData> {
  const builder = new DatasetBuilder();
  for (const row of base.rows) builder.add(row, true);
  const added: RegistryRows = { units: [], changes: [] };
  let hadVersions = false;
  for await (const chunk of store.activeChunks()) {
    hadVersions = true;
    if (chunk.registry) {
      added.units.push(...chunk.registry.units);
      added.changes.push(...chunk.registry.changes);
    }
    for (let i = 0; i < chunk.rows.length; i += SLICE) {
      const end = Math.min(chunk.rows.length, i + SLICE);
      for (let k = i; k < end; k++) {
        const row = chunk.rows[k];
        if (row) builder.add(row, true);
      }
      if (pause) await pause();
    }
  }
  return {
    dataset: hadVersions ? builder.build() : base,
    registry: extendRegistry(baseRegistry, added),
  };
}
