// How the dashboard writes a level and a score, shared by the overview, the slides and charts.
import type { Level } from '../domain/model';
import type { Lang, Translate } from './i18n';
import { formatFixed, formatNumber, formatPercent } from './format';
import { safeHref } from '../domain/text';

export const levelLabel = (level: Level, t: Translate): string =>
  ({
    country: t('levelCountry'),
    province: t('levelProvince'),
    district: t('levelDistrict'),
    commune: t('levelCommune'),
  })[level];

/** PAR and SIPAS are out of 100 and shown as %; PAPI as points out of its max. */
export function formatScore(score: number, max: number, lang: Lang): string {
  return max === 100
    ? formatPercent(score, lang)
    : `${formatFixed(score, lang, 2)} / ${formatNumber(max, lang, 0)}`;
}

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
