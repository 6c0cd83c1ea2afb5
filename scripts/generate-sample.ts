// Regenerates the sample (illustrative) rows of data/scores.csv. No published score exists for
// Hà Nội's districts or Thạch Thất's communes, so these values are invented — reproducibly, from a
// fixed seed — and every row carries source=sample. Rows from real sources are kept as they are.
//
//   npm run data:generate

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadRegistry } from '../src/domain/bundle';
import { importText } from '../src/domain/import';
import { scoreRowCells, SCORE_COLUMNS } from '../src/domain/export';
import { childrenOf, unitsAtLevel } from '../src/domain/registry';
import { createRng } from './prng';
import { generate } from './sample';

const SEED = 20220915;
const dataDir = join(import.meta.dirname, '..', 'data');
const read = (f: string): string => readFileSync(join(dataDir, f), 'utf8');

function main(): void {
  const { registry } = loadRegistry({
    units: read('units.csv'),
    indicators: read('indicators.csv'),
  });
  const current = importText(read('scores.csv'), registry, { kind: 'scores' });
  const kept = current.dataset.rows.filter((r) => r.source !== 'sample');
  const rng = createRng(SEED);

  const districts = unitsAtLevel(registry, 'district', 2024).map((u) => u.code);
  const districtRows = generate(
    registry,
    {
      codes: districts,
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
      parMean: {
        2017: 84,
        2018: 85.5,
        2019: 87,
        2020: 88.5,
        2021: 90.5,
        2022: 91.8,
        2023: 92.4,
        2024: 93,
      },
      sipasMean: {
        2017: 80,
        2018: 81.5,
        2019: 83,
        2020: 85,
        2021: 86.5,
        2022: 87.5,
        2023: 88.5,
        2024: 89.5,
      },
      spread: 1.6,
      domainBias: { '276': { D7: -0.07, D8: -0.09 } },
    },
    rng,
  );
  const communes = childrenOf(registry, '276', 2024).map((u) => u.code);
  const communeRows = generate(
    registry,
    {
      codes: communes,
      years: [2019, 2020, 2021, 2022, 2023, 2024],
      parMean: { 2019: 80.5, 2020: 82.5, 2021: 84.5, 2022: 86, 2023: 87.5, 2024: 88.5 },
      sipasMean: { 2019: 81, 2020: 83, 2021: 84.5, 2022: 86, 2023: 87, 2024: 88 },
      spread: 2.6,
    },
    rng,
  );
  // Since 2025-07-01: Hà Nội's 126 communes and wards, directly under the city.
  const newCommunes = childrenOf(registry, '01', 2025)
    .filter((u) => u.level === 'commune')
    .map((u) => u.code);
  const newRows = generate(
    registry,
    {
      codes: newCommunes,
      years: [2025],
      parMean: { 2025: 87 },
      sipasMean: { 2025: 88 },
      spread: 2,
    },
    rng,
  );
  const rows = [...kept, ...districtRows, ...communeRows, ...newRows];
  const text = Papa.unparse(
    { fields: [...SCORE_COLUMNS], data: rows.map(scoreRowCells) },
    { newline: '\n' },
  );
  writeFileSync(join(dataDir, 'scores.csv'), `${text}\n`);
  console.log(
    `scores.csv: ${kept.length} sourced rows kept, ${rows.length - kept.length} sample rows written`,
  );
}

main();
