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
import type { Indicator, ScoreRow } from '../src/domain/model';
import { componentsIn, childrenOf, unitsAtLevel, type Registry } from '../src/domain/registry';
import { createRng, type Rng } from './prng';

const SEED = 20220915;
const dataDir = join(import.meta.dirname, '..', 'data');
const read = (f: string): string => readFileSync(join(dataDir, f), 'utf8');

const round2 = (x: number): number => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function sampleRow(
  index: string,
  year: number,
  unitCode: string,
  indicator: string,
  score: number,
): ScoreRow {
  return {
    index,
    year,
    unitCode,
    indicator,
    score,
    max: null,
    rank: null,
    rankOf: null,
    group: null,
    source: 'sample',
    note: null,
  };
}

/** Splits a PAR-style total over components whose maxima add up to the total's max. */
function splitTotal(
  total: number,
  comps: Indicator[],
  bias: Map<string, number>,
  rng: Rng,
): number[] {
  const base = total / 100;
  let scores = comps.map(
    (c) => clamp(base + (bias.get(c.code) ?? 0) + rng.normal(0, 0.02), 0.35, 1) * c.max,
  );
  for (let pass = 0; pass < 5; pass++) {
    const sum = scores.reduce((a, b) => a + b, 0);
    const f = total / sum;
    scores = scores.map((s, i) => Math.min(s * f, comps[i]?.max ?? s));
  }
  const rounded = scores.map(round2);
  let residual = round2(total - rounded.reduce((a, b) => a + b, 0));
  for (let i = 0; i < rounded.length && Math.abs(residual) > 0.001; i++) {
    const max = comps[i]?.max ?? 0;
    const room = residual > 0 ? max - (rounded[i] ?? 0) : (rounded[i] ?? 0);
    const take = residual > 0 ? Math.min(residual, room) : -Math.min(-residual, room);
    rounded[i] = round2((rounded[i] ?? 0) + take);
    residual = round2(residual - take);
  }
  return rounded;
}

interface Plan {
  codes: string[];
  years: number[];
  parMean: Record<number, number>;
  sipasMean: Record<number, number>;
  spread: number;
  /** Units (by code) with a persistent weakness in some PAR domains. */
  domainBias?: Record<string, Record<string, number>>;
}

function generate(reg: Registry, plan: Plan, rng: Rng): ScoreRow[] {
  const rows: ScoreRow[] = [];
  const level = new Map(plan.codes.map((c) => [c, rng.normal(0, plan.spread)]));
  const bias = new Map(
    plan.codes.map((c) => {
      const m = new Map<string, number>();
      for (const d of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'])
        m.set(d, rng.normal(0, 0.035) + (plan.domainBias?.[c]?.[d] ?? 0));
      return [c, m];
    }),
  );
  const walk = new Map(plan.codes.map((c) => [c, 0]));
  for (const year of plan.years) {
    const totals = new Map<string, number>();
    for (const code of plan.codes) {
      const w = (walk.get(code) ?? 0) + rng.normal(0, 0.9);
      walk.set(code, clamp(w, -3, 3));
      totals.set(
        code,
        round2(clamp((plan.parMean[year] ?? 88) + (level.get(code) ?? 0) + w, 60, 99.2)),
      );
    }
    // A few ties, as real rankings have.
    if (plan.codes.length > 3 && rng.next() < 0.6) {
      const a = plan.codes[rng.int(0, plan.codes.length - 1)] ?? '';
      const b = plan.codes[rng.int(0, plan.codes.length - 1)] ?? '';
      if (a !== b) totals.set(b, totals.get(a) ?? 0);
    }
    const parComps = componentsIn(reg, 'PAR', year);
    for (const code of plan.codes) {
      const total = totals.get(code) ?? 0;
      rows.push(sampleRow('PAR', year, code, 'TOTAL', total));
      const parts = splitTotal(total, parComps, bias.get(code) ?? new Map(), rng);
      parComps.forEach((c, i) => rows.push(sampleRow('PAR', year, code, c.code, parts[i] ?? 0)));
    }
    const sipasComps = componentsIn(reg, 'SIPAS', year);
    for (const code of plan.codes) {
      const mean = (plan.sipasMean[year] ?? 85) + (level.get(code) ?? 0) * 0.8;
      const elems = sipasComps.map((c) =>
        round2(
          clamp(
            mean + (c.code === 'E5' ? -4 : c.code === 'E1' ? 1.5 : 0) + rng.normal(0, 1.6),
            50,
            99.5,
          ),
        ),
      );
      const total = round2(elems.reduce((a, b) => a + b, 0) / elems.length);
      rows.push(sampleRow('SIPAS', year, code, 'TOTAL', total));
      sipasComps.forEach((c, i) =>
        rows.push(sampleRow('SIPAS', year, code, c.code, elems[i] ?? 0)),
      );
    }
  }
  return rows;
}

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
  const newCommunes = ['09955', '09982', '10003', '09988', '04930'];
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
