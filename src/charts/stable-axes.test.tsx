// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { sameValue, useStable } from './stable-axes';
import { ValueTick } from './axis';

/** Axis-like props: numbers, strings, arrays, plain objects, maps and tick elements. */
const leaf = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 2 }), tie('value'), { maxKeys: 3 }),
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 9 }), tie('value')), { maxLength: 3 })
      .map((entries) => new Map(entries)),
    fc
      .record({ under: fc.boolean(), x: fc.integer({ min: 0, max: 9 }) })
      .map((p) => <ValueTick {...p} />),
  ),
}));

/** A copy made of new objects, arrays, maps and elements: the same value, no shared identity. */
function rebuild(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(rebuild);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, rebuild(x)]));
  if (typeof v === 'object' && v !== null) {
    if ('$$typeof' in v && 'props' in v) {
      const el = v as { props: { under?: boolean; x?: number } };
      return <ValueTick {...el.props} />;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rebuild(x)]));
  }
  return v;
}

/** The same value with one thing changed at some depth (a leaf, a length or a key). */
function changed(v: unknown, pick: number): unknown {
  if (Array.isArray(v)) {
    if (v.length === 0) return [1];
    const i = pick % v.length;
    return v.map((x, j) => (j === i ? changed(x, pick >> 2) : x));
  }
  if (v instanceof Map) {
    const entries = [...v];
    const at = entries[pick % Math.max(1, entries.length)];
    if (!at) return new Map([[0, 1]]);
    return new Map(entries.map(([k, x]) => [k, k === at[0] ? changed(x, pick >> 2) : x]));
  }
  if (typeof v === 'object' && v !== null) {
    if ('$$typeof' in v && 'props' in v) {
      const el = v as { props: { under?: boolean; x?: number } };
      return <ValueTick {...el.props} x={(el.props.x ?? 0) + 1} />;
    }
    const keys = Object.keys(v);
    const k = keys[pick % Math.max(1, keys.length)];
    if (k === undefined) return { extra: 1 };
    return { ...v, [k]: changed((v as Record<string, unknown>)[k], pick >> 2) };
  }
  if (typeof v === 'number') return Number.isNaN(v) ? 0 : v === 0 ? 1 : -v || 1;
  if (typeof v === 'string') return `${v}!`;
  if (typeof v === 'boolean') return !v;
  return v === null ? 0 : null;
}

describe('sameValue', () => {
  it('holds for a copy made of new objects, and not once anything in it differs', () => {
    fc.assert(
      fc.property(value, fc.nat(), (v, pick) => {
        expect(sameValue(v, rebuild(v))).toBe(true);
        expect(sameValue(v, changed(v, pick))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('compares functions by identity, and -0 from 0 as Object.is does', () => {
    const f = (v: number) => String(v);
    expect(sameValue({ format: f }, { format: f })).toBe(true);
    expect(sameValue({ format: f }, { format: (v: number) => String(v) })).toBe(false);
    expect(sameValue([0], [-0])).toBe(false);
    expect(sameValue([NaN], [NaN])).toBe(true);
  });
});

describe('useStable', () => {
  it('gives back the first object while the value stays the same, and the new one once it changes', () => {
    const first = { ticks: [1, 5, 10], tick: <ValueTick under /> };
    const hook = renderHook(({ v }: { v: typeof first }) => useStable(v), {
      initialProps: { v: first },
    });
    hook.rerender({ v: { ticks: [1, 5, 10], tick: <ValueTick under /> } });
    expect(hook.result.current).toBe(first);
    const next = { ticks: [1, 5, 20], tick: <ValueTick under /> };
    hook.rerender({ v: next });
    expect(hook.result.current).toBe(next);
    hook.rerender({ v: { ticks: [1, 5, 20], tick: <ValueTick under /> } });
    expect(hook.result.current).toBe(next);
  });
});
