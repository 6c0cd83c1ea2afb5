// A tooltip for the line charts' points, for the mouse and the keyboard: hover a point, or focus
// the chart and move with ← → (Home, End; Esc closes). Recharts' Tooltip does more (cursors,
// bars, polar charts, sync) at 8 kB gzip in the first view; the time charts need this much.
//
// The active point lives in a small store outside React state, so moving over the points
// re-renders the tooltip only, never the chart. Points are found in the DOM by `data-tip`,
// which TipDot sets on the circle it draws at the point's centre.

import {
  createContext,
  Fragment,
  useContext,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

export interface TipStore {
  /** The element that holds the chart (ChartFrame attaches it). */
  readonly root: HTMLElement | null;
  attach(el: HTMLElement | null): void;
  get(): number | null;
  /**
   * `at`: the point hovered when it is not the one marked `data-tip` for the index (another
   * line's point in the same year), and what it belongs to.
   */
  set(index: number | null, at?: TipAnchor): void;
  anchor(): TipAnchor | null;
  /** Changes whenever the tip does: the index and what is hovered. */
  snapshot(): string | null;
  subscribe(listener: () => void): () => void;
}

export interface TipAnchor {
  cx: number;
  cy: number;
  /** What was hovered there (a line's key). */
  key: string;
}

export function createTipStore(): TipStore {
  let active: number | null = null;
  let at: TipAnchor | null = null;
  const listeners = new Set<() => void>();
  let root: HTMLElement | null = null;
  return {
    get root() {
      return root;
    },
    attach(el) {
      root = el;
    },
    get: () => active,
    anchor: () => at,
    snapshot: () => (active === null ? null : `${active}|${at?.key ?? ''}`),
    set(index, anchor) {
      const next = index === null ? null : (anchor ?? null);
      if (index === active && next?.key === at?.key) return;
      active = index;
      at = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const TipContext = createContext<TipStore | null>(null);
export const TipProvider = TipContext.Provider;
export const useTipStore = (): TipStore | null => useContext(TipContext);

/** The indices that have a point, in order, inside `root`. */
function pointIndices(root: Element): number[] {
  const out = new Set<number>();
  for (const el of root.querySelectorAll('[data-tip]'))
    out.add(Number(el.getAttribute('data-tip')));
  return [...out].sort((a, b) => a - b);
}

/** Keyboard handling for the focusable element that holds the chart. */
export function tipKeyDown(store: TipStore) {
  return (e: KeyboardEvent<HTMLElement>): void => {
    const points = store.root ? pointIndices(store.root) : [];
    if (points.length === 0) return;
    const at = points.indexOf(store.get() ?? -1);
    const last = points.length - 1;
    let next: number | null | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = points[Math.min(last, at + 1)];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      next = points[at < 0 ? last : Math.max(0, at - 1)];
    } else if (e.key === 'Home') next = points[0];
    else if (e.key === 'End') next = points[last];
    else if (e.key === 'Escape' && store.get() !== null) next = null;
    else return;
    e.preventDefault();
    store.set(next ?? null);
  };
}

export interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/**
 * The hover target of a point: an invisible circle larger than the visible dot. `line`: the point
 * is on another line than the one the keyboard stops on (a peer's, in the peers chart); the tip
 * then opens at it and says which line was hovered.
 */
export function TipDot({
  cx,
  cy,
  index,
  store,
  line,
  r = 14,
}: DotProps & { store: TipStore | null; line?: string; r?: number }) {
  if (cx === undefined || cy === undefined || index === undefined || !store) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={r}
      fill="transparent"
      data-tip={line === undefined ? index : undefined}
      onMouseEnter={() => store.set(index, line === undefined ? undefined : { cx, cy, key: line })}
      onMouseLeave={() => store.set(null)}
    />
  );
}

/** A tip's usual content: a bold first line, then one line each. */
export function TipText({ head, lines }: { head: ReactNode; lines: readonly string[] }) {
  return (
    <>
      <strong>{head}</strong>
      {lines.map((l) => (
        <Fragment key={l}>
          <br />
          {l}
        </Fragment>
      ))}
    </>
  );
}

const NO_TIP: TipStore = createTipStore();

/**
 * The tooltip box over the active point; `content` says what it shows. Rendered next to the
 * chart's SVG inside a positioned box, so the point's SVG coordinates are its offsets.
 */
export function TipLayer({
  store,
  width,
  height,
  beside = false,
  content,
}: {
  store: TipStore | null;
  width: number;
  /** The plot's height: a point in its upper part has its tip below it, inside the chart. */
  height?: number;
  /**
   * A long tip (every line in a year, opened from the keyboard): at the top of the chart, beside
   * the point, so that it stays inside the chart whatever the point's height.
   */
  beside?: boolean;
  /** `key`: what is hovered at the point (a line's key), when the chart told the store. */
  content: (index: number, key: string | null) => ReactNode;
}) {
  const s = store ?? NO_TIP;
  useSyncExternalStore(s.subscribe, s.snapshot, s.snapshot);
  const active = s.get();
  if (active === null) return null;
  const at = s.anchor();
  const dot = at ? null : s.root?.querySelector(`[data-tip="${active}"]`);
  const cx = at ? at.cx : Number(dot?.getAttribute('cx') ?? NaN);
  const cy = at ? at.cy : Number(dot?.getAttribute('cy') ?? NaN);
  if (Number.isNaN(cx) || Number.isNaN(cy)) return null;
  const side = cx < width * 0.25 ? 'left' : cx > width * 0.75 ? 'right' : 'centre';
  const below = height !== undefined && cy < height * 0.4;
  const besideRight = cx < width / 2;
  const placed =
    beside && !at
      ? { className: `chart-tip chart-tip-beside-${besideRight ? 'right' : 'left'}`, top: 0 }
      : { className: `chart-tip chart-tip-${side}${below ? ' chart-tip-below' : ''}`, top: cy };
  // The width the tip has inside the chart on its side of the point (the offsets are the CSS
  // ones); a longer line (a sub-index's name on a phone) wraps instead of being cut.
  const room =
    beside && !at
      ? besideRight
        ? width - cx - 18
        : cx - 18
      : side === 'left'
        ? width - cx + 14
        : side === 'right'
          ? cx + 14
          : 2 * Math.min(cx, width - cx);
  return (
    <>
      <div className="tip-ring" style={{ left: cx, top: cy }} aria-hidden="true" />
      <div
        className={placed.className}
        style={{ left: cx, top: placed.top, maxWidth: Math.max(120, Math.floor(room)) }}
        aria-hidden="true"
      >
        {content(active, at?.key ?? null)}
      </div>
    </>
  );
}
