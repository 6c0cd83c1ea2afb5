import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { buildRegistry } from './registry';
import {
  classIndex,
  classify,
  joinByCode,
  mapFigures,
  mapExtremes,
  mapFor,
  quantileThresholds,
  type MapFigure,
} from './map';
import type { ScoreRow, Unit } from './model';
import { readCanonicalBundle } from './canonical';

const unit = (
  code: string,
  level: Unit['level'],
  parent: string | null,
  validFrom: string | null = null,
  validTo: string | null = null,
): Unit => ({ code, name: `U${code}`, level, parentCode: parent, validFrom, validTo });
const row = (p: Partial<ScoreRow> & Pick<ScoreRow, 'index' | 'year' | 'unitCode'>): ScoreRow => ({
  indicator: 'TOTAL',
  score: null,
  max: 100,
  rank: null,
  rankOf: null,
  group: null,
  source: 'test',
  note: null,
  ...p,
});

const reg = buildRegistry({
  units: [
    unit('VN', 'country', null),
    unit('01', 'province', null),
    unit('02', 'province', null),
    unit('D1', 'district', '01', null, '2025-06-30'),
    unit('00004', 'commune', '01', '2025-07-01'),
    unit('00008', 'commune', '01', '2025-07-01'),
    unit('00025', 'commune', '01', '2025-07-01'),
    unit('00031', 'commune', '01', '2025-07-01'),
    unit('20000', 'commune', '02', '2025-07-01'),
  ],
  indicators: [],
});

describe('mapFor: which map a view can show', () => {
  it('has no map before the reorganisation: other units, no boundaries', () => {
    expect(mapFor(reg, '01', 2024)).toEqual({ ok: false, reason: 'old-units' });
    expect(mapFor(reg, 'D1', 2024)).toEqual({ ok: false, reason: 'old-units' });
  });
  it('opens Hà Nội and its communes on the communes, with the provinces to switch to', () => {
    expect(mapFor(reg, '01', 2025)).toEqual({
      ok: true,
      layer: 'communes',
      layers: ['communes', 'provinces'],
    });
    expect(mapFor(reg, '00008', 2026, 'provinces')).toMatchObject({ ok: true, layer: 'provinces' });
  });
  it('opens another province on the provinces; its communes have no boundaries', () => {
    expect(mapFor(reg, '02', 2025, 'communes')).toEqual({
      ok: true,
      layer: 'provinces',
      layers: ['provinces'],
    });
    expect(mapFor(reg, '20000', 2025)).toEqual({ ok: false, reason: 'no-geometry' });
  });
});

describe('quantile classes', () => {
  it('splits sorted values into classes of equal size', () => {
    expect(quantileThresholds([6, 1, 4, 3, 2, 5], 3)).toEqual([3, 5]);
    expect(quantileThresholds([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 5)).toEqual([
      30, 50, 70, 90,
    ]);
  });
  it('keeps ties in one class, so repeated values make fewer classes', () => {
    expect(quantileThresholds([5, 5, 5, 5, 9], 5)).toEqual([9]);
    expect(quantileThresholds([7, 7, 7], 5)).toEqual([]);
    expect(quantileThresholds([], 5)).toEqual([]);
  });
  it('puts a value in the class of the thresholds at or below it', () => {
    expect(classIndex(1, [3, 5])).toBe(0);
    expect(classIndex(3, [3, 5])).toBe(1);
    expect(classIndex(4.99, [3, 5])).toBe(1);
    expect(classIndex(6, [3, 5])).toBe(2);
  });
});

describe('figures, classes and the join by code', () => {
  const ds = buildDataset([
    row({ index: 'PAR', year: 2025, unitCode: '00004', score: 90 }),
    row({ index: 'PAR', year: 2025, unitCode: '00008', score: 80 }),
    row({ index: 'PAR', year: 2025, unitCode: '00025', score: 85, source: 'sample' }),
    row({ index: 'PAR', year: 2026, unitCode: '00004', score: 92.5 }),
  ]);
  const figures = mapFigures(reg, ds, { index: 'PAR', indicator: 'TOTAL', year: 2025 }, 'communes');

  it('lists every unit of the layer, with a computed rank k/N among those with a score', () => {
    expect(figures.map((f) => [f.unit.code, f.score, f.rank, f.rankOf])).toEqual([
      ['00004', 90, 1, 3],
      ['00008', 80, 3, 3],
      ['00025', 85, 2, 3],
      ['00031', null, null, null],
    ]);
    expect(figures.find((f) => f.unit.code === '00025')?.sample).toBe(true);
  });

  it('gives the change since the year before for the same unit only', () => {
    const next = mapFigures(reg, ds, { index: 'PAR', indicator: 'TOTAL', year: 2026 }, 'communes');
    expect(next.find((f) => f.unit.code === '00004')?.change).toBe(2.5);
    expect(figures.find((f) => f.unit.code === '00004')?.change).toBeNull();
  });

  it('classes by score: lowest class 0, units without data in none', () => {
    const c = classify(figures, 'score', 3);
    expect([...c.classOf]).toEqual([
      ['00004', 2],
      ['00008', 0],
      ['00025', 1],
    ]);
    expect(c.classes.map((k) => [k.from, k.to, k.bestRank, k.worstRank, k.count])).toEqual([
      [80, 80, 3, 3, 1],
      [85, 85, 2, 2, 1],
      [90, 90, 1, 1, 1],
    ]);
  });

  it('classes by published group, A the highest class', () => {
    const grouped: MapFigure[] = figures.map((f, i) => ({
      ...f,
      group: ['A', 'B', 'A', null][i] ?? null,
    }));
    const c = classify(grouped, 'group');
    expect(c.by).toBe('group');
    expect(c.classes.map((k) => [k.group, k.index, k.count])).toEqual([
      ['B', 0, 1],
      ['A', 1, 2],
    ]);
    expect(c.classOf.get('00031')).toBeUndefined();
  });

  it('joins boundaries to units by the code as text', () => {
    const j = joinByCode(['00004', '4', '00031', '99999'], figures);
    expect(j.drawn.map((d) => [d.code, d.figure?.unit.code])).toEqual([
      ['00004', '00004'],
      ['4', undefined],
      ['00031', '00031'],
      ['99999', undefined],
    ]);
    expect(j.withoutBoundary.map((f) => f.unit.code)).toEqual(['00008', '00025']);
  });
});

describe('mapExtremes', () => {
  const f = (code: string, rank: number | null): MapFigure => ({
    unit: unit(code, 'commune', '01', '2025-07-01'),
    score: rank === null ? null : 100 - rank,
    max: 100,
    rank,
    rankOf: 5,
    official: false,
    group: null,
    change: null,
    sample: false,
    source: null,
  });
  it('names the best and the worst ranked units, never the same unit twice', () => {
    const fs = [f('a', 3), f('b', 1), f('c', null), f('d', 5), f('e', 2), f('g', 4)];
    const x = mapExtremes(fs, 2);
    expect(x.best.map((u) => u.unit.code)).toEqual(['b', 'e']);
    expect(x.worst.map((u) => u.unit.code)).toEqual(['d', 'g']);
    expect(mapExtremes([f('a', 1), f('b', 2), f('c', 3)], 3).best).toHaveLength(1);
    expect(mapExtremes([f('a', 1)], 3)).toEqual({ best: [], worst: [] });
  });
});

describe('the bundled boundaries and the bundled registry', () => {
  const read = (f: string) => readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8');
  const codes = (f: string): string[] =>
    (
      JSON.parse(read(f)) as {
        objects: { units: { geometries: { properties: { code: string } }[] } };
      }
    ).objects.units.geometries.map((g) => g.properties.code);

  it('has a boundary for each of Hà Nội’s 126 units and each of the 34 provinces, and no other', async () => {
    const bundle = await readCanonicalBundle({
      units: read('units.csv'),
      unitChanges: read('unit-changes.csv'),
      indicators: read('indicators.csv'),
      topics: read('topics.csv'),
      methods: read('methods.csv'),
      scores: read('scores.csv'),
    });
    if (!bundle) throw new Error('bundled data is not canonical');
    const r = bundle.registry;
    const hanoi = mapFigures(
      r,
      bundle.dataset,
      { index: 'PAR', indicator: 'TOTAL', year: 2025 },
      'communes',
    );
    const joinedUnits = joinByCode(codes('geo/hanoi-2025.topo.json'), hanoi);
    expect(hanoi).toHaveLength(126);
    expect(joinedUnits.withoutBoundary).toEqual([]);
    expect(joinedUnits.drawn.filter((d) => d.figure === undefined)).toEqual([]);
    const provinces = mapFigures(
      r,
      bundle.dataset,
      { index: 'PAR', indicator: 'TOTAL', year: 2025 },
      'provinces',
    );
    const joinedProvinces = joinByCode(codes('geo/provinces-2025.topo.json'), provinces);
    expect(provinces).toHaveLength(34);
    expect(joinedProvinces.withoutBoundary).toEqual([]);
    expect(joinedProvinces.drawn.filter((d) => d.figure === undefined)).toEqual([]);
  });
});
