// Display helpers shared by the overview's parts.
import type { Indicator, Level } from '../../domain/model';
import type { Lang, Translate } from '../../shared/i18n';
import { formatNumber, formatPercent } from '../../shared/format';

export const levelLabel = (level: Level, t: Translate): string =>
  ({
    country: t('levelCountry'),
    province: t('levelProvince'),
    district: t('levelDistrict'),
    commune: t('levelCommune'),
  })[level];

export const indicatorName = (i: Indicator, lang: Lang): string =>
  lang === 'vi' ? i.nameVi : i.nameEn || i.nameVi;

/** PAR and SIPAS are out of 100 and shown as %; PAPI as points out of its max. */
export function formatScore(score: number, max: number, lang: Lang): string {
  return max === 100
    ? formatPercent(score, lang)
    : `${formatNumber(score, lang, 2)} / ${formatNumber(max, lang, 0)}`;
}

/** A source shown as a link when it is one. */
export const isUrl = (s: string): boolean => /^https?:\/\//.test(s);
