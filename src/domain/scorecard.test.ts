import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { buildRegistry } from './registry';
import { rankText, scorecard } from './scorecard';
import type { ScoreRow, Unit } from './model';
import { bundled } from '../../tests/support/bundled';

const unit = (code: string, level: Unit['level'], parent: string | null): Unit => ({
  code,
  name: `U${code}`,
  level,
  parentCode: parent,
  validFrom: null,
  validTo: null,
});
const row = (p: Partial<ScoreRow> & Pick<ScoreRow, 'index' | 'year' | 'unitCode'>): ScoreRow => ({
  indicator: 'TOTAL',
  score: null,
  max: null,
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
    unit('01', 'province', 'VN'),
    unit('A', 'district', '01'),
    unit('B', 'district', '01'),
    unit('C', 'district', '01'),
  ],
  indicators: [],
});

describe('scorecard', () => {
  const ds = buildDataset([
    row({ index: 'PAR', year: 2023, unitCode: 'A', score: 80, max: 100 }),
    row({ index: 'PAR', year: 2023, unitCode: 'B', score: 90, max: 100 }),
    row({ index: 'PAR', year: 2023, unitCode: 'C', score: 70, max: 100 }),
    row({ index: 'PAR', year: 2024, unitCode: 'A', score: 92, max: 100 }),
    row({ index: 'PAR', year: 2024, unitCode: 'B', score: 90, max: 100 }),
    row({ index: 'PAR', year: 2024, unitCode: 'C', score: 71, max: 100 }),
  ]);
  const [par, sipas] = scorecard(reg, ds, unit('A', 'district', '01'), 2024, ['PAR', 'SIPAS']);

  it('gives the score, the computed rank k/N, the move and the peers’ mean', () => {
    expect(par?.present).toBe(true);
    expect(par?.pct).toBe(92);
    expect(par?.rank).toEqual({ rank: 1, of: 3, kind: 'computed' });
    expect(par?.rankInRegistry).toBe(3);
    expect(par && par.rank && rankText(par.rank)).toBe('1/3');
    expect(par?.change?.places).toBe(1);
    expect(par?.change?.points).toBe(12);
    // (90 + 71) / 2, the unit excluded.
    expect(par?.referencePct).toBe(80.5);
    expect(par?.reference).toBe('peers');
    expect(par?.history.map((h) => h.rank)).toEqual([2, 1]);
  });

  it('says an index has no figure instead of inventing one', () => {
    expect(sipas?.present).toBe(false);
    expect(sipas?.score).toBeNull();
    expect(sipas?.rank).toBeNull();
    expect(sipas?.history).toEqual([]);
  });

  it('tells a unit that began after last year from one with a missing figure', () => {
    const fresh: Unit = { ...unit('A', 'district', '01'), validFrom: '2024-07-01' };
    const [e] = scorecard(reg, ds, fresh, 2024, ['PAR']);
    expect(e?.newSince).toBe('2024-07-01');
    // It existed all through 2024: in 2025 it has a last year to compare with.
    const [later] = scorecard(reg, ds, fresh, 2025, ['PAR']);
    expect(later?.newSince).toBeNull();
    expect(par?.newSince).toBeNull();
  });

  it('carries the source and the transcriber’s note, empty ones as null', () => {
    const noted = buildDataset([
      row({ index: 'PAR', year: 2024, unitCode: 'A', score: 92, max: 100, note: 'rank implied' }),
      row({ index: 'SIPAS', year: 2024, unitCode: 'A', score: 80, max: 100, source: '' }),
    ]);
    const [p, s] = scorecard(reg, noted, unit('A', 'district', '01'), 2024, ['PAR', 'SIPAS']);
    expect(p?.source).toBe('test');
    expect(p?.note).toBe('rank implied');
    expect(s?.source).toBeNull();
    expect(s?.note).toBeNull();
  });
});

describe('a year with sub-indices but no total', () => {
  it('counts the sub-indices known, so the card does not say "no data" beside them', () => {
    const { registry, dataset } = bundled();
    const hanoi = registry.byCode.get('01')?.at(-1);
    if (!hanoi) throw new Error('bundled registry');
    const [sipas] = scorecard(registry, dataset, hanoi, 2021, ['SIPAS']);
    expect(sipas?.present).toBe(false);
    expect(sipas?.components).toEqual({ known: 1, of: 5 });
    const [par] = scorecard(registry, dataset, hanoi, 2024, ['PAR']);
    expect(par?.components.of).toBe(8);
  });
});
