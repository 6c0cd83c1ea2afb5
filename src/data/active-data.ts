// The data in use: the bundled data, then each active stored version in commit order (later
// values win key by key), and the bundled registry with the units and changes that registry
// versions add. One reading for the page (with pauses between slices, so a million stored rows
// never block it for long) and for the import worker (whose previews diff against it).

import { Dataset, DatasetBuilder } from '../domain/dataset';
import type { ActiveHandoff } from './import-protocol';
import type { Registry } from '../domain/registry';
import { extendRegistry } from '../domain/registry-extend';
import type { RegistryRows, UploadStore } from './upload-store';

export interface ActiveData {
  dataset: Dataset;
  registry: Registry;
  /** The units and changes the active registry versions add to the bundled registry. */
  added: RegistryRows;
}

/** Rows merged between pauses: a few milliseconds of work. */
const SLICE = 20_000;

export async function readActiveData(
  store: UploadStore,
  base: Dataset,
  baseRegistry: Registry,
  pause?: () => Promise<void>,
): Promise<ActiveData> {
  const builder = new DatasetBuilder(base.size);
  builder.addAll(base, true);
  const added: RegistryRows = { units: [], changes: [] };
  let hadVersions = false;
  for await (const chunk of store.activeChunks()) {
    hadVersions = true;
    if (chunk.registry) {
      added.units.push(...chunk.registry.units);
      added.changes.push(...chunk.registry.changes);
    }
    // Columns are merged through id maps, a slice at a time; a chunk stored before columns
    // existed is rows.
    const { columns, rows = [] } = chunk;
    const size = columns ? columns.series.length : rows.length;
    for (let i = 0; i < size; i += SLICE) {
      const end = Math.min(size, i + SLICE);
      if (columns) builder.addAll(columns, true, i, end);
      else
        for (let k = i; k < end; k++) {
          const row = rows[k];
          if (row) builder.add(row, true);
        }
      if (pause) await pause();
    }
  }
  return {
    dataset: hadVersions ? builder.build() : base,
    registry: extendRegistry(baseRegistry, added),
    added,
  };
}

/** The data in use as the import worker handed it over after a commit (see ActiveHandoff). */
export function fromHandoff(h: ActiveHandoff, baseRegistry: Registry): ActiveData {
  return {
    dataset: Dataset.fromPacked(h.columns, h.slots),
    registry: extendRegistry(baseRegistry, h.added),
    added: h.added,
  };
}
