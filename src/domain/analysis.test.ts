import { describe, expect, it } from 'vitest';
import { changeSincePreviousYear, competitionRank, peerAverage, rankAmongPeers } from './analysis';
import {
  componentStandings,
  topicsForWeakComponents,
  weakComponents,
  canRankOwnComponents,
  componentsView,
  weaknessOf,
} from './weakness';
import { peerRanking } from './peers';
import {
  MINI_COMPONENTS_2024,
  MINI_INDICATORS,
  mini,
  miniDataset,
  miniDatasetIn,
} from '../../tests/support/mini';
import { loadRegistry } from './bundle';
import { bundled } from '../../tests/support/bundled';
import { unitIn } from './registry';

// Four communes of Thạch Thất: Liên Quan 90, Đại Đồng 85, Cẩm Yên 85, Lại Thượng 80 (2024).
const ds = miniDataset(`index,year,unit_code,indicator,score,rank,rank_of
PAR,2023,09955,TOTAL,88,,
PAR,2023,09958,TOTAL,89,,
PAR,2023,09961,TOTAL,80,,
PAR,2024,09955,TOTAL,90,,
PAR,2024,09958,TOTAL,85,,
PAR,2024,09961,TOTAL,85,,
PAR,2024,09964,TOTAL,80,,
PAR,2024,01,TOTAL,92.57,3,63
PAR,2023,01,TOTAL,91.43,3,63
${MINI_COMPONENTS_2024}`);
const ref = { index: 'PAR', indicator: 'TOTAL', year: 2024 };

describe('competitionRank', () => {
  it('gives ties the same rank and skips the next (1, 2, 2, 4)', () => {
    const scores = [90, 85, 85, 80];
    expect(scores.map((s) => competitionRank(scores, s))).toEqual([1, 2, 2, 4]);
  });
});

describe('rankAmongPeers', () => {
  it('uses the official rank when there is one', () => {
    expect(rankAmongPeers(mini, ds, ref, '01')).toEqual({
      kind: 'official',
      rank: 3,
      of: 63,
      group: 'official:63',
    });
  });

  it('computes the rank among communes of the same district with data', () => {
    expect(rankAmongPeers(mini, ds, ref, '09961')).toEqual({
      kind: 'computed',
      rank: 2,
      withData: 4,
      inRegistry: 4,
      group: 'commune:276:4',
    });
  });

  it('says how many peers had data when some are missing', () => {
    expect(rankAmongPeers(mini, ds, { ...ref, year: 2023 }, '09961')).toEqual({
      kind: 'computed',
      rank: 3,
      withData: 3,
      inRegistry: 4,
      group: 'commune:276:4',
    });
  });

  it('is null when no other peer has a value (Hà Nội alone among provinces)', () => {
    const alone = miniDataset('index,year,unit_code,score\nPAR,2012,01,82.79\n');
    expect(rankAmongPeers(mini, alone, { ...ref, year: 2012 }, '01')).toBeNull();
  });

  it('is null without a value', () => {
    expect(rankAmongPeers(mini, ds, ref, '00001')).toBeNull();
  });
});

describe('peerRanking', () => {
  it('lists peers best first with shared ranks', () => {
    const unit = mini.byCode.get('09958')?.[0];
    if (!unit) throw new Error('fixture');
    expect(peerRanking(mini, ds, ref, unit).map((p) => [p.unit.code, p.rank])).toEqual([
      ['09955', 1],
      ['09958', 2],
      ['09961', 2],
      ['09964', 4],
    ]);
  });
});

describe('changeSincePreviousYear', () => {
  it('gives points and places gained', () => {
    // Cẩm Yên: 80 → 85 points, rank 3 → 2.
    expect(changeSincePreviousYear(mini, ds, ref, '09961')).toEqual({
      previousYear: 2023,
      points: 5,
      places: 1,
      comparable: false,
    });
  });

  it('marks official ranks of the same ranking as comparable', () => {
    expect(changeSincePreviousYear(mini, ds, ref, '01')).toEqual({
      previousYear: 2023,
      points: 1.14,
      places: 0,
      comparable: true,
    });
  });

  it('is null without last year', () => {
    expect(changeSincePreviousYear(mini, ds, ref, '09964')).toBeNull();
  });
});

describe('peerAverage', () => {
  it('averages the other peers with data', () => {
    expect(peerAverage(mini, ds, ref, '09955')).toEqual({ mean: (85 + 85 + 80) / 3, count: 3 });
  });
});

describe('weak components and topics', () => {
  // Đại Đồng: D1 25/40 = 62.5 % vs peers (36+33+32)/3/40 = 84.17 %; D2 60/60 = 100 % vs 85.56 %.
  const standings = componentStandings(mini, ds, 'PAR', 2024, '09958');

  it('measures each component as a share of max against the peer average', () => {
    expect(
      standings.map((s) => [s.indicator.code, s.share, Number(s.peerShare?.toFixed(4))]),
    ).toEqual([
      ['D1', 0.625, 0.8417],
      ['D2', 1, 0.8556],
    ]);
  });

  it('puts last year beside this year, for the same unit only', () => {
    const lastYear = miniDataset(`index,year,unit_code,indicator,score,rank,rank_of
PAR,2023,09958,D1,20,,
PAR,2024,09958,D1,25,,
PAR,2024,09958,D2,60,,
`);
    const [d1, d2] = componentStandings(mini, lastYear, 'PAR', 2024, '09958');
    // 20/40 in 2023; D2 has no 2023 figure.
    expect(d1?.previousShare).toBe(0.5);
    expect(d2?.previousShare).toBeNull();
    expect(standings.every((x) => x.previousShare === null)).toBe(true);
  });

  it('compares no sub-index across a change of method (PAR 2022: QĐ 876/QĐ-BNV)', () => {
    const { registry, dataset } = bundled();
    const across = componentStandings(registry, dataset, 'PAR', 2022, '276');
    const within = componentStandings(registry, dataset, 'PAR', 2024, '276');
    expect(across.length).toBeGreaterThan(0);
    expect(across.every((x) => x.previousShare === null)).toBe(true);
    expect(within.some((x) => x.previousShare !== null)).toBe(true);
  });

  it('calls weak only what is below the peers, largest gap first', () => {
    expect(weakComponents(standings).map((s) => s.indicator.code)).toEqual(['D1']);
  });

  it('without peers, takes the lowest shares, never all of those known', () => {
    const alone = standings.map((s) => ({ ...s, peerShare: null, gap: null }));
    expect(weakComponents(alone).map((s) => s.indicator.code)).toEqual(['D1']);
    // Two of eight known: too few to say which are the unit's lowest.
    expect(weakComponents(alone, 8)).toEqual([]);
    // One of five (Hà Nội's SIPAS 2021: E5 alone): nothing to compare it with.
    expect(weakComponents(alone.slice(0, 1), 5)).toEqual([]);
    expect(canRankOwnComponents(1, 1)).toBe(false);
    expect(canRankOwnComponents(4, 8)).toBe(true);
    expect(canRankOwnComponents(3, 8)).toBe(false);
  });

  it('says when too few components are known to call any weak', () => {
    const { registry, dataset } = bundled();
    const sipas2021 = componentsView(registry, dataset, {
      index: 'SIPAS',
      year: 2021,
      unitCode: '01',
    });
    expect(sipas2021.standings.map((s) => s.indicator.code)).toEqual(['E5']);
    expect(sipas2021.weak).toEqual([]);
    expect(sipas2021.tooFew).toEqual({ known: 1, of: 5 });
    const par2024 = componentsView(registry, dataset, { index: 'PAR', year: 2024, unitCode: '01' });
    expect(par2024.tooFew).toBeNull();
  });

  it('says why a component is weak, as meaning (the sentences: shared/insight-messages.test.ts)', () => {
    const [d1] = weakComponents(standings);
    if (!d1) throw new Error('fixture');
    expect(weaknessOf(d1, 'commune')).toMatchObject({
      code: 'weak-below-peers',
      params: { sharePct: 63, gapPct: 22, level: 'commune', indicator: { code: 'D1' } },
    });
  });

  it('decides on the gap as it will be said: under half a point is "about the average"', () => {
    const [d1] = weakComponents(standings);
    if (!d1) throw new Error('fixture');
    const at = (gap: number) => weaknessOf({ ...d1, gap }, 'district');
    expect(at(0.004)).toMatchObject({ code: 'weak-about-peers' });
    expect(at(0.006)).toMatchObject({ code: 'weak-below-peers', params: { gapPct: 1 } });
    expect(weaknessOf({ ...d1, gap: null, peerShare: null }, 'district')).toMatchObject({
      code: 'weak-lowest',
    });
  });

  it('proposes the topics that target weak components and suit the level', () => {
    const s = topicsForWeakComponents(mini.topics, weakComponents(standings), 'PAR', 'commune');
    // T3 also targets D1 but is for districts only.
    expect(s.map((t) => t.topic.id)).toEqual(['T1']);
    expect(s[0]?.reason).toMatchObject({ code: 'topic-reason', params: { more: 0 } });
    expect(s[0]?.reason).toMatchObject({
      params: { parts: [{ code: 'weak-below-peers', params: { indicator: { code: 'D1' } } }] },
    });
  });

  it('orders topics by the largest gap they address', () => {
    const weak = weakComponents(
      standings.map((x) => (x.indicator.code === 'D2' ? { ...x, gap: 0.3 } : x)),
    );
    expect(
      topicsForWeakComponents(mini.topics, weak, 'PAR', 'district').map((t) => t.topic.id),
    ).toEqual(['T2', 'T3', 'T1']);
  });
});

describe('provinces: never a rank among an incomplete set', () => {
  const reg = loadRegistry({
    units: `code,name,level,parent_code,valid_from,valid_to
01,Thành phố Hà Nội,province,,,
22,Tỉnh Quảng Ninh,province,,,
31,Thành phố Hải Phòng,province,,,
48,Thành phố Đà Nẵng,province,,,
`,
    indicators: MINI_INDICATORS,
  }).registry;
  const data = miniDatasetIn(
    reg,
    `index,year,unit_code,score,rank,rank_of,source
PAR,2023,01,91.43,3,63,x
PAR,2023,22,92.18,1,63,x
PAR,2023,31,,2,63,x
PAR,2023,48,88.68,,,x
`,
  );
  const ref = { index: 'PAR', indicator: 'TOTAL', year: 2023 };

  it('keeps official ranks and computes none for the province without one', () => {
    expect(rankAmongPeers(reg, data, ref, '01')).toMatchObject({ kind: 'official', rank: 3 });
    expect(rankAmongPeers(reg, data, ref, '48')).toBeNull();
  });

  it('lists every province with a figure, rank-only ones too, unranked ones last', () => {
    expect(
      peerRanking(reg, data, ref, unitIn(reg, '01', 2023) ?? fail()).map((p) => [
        p.unit.code,
        p.rank,
        p.score,
      ]),
    ).toEqual([
      ['22', 1, 92.18],
      ['31', 2, null],
      ['01', 3, 91.43],
      ['48', null, 88.68],
    ]);
  });

  it('gives no peer average of the provinces that happen to have a figure', () => {
    expect(peerAverage(reg, data, ref, '01')).toBeNull();
  });
});

function fail(): never {
  throw new Error('missing unit');
}
