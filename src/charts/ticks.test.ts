import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it('gives round steps with both ends', () => {
    expect(niceTicks(75, 100)).toEqual([75, 80, 85, 90, 95, 100]);
    expect(niceTicks(1, 63)).toEqual([1, 20, 40, 63]);
    expect(niceTicks(1, 30)).toEqual([1, 10, 20, 30]);
    expect(niceTicks(1, 8)).toEqual([1, 2, 4, 6, 8]);
    expect(niceTicks(1, 24)).toEqual([1, 5, 10, 15, 20, 24]);
    expect(niceTicks(1, 1)).toEqual([1]);
  });
});
