// The seeded generator of sample (illustrative) scores: used by `npm run data:generate` for
// data/scores.csv and by the benchmarks for larger datasets. Every row carries source=sample.

import type { Indicator, ScoreRow } from '../src/domain/model';
import { componentsIn, type Registry } from '../src/domain/registry';
import type { Rng } from './prng';

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

export interface Plan {
  codes: string[];
  years: number[];
  parMean: Record<number, number>;
  sipasMean: Record<number, number>;
  spread: number;
  /** Units (by code) with a persistent weakness in some PAR domains. */
  domainBias?: Record<string, Record<string, number>>;
}

export function generate(reg: Registry, plan: Plan, rng: Rng): ScoreRow[] {
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
