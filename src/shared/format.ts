// vi-VN number formats in Vietnamese ("92,57"), en-GB in English ("92.57").
import type { Lang } from './i18n';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number, fixed = false): Intl.NumberFormat {
  const key = `${lang}|${digits}|${fixed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: fixed ? digits : 0,
    });
    cache.set(key, f);
  }
  return f;
}

/** A value as it was given, up to `digits` decimals: `105,5`, `100.000`. */
export const formatNumber = (x: number, lang: Lang, digits = 2): string =>
  nf(lang, digits).format(x);

/** A score, always with `digits` decimals so that a column reads evenly: `92,00`, `84,83`. */
export const formatFixed = (x: number, lang: Lang, digits = 2): string =>
  nf(lang, digits, true).format(x);

/** `92,57 %` (vi) / `92.57%` (en), always with `digits` decimals (`92,00 %`). */
export const formatPercent = (x: number, lang: Lang, digits = 2): string =>
  lang === 'vi' ? `${formatFixed(x, lang, digits)}\u00a0%` : `${formatFixed(x, lang, digits)}%`;

/** `+1,14` / `−0,50`, with a real minus sign. Zero after rounding is `±0,00`. */
export const formatSigned = (x: number, lang: Lang, digits = 2): string => {
  const text = formatFixed(Math.abs(x), lang, digits);
  const zero = Number(Math.abs(x).toFixed(digits)) === 0;
  return `${zero ? '±' : x > 0 ? '+' : '−'}${text}`;
};

/** An ISO date as both languages here write it: `01/07/2025`. */
export const formatDate = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
};
