import { describe, expect, it } from 'vitest';
import { labelledYear, niceTicks, yearStep } from './ticks';
import { wrapWords } from './category-tick';

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

describe('yearStep', () => {
  it('labels every year when they fit and skips when they would touch', () => {
    // 8 years on 1,000 px at 14 px: 143 px apart, "2024" is 34 px wide.
    expect(yearStep(8, 1000, 14)).toBe(1);
    // 13 years on 560 px at 24 px: 47 px apart, 58 + 12 px needed.
    expect(yearStep(13, 560, 24)).toBe(2);
    // 13 years on 300 px at 24 px: 25 px apart → every third year.
    expect(yearStep(13, 300, 24)).toBe(3);
    expect(yearStep(1, 10, 24)).toBe(1);
  });

  it('always labels the latest year', () => {
    const shown = [...Array(13).keys()].filter((i) => labelledYear(i, 13, 2));
    expect(shown).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect([...Array(6).keys()].filter((i) => labelledYear(i, 6, 2))).toEqual([1, 3, 5]);
  });
});

describe('wrapWords', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapWords('P1 Tham gia của người dân ở cấp cơ sở', 160, 20)).toEqual([
      'P1 Tham gia',
      'của người dân',
      'ở cấp cơ sở',
    ]);
    expect(wrapWords('Ngắn', 160, 20)).toEqual(['Ngắn']);
    expect(wrapWords('Mộtchữrấtdàikhôngcáchnào', 60, 20)).toEqual(['Mộtchữrấtdàikhôngcáchnào']);
  });
});
