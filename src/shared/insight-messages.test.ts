// The sentences the catalogue writes for what the domain concludes, in both languages.
import { describe, expect, it } from 'vitest';
import { insightText } from './insight-messages';
import { takeaway } from '../domain/deck';
import {
  componentStandings,
  topicsForWeakComponents,
  weakComponents,
  weaknessOf,
} from '../domain/weakness';
import type { Insight } from '../domain/insight';
import { MINI_COMPONENTS_2024, mini, miniDataset } from '../../tests/support/mini';
import { bundled } from '../../tests/support/bundled';

// Đại Đồng (09958) among four communes of Thạch Thất: D1 62,5 % of max against the others' 84,17 %.
const ds = miniDataset(`index,year,unit_code,indicator,score,rank,rank_of
PAR,2024,09955,TOTAL,90,,
PAR,2024,09958,TOTAL,85,,
PAR,2024,09961,TOTAL,85,,
PAR,2024,09964,TOTAL,80,,
${MINI_COMPONENTS_2024}`);
const weak = weakComponents(componentStandings(mini, ds, 'PAR', 2024, '09958'));
const d1 = weak[0];
if (!d1) throw new Error('fixture');

describe('weak sub-indices in words', () => {
  it('says how far below the peers, in each language', () => {
    expect(insightText(weaknessOf(d1, 'commune'), 'vi')).toBe(
      'D1 Chỉ đạo điều hành: 63 % điểm tối đa, thấp hơn 22 điểm % so với trung bình các xã cùng cấp',
    );
    expect(insightText(weaknessOf(d1, 'commune'), 'en')).toBe(
      'D1 Direction: 63% of max, 22 points below the average of the communes at the same level',
    );
  });

  it('never says "0 points below"', () => {
    const about = weaknessOf({ ...d1, gap: 0.004 }, 'district');
    expect(insightText(about, 'vi')).toBe(
      'D1 Chỉ đạo điều hành: 63 % điểm tối đa, xấp xỉ trung bình các quận, huyện cùng cấp',
    );
    expect(insightText(about, 'en')).not.toMatch(/\b0 points/);
  });

  it('gives the reason a topic is proposed', () => {
    const [t] = topicsForWeakComponents(mini.topics, weak, 'PAR', 'commune');
    if (!t) throw new Error('fixture');
    expect(insightText(t.reason, 'vi')).toContain('Nhắm vào D1 Chỉ đạo điều hành');
    const many: Insight = {
      code: 'topic-reason',
      params: { parts: [weaknessOf(d1, 'commune')], more: 1 },
    };
    expect(insightText(many, 'en')).toMatch(/; and 1 other weak component\.$/);
  });
});

describe('a slide takeaway in words', () => {
  const { registry, dataset } = bundled();
  const line = takeaway(registry, dataset, { index: 'PAR', year: 2024, unit: '01' });
  if (!line) throw new Error('fixture');

  it('says where the unit stands and how it moved', () => {
    expect(insightText(line, 'vi')).toBe('Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm');
    expect(insightText(line, 'en')).toBe('Thành phố Hà Nội keeps rank 3/63, up 1.14 points');
  });

  it('writes one place as a place, and no move where the ranks do not compare', () => {
    const moved = { ...line, params: { ...line.params, places: 1, rank: '2/63', points: -0.5 } };
    expect(insightText(moved, 'en')).toBe(
      'Thành phố Hà Nội rises 1 place to 2/63, down 0.5 points',
    );
    expect(insightText({ ...moved, params: { ...moved.params, places: null } }, 'vi')).toBe(
      'Thành phố Hà Nội xếp hạng 2/63, giảm 0,5 điểm',
    );
  });
});
