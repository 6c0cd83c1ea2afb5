// The sentences for what the dashboard concludes (weak sub-indices, why a topic is proposed, a
// slide's takeaway), one catalogue per language, as issue-messages.ts is for import problems:
// the domain gives a code and the facts (domain/insight.ts), this file alone says them. It is
// its own module so that the sub-indices section and the slides load it without the importer's
// sentences. TypeScript checks that both catalogues say every code.

import type { Insight, InsightCode, NamedIndicator } from '../domain/insight';
import type { Level } from '../domain/model';
import { formatNumber } from './format';
import type { Lang } from './i18n';

type Params<C extends InsightCode> = Extract<Insight, { code: C }>['params'];
type Catalogue = { [C in InsightCode]: (p: Params<C>) => string };

const LEVEL_VI: Record<Level, string> = {
  country: 'cả nước',
  province: 'các tỉnh',
  district: 'các quận, huyện',
  commune: 'các xã',
};
const LEVEL_EN: Record<Level, string> = {
  country: 'the country',
  province: 'the provinces',
  district: 'the districts',
  commune: 'the communes',
};

const nameVi = (i: NamedIndicator) => `${i.code} ${i.nameVi}`;
const nameEn = (i: NamedIndicator) => `${i.code} ${i.nameEn || i.nameVi}`;
const n = (x: number, lang: Lang) => formatNumber(x, lang, 2);

const vi: Catalogue = {
  'weak-below-peers': (p) =>
    `${nameVi(p.indicator)}: ${n(p.sharePct, 'vi')} % điểm tối đa, thấp hơn ${n(p.gapPct, 'vi')} điểm % so với trung bình ${LEVEL_VI[p.level]} cùng cấp`,
  'weak-about-peers': (p) =>
    `${nameVi(p.indicator)}: ${n(p.sharePct, 'vi')} % điểm tối đa, xấp xỉ trung bình ${LEVEL_VI[p.level]} cùng cấp`,
  'weak-lowest': (p) =>
    `${nameVi(p.indicator)}: ${n(p.sharePct, 'vi')} % điểm tối đa, thuộc nhóm thấp nhất của đơn vị`,
  'topic-reason': (p) =>
    `Nhắm vào ${[
      ...p.parts.map((x) => insightText(x, 'vi')),
      ...(p.more > 0 ? [`và ${p.more} thành phần yếu khác`] : []),
    ].join('; ')}.`,
  standing: (p) => {
    const move =
      p.rank === null
        ? `${p.index} ${p.year}`
        : p.places === null
          ? `xếp hạng ${p.rank}`
          : p.places === 0
            ? `giữ hạng ${p.rank}`
            : p.places > 0
              ? `tăng ${p.places} bậc, lên hạng ${p.rank}`
              : `giảm ${-p.places} bậc, xuống hạng ${p.rank}`;
    const pts =
      p.points === null
        ? ''
        : p.points === 0
          ? ', điểm không đổi'
          : `, ${p.points > 0 ? 'tăng' : 'giảm'} ${n(Math.abs(p.points), 'vi')} điểm`;
    return `${p.unit} ${move}${pts}`;
  },
};

const en: Catalogue = {
  'weak-below-peers': (p) =>
    `${nameEn(p.indicator)}: ${n(p.sharePct, 'en')}% of max, ${n(p.gapPct, 'en')} points below the average of ${LEVEL_EN[p.level]} at the same level`,
  'weak-about-peers': (p) =>
    `${nameEn(p.indicator)}: ${n(p.sharePct, 'en')}% of max, about the average of ${LEVEL_EN[p.level]} at the same level`,
  'weak-lowest': (p) =>
    `${nameEn(p.indicator)}: ${n(p.sharePct, 'en')}% of max, among the unit's lowest`,
  'topic-reason': (p) =>
    `Targets ${[
      ...p.parts.map((x) => insightText(x, 'en')),
      ...(p.more > 0
        ? [`and ${p.more} other weak ${p.more === 1 ? 'component' : 'components'}`]
        : []),
    ].join('; ')}.`,
  standing: (p) => {
    const places = (k: number) => `${k} ${k === 1 ? 'place' : 'places'}`;
    const move =
      p.rank === null
        ? `${p.index} ${p.year}`
        : p.places === null
          ? `ranks ${p.rank}`
          : p.places === 0
            ? `keeps rank ${p.rank}`
            : p.places > 0
              ? `rises ${places(p.places)} to ${p.rank}`
              : `falls ${places(-p.places)} to ${p.rank}`;
    const pts =
      p.points === null
        ? ''
        : p.points === 0
          ? ', score unchanged'
          : `, ${p.points > 0 ? 'up' : 'down'} ${n(Math.abs(p.points), 'en')} points`;
    return `${p.unit} ${move}${pts}`;
  },
};

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** An insight as a sentence in the language asked for. */
export function insightText(insight: Insight, lang: Lang): string {
  const say = CATALOGUES[lang][insight.code] as (p: Insight['params']) => string;
  return say(insight.params);
}
