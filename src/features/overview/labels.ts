// Display helpers shared by the overview's parts.
import type { Indicator, Level } from '../../domain/model';
import type { Lang, Translate } from '../../shared/i18n';
import { formatNumber, formatPercent } from '../../shared/format';
import { safeHref } from '../../domain/text';

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
/** A source that is an http(s) address, as a link with its host name; anything else is text. */
export function sourceLink(source: string): { href: string; host: string } | null {
  const href = safeHref(source);
  if (href === null) return null;
  try {
    return { href, host: new URL(href).hostname };
  } catch {
    return null;
  }
}
