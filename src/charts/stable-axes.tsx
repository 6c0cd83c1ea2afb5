// Recharts' axes, given the same props object while their props have the same values.
//
// A Recharts axis is memoised on its props compared one by one (`axisPropsAreEqual`), and when
// it renders it puts its settings into the chart's store again. Axis props built at each render
// (a tick element, the ticks, a padding or a title object) are new objects every time, so every
// render of a chart replaced both axes in its store: two more store updates per chart, each
// running every selector of the chart, at every year or unit switch, for axes that had not
// changed. Functions are compared by identity: give an axis stable ones (`numberTick`).
import { isValidElement, useState } from 'react';
import { XAxis, YAxis, type XAxisProps, type YAxisProps } from 'recharts';
import { formatPercent } from '../shared/format';
import type { Lang } from '../shared/i18n';

const isPlain = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * The same value: equal primitives, arrays, maps and plain objects of the same values, React
 * elements of the same type, key and props. Anything else (functions) only if identical.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x: unknown, i) => sameValue(x, b[i]))
    );
  }
  if (isValidElement(a) || isValidElement(b)) {
    return (
      isValidElement(a) &&
      isValidElement(b) &&
      a.type === b.type &&
      a.key === b.key &&
      sameValue(a.props, b.props)
    );
  }
  if (a instanceof Map || b instanceof Map) {
    return (
      a instanceof Map &&
      b instanceof Map &&
      a.size === b.size &&
      [...a].every(([k, v]) => b.has(k) && sameValue(v, b.get(k)))
    );
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** `value`, or the one given at an earlier render while it has the same value. */
export function useStable<T>(value: T): T {
  // React's "information from previous renders": a changed value is kept and used at once.
  const [kept, setKept] = useState(value);
  if (kept === value || sameValue(kept, value)) return kept;
  setKept(() => value);
  return value;
}

export function StableXAxis(props: XAxisProps) {
  return <XAxis {...useStable(props)} />;
}

export function StableYAxis(props: YAxisProps) {
  return <YAxis {...useStable(props)} />;
}

/** Tick formatters, one per language and kind, the same function at every render. */
const NUMBER: Record<Lang, (v: number) => string> = {
  vi: (v) => v.toLocaleString('vi-VN'),
  en: (v) => v.toLocaleString('en-GB'),
};
const PERCENT: Record<Lang, (v: number) => string> = {
  vi: (v) => formatPercent(v, 'vi', 0),
  en: (v) => formatPercent(v, 'en', 0),
};
export const numberTick = (lang: Lang) => NUMBER[lang];
export const percentTick = (lang: Lang) => PERCENT[lang];
