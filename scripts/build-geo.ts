// Boundaries for the map: the GeoJSON in data/geo/source/ (copied from the reference, see
// data/geo/README.md) simplified with mapshaper to TopoJSON, which the map view loads on demand.
// Run with `npm run data:geo`; the output is committed, so the build and the tests never run it.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}node_modules/mapshaper/bin/mapshaper`;

/** Each layer: its source, how much of its vertices to keep (Visvalingam, shapes kept). */
const LAYERS = [
  { source: 'hanoi-units-2025.geojson', out: 'hanoi-2025.topo.json', name: 'units', keep: '6%' },
  { source: 'provinces-2025.geojson', out: 'provinces-2025.topo.json', name: 'units', keep: '4%' },
];

for (const l of LAYERS) {
  const out = `${root}data/geo/${l.out}`;
  execFileSync(
    process.execPath,
    [
      bin,
      `${root}data/geo/source/${l.source}`,
      '-rename-layers',
      l.name,
      '-simplify',
      l.keep,
      'keep-shapes',
      '-filter-fields',
      'code,name,name_en',
      '-o',
      out,
      'format=topojson',
      'quantization=20000',
    ],
    { stdio: 'inherit' },
  );
  const gz = gzipSync(readFileSync(out)).length;
  console.log(`${l.out}: ${statSync(out).size} bytes, ${gz} gzip`);
}
