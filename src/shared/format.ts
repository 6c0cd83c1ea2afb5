// vi-VN number formats in Vietnamese ("92,57"), en-GB in English ("92.57").
import type { Lang } from './i18n';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
    cache.set(key, f);
  }
  return f;
}

export const formatNumber = (x: number, lang: Lang, digits = 2): string =>
  nf(lang, digits).format(x);

/** `92,57 %` (vi) / `92.57%` (en). */
export const formatPercent = (x: number, lang: Lang, digits = 2): string =>
  lang === 'vi' ? `${formatNumber(x, lang, digits)}\u00a0%` : `${formatNumber(x, lang, digits)}%`;

/** `+1,14` / `−0,5`, with a real minus sign. */
export const formatSigned = (x: number, lang: Lang, digits = 2): string =>
  `${x > 0 ? '+' : x < 0 ? '−' : '±'}${formatNumber(Math.abs(x), lang, digits)}`;

/** An ISO date as both languages here write it: `01/07/2025`. */
export const formatDate = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};
