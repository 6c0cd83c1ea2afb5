import type { ScoreRow } from '../../src/domain/model';

/** A score row with defaults: PAR total of Hà Nội, 2024, no rank, source "x". */
export const scoreRow = (over: Partial<ScoreRow> = {}): ScoreRow => ({
  index: 'PAR',
  year: 2024,
  unitCode: '01',
  indicator: 'TOTAL',
  score: 92.57,
  max: null,
  rank: null,
  rankOf: null,
  group: null,
  source: 'x',
  note: null,
  ...over,
});
