// Seeded benchmark inputs, written to .bench/ (ignored by git): a registry of 3,321 communes and
// a long scores file of 3,321 communes × 10 years × 30 indicators (≈ 1 M rows, ≈ 57 MB).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createRng } from '../../scripts/prng';
import { generate } from '../../scripts/sample';
import { loadRegistry } from '../../src/domain/bundle';
import { importText } from '../../src/domain/import';
import { scoreRowCells, SCORE_COLUMNS } from '../../src/domain/export';
import { unitsAtLevel } from '../../src/domain/registry';

export const benchDir = join(import.meta.dirname, '..', '..', '.bench');
export const COMMUNES = 3321;
export const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

const INDEXES: { index: string; total: number; comps: string[]; max: number }[] = [
  { index: 'PAR', total: 100, comps: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'], max: 12.5 },
  { index: 'SIPAS', total: 100, comps: ['E1', 'E2', 'E3', 'E4', 'E5'], max: 100 },
  { index: 'PAPI', total: 80, comps: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'], max: 10 },
  { index: 'HN', total: 100, comps: ['H1', 'H2', 'H3', 'H4', 'H5'], max: 20 },
];

export interface BenchFiles {
  units: string;
  indicators: string;
  scores: string;
}

export function benchUnits(communes = COMMUNES): string {
  const lines = [
    'code,name,level,parent_code,valid_from,valid_to',
    '01,Thành phố Hà Nội,province,,,',
  ];
  const districts = Math.ceil(communes / 30);
  for (let d = 0; d < districts; d++)
    lines.push(`${String(100 + d).padStart(3, '0')},Huyện Mẫu ${d + 1},district,01,,`);
  for (let c = 0; c < communes; c++) {
    lines.push(
      `${String(20000 + c).padStart(5, '0')},Xã Mẫu ${c + 1},commune,${String(100 + Math.floor(c / 30)).padStart(3, '0')},,`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function benchIndicators(): string {
  const lines = ['index,code,parent,name_vi,name_en,max,from_year,to_year'];
  for (const ix of INDEXES) {
    lines.push(`${ix.index},TOTAL,,${ix.index},${ix.index},${ix.total},,`);
    for (const c of ix.comps)
      lines.push(`${ix.index},${c},TOTAL,${ix.index} ${c},${ix.index} ${c},${ix.max},,`);
  }
  return `${lines.join('\n')}\n`;
}

/** The long scores file; components add up to the totals so validation does its full work. */
export function benchScores(communes = COMMUNES, years = YEARS): string {
  const rng = createRng(57);
  const parts: string[] = [
    'index,year,unit_code,indicator,score,max,rank,rank_of,group,source,note\n',
  ];
  for (const year of years) {
    for (const ix of INDEXES) {
      for (let c = 0; c < communes; c++) {
        const code = String(20000 + c).padStart(5, '0');
        const src = `https://noivu.hanoi.gov.vn/${ix.index.toLowerCase()}/${year}`;
        let sum = 0;
        const comps: string[] = [];
        for (const comp of ix.comps) {
          const v = Math.round(ix.max * (0.6 + 0.35 * rng.next()) * 100) / 100;
          sum += v;
          comps.push(`${ix.index},${year},${code},${comp},${v},,,,,${src},\n`);
        }
        const total =
          ix.index === 'SIPAS' || (ix.index === 'HN' && false) ? sum / ix.comps.length : sum;
        const t = Math.round(total * 100) / 100;
        parts.push(`${ix.index},${year},${code},TOTAL,${t},,,,,${src},\n`, ...comps);
      }
    }
  }
  return parts.join('');
}

export function writeBenchInputs(): BenchFiles {
  mkdirSync(benchDir, { recursive: true });
  const files = {
    units: join(benchDir, 'units.csv'),
    indicators: join(benchDir, 'indicators.csv'),
    scores: join(benchDir, 'scores-long.csv'),
  };
  if (!existsSync(files.scores)) {
    writeFileSync(files.units, benchUnits());
    writeFileSync(files.indicators, benchIndicators());
    writeFileSync(files.scores, benchScores());
  }
  return files;
}

/**
 * scores.csv with sample values for all 579 Hà Nội communes of 2024 (PAR and SIPAS with their
 * components, 2019–2024), for the browser benchmark only. The bundled rows are kept, except the
 * communes' own 2019–2024 rows, which the generated ones replace.
 */
export function hanoiCommunesScores(): string {
  const dataDir = join(import.meta.dirname, '..', '..', 'data');
  const read = (f: string): string => readFileSync(join(dataDir, f), 'utf8');
  const { registry } = loadRegistry({
    units: read('units.csv'),
    indicators: read('indicators.csv'),
  });
  const current = importText(read('scores.csv'), registry, { kind: 'scores' });
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  const communes = new Set(unitsAtLevel(registry, 'commune', 2024).map((u) => u.code));
  const kept = current.dataset.rows.filter(
    (r) => !(communes.has(r.unitCode) && years.includes(r.year)),
  );
  const generated = generate(
    registry,
    {
      codes: [...communes],
      years,
      parMean: { 2019: 80.5, 2020: 82.5, 2021: 84.5, 2022: 86, 2023: 87.5, 2024: 88.5 },
      sipasMean: { 2019: 81, 2020: 83, 2021: 84.5, 2022: 86, 2023: 87, 2024: 88 },
      spread: 2.6,
    },
    createRng(579),
  );
  const rows = [...kept, ...generated];
  return `${Papa.unparse({ fields: [...SCORE_COLUMNS], data: rows.map(scoreRowCells) }, { newline: '\n' })}\n`;
}
