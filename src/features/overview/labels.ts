// Display helpers shared by the overview's parts.
import type { Indicator, Unit } from '../../domain/model';
import type { Lang, Translate } from '../../shared/i18n';
import { formatDate } from '../../shared/format';

export const indicatorName = (i: Indicator, lang: Lang): string =>
  lang === 'vi' ? i.nameVi : i.nameEn || i.nameVi;

/**
 * A unit's period as people read it: "từ 01/07/2025", "đến 30/06/2025", or both; empty for a
 * unit that has always existed in the registry.
 */
export function periodText(u: Pick<Unit, 'validFrom' | 'validTo'>, t: Translate): string {
  if (u.validFrom !== null && u.validTo !== null) {
    return t('periodBetween', { from: formatDate(u.validFrom), to: formatDate(u.validTo) });
  }
  if (u.validFrom !== null) return t('periodFrom', { date: formatDate(u.validFrom) });
  if (u.validTo !== null) return t('periodTo', { date: formatDate(u.validTo) });
  return '';
}

/** "Xã Thạch Thất (09955, từ 01/07/2025)": the code and period tell a reused code apart. */
export function unitWithPeriod(u: Unit, t: Translate): string {
  const period = periodText(u, t);
  return `${u.name} (${u.code}${period ? `, ${period}` : ''})`;
}
