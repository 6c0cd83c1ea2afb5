// A choropleth of units: each boundary filled by its class, units without data hatched, the
// selected unit outlined and named. Every unit is a button in one tab stop (roving focus): Tab
// enters the map, the arrow keys go to the nearest unit in that direction, Enter opens it; the
// pointer and the focus show the same tooltip.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Boundary } from '../domain/map';
import { Sized } from './Sized';
import { Legend, type LegendItem } from './Legend';
import { useChartTheme } from './theme';

export interface MapItem {
  /** The fill; null = no data (hatched). */
  fill: string | null;
  /** What a screen reader says for the unit: its name and figures in one line. */
  label: string;
  /** The tooltip's lines: the name, then the figures. */
  tip: readonly string[];
}

const NODATA_INK = '#767676';
/** The map's height on screen at most (a 1366×768 screen shows it whole with its title). */
const MAX_HEIGHT = 620;

type Dir = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** The nearest centroid in a direction (within 60° of it), the current one when there is none. */
export function nearestInDirection(
  from: readonly [number, number],
  dir: Dir,
  points: readonly { code: string; at: readonly [number, number] }[],
  self: string,
): string {
  const [vx, vy] =
    dir === 'ArrowLeft'
      ? [-1, 0]
      : dir === 'ArrowRight'
        ? [1, 0]
        : dir === 'ArrowUp'
          ? [0, -1]
          : [0, 1];
  let best = self;
  let bestCost = Infinity;
  for (const p of points) {
    if (p.code === self) continue;
    const dx = p.at[0] - from[0];
    const dy = p.at[1] - from[1];
    const along = dx * vx + dy * vy;
    if (along <= 0) continue;
    const across = Math.abs(dx * vy - dy * vx);
    if (across > along * 1.75) continue;
    // Going straight ahead is cheaper than going sideways.
    const cost = along + across * 2;
    if (cost < bestCost) {
      bestCost = cost;
      best = p.code;
    }
  }
  return best;
}

function MapDrawing({
  width,
  height,
  boundaries,
  items,
  selected,
  onPick,
  label,
}: {
  width: number;
  height: number;
  boundaries: readonly Boundary[];
  items: ReadonlyMap<string, MapItem>;
  selected: string | null;
  onPick?: (code: string) => void;
  label: string;
}) {
  const theme = useChartTheme();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const pattern = `nodata-${uid}`;
  const [focus, setFocus] = useState<string | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [rover, setRover] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const shapes = useMemo(() => {
    const pad = Math.max(8, theme.font * 0.6);
    const fc: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: boundaries.map((b) => b.feature),
    };
    const projection = geoMercator().fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
      ],
      fc,
    );
    const path = geoPath(projection);
    return boundaries.map((b) => ({
      code: b.code,
      d: path(b.feature) ?? '',
      at: path.centroid(b.feature),
    }));
  }, [boundaries, width, height, theme.font]);
  const tabStop = rover ?? selected ?? shapes[0]?.code ?? null;
  const shown = focus ?? hover;
  const shownShape = shapes.find((s) => s.code === shown);
  const shownItem = shown ? items.get(shown) : undefined;
  const sel = shapes.find((s) => s.code === selected);
  const selItem = selected ? items.get(selected) : undefined;

  const onKeyDown = (e: KeyboardEvent<SVGPathElement>, code: string) => {
    const k = e.key;
    if (k === 'Enter' || k === ' ') {
      e.preventDefault();
      onPick?.(code);
      return;
    }
    if (k === 'Escape') {
      setFocus(null);
      return;
    }
    if (k !== 'ArrowLeft' && k !== 'ArrowRight' && k !== 'ArrowUp' && k !== 'ArrowDown') return;
    e.preventDefault();
    const from = shapes.find((s) => s.code === code);
    if (!from) return;
    const next = nearestInDirection(from.at, k, shapes, code);
    setRover(next);
    svgRef.current?.querySelector<SVGPathElement>(`[data-code="${next}"]`)?.focus();
  };

  const stroke = theme.kind === 'screen' ? 0.6 : 1;
  const outline = theme.kind === 'screen' ? 3 : 5;
  const name = selItem?.tip[0];
  // The selected unit's name above it (below when near the top), inside the drawing.
  const nameAt = sel
    ? {
        x: Math.max(
          theme.font * 0.3 * (name?.length ?? 0) + 4,
          Math.min(width - theme.font * 0.3 * (name?.length ?? 0) - 4, sel.at[0]),
        ),
        y: sel.at[1] < theme.font * 3 ? sel.at[1] + theme.font * 1.6 : sel.at[1] - theme.font * 0.9,
      }
    : null;
  const tipSide = shownShape
    ? shownShape.at[0] < width * 0.3
      ? '0'
      : shownShape.at[0] > width * 0.7
        ? '-100%'
        : '-50%'
    : '-50%';
  const tipBelow = shownShape ? shownShape.at[1] < height * 0.35 : false;
  return (
    <>
      <svg
        ref={svgRef}
        data-chart-svg=""
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        className="unit-map"
      >
        <defs>
          <pattern
            id={pattern}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="8" stroke={NODATA_INK} strokeWidth="2.5" />
          </pattern>
        </defs>
        <g>
          {shapes.map((s) => {
            const it = items.get(s.code);
            return (
              <path
                key={s.code}
                data-code={s.code}
                data-fill={it?.fill ?? 'none'}
                d={s.d}
                fill={it?.fill ?? `url(#${pattern})`}
                stroke="#3a3a3a"
                strokeWidth={stroke}
                strokeLinejoin="round"
                role={onPick ? 'button' : 'img'}
                aria-label={it?.label ?? s.code}
                aria-current={s.code === selected ? 'true' : undefined}
                tabIndex={onPick ? (s.code === tabStop ? 0 : -1) : undefined}
                onFocus={() => {
                  setFocus(s.code);
                  setRover(s.code);
                }}
                onBlur={() => setFocus(null)}
                onPointerEnter={() => setHover(s.code)}
                onPointerLeave={() => setHover((h) => (h === s.code ? null : h))}
                onClick={() => onPick?.(s.code)}
                onKeyDown={(e) => onKeyDown(e, s.code)}
              />
            );
          })}
        </g>
        {sel && (
          <path
            d={sel.d}
            fill="none"
            stroke="#000"
            strokeWidth={outline}
            strokeLinejoin="round"
            pointerEvents="none"
            data-selected=""
          />
        )}
        {shownShape && shownShape !== sel && (
          <path
            d={shownShape.d}
            fill="none"
            stroke="#000"
            strokeWidth={outline - 1}
            strokeDasharray={`${outline * 1.5} ${outline}`}
            pointerEvents="none"
          />
        )}
        {nameAt && name && (
          <text
            x={nameAt.x}
            y={nameAt.y}
            textAnchor="middle"
            fontSize={theme.font}
            fontWeight={700}
            fill="#000"
            stroke="#fff"
            strokeWidth={theme.font / 4}
            paintOrder="stroke"
            strokeLinejoin="round"
            pointerEvents="none"
          >
            {name}
          </text>
        )}
      </svg>
      {shownShape && shownItem && (
        <div
          className="chart-tip map-tip"
          aria-hidden="true"
          style={{
            left: shownShape.at[0],
            top: shownShape.at[1],
            transform: `translate(${tipSide}, ${tipBelow ? '18px' : 'calc(-100% - 18px)'})`,
          }}
        >
          {shownItem.tip.map((line, i) => (
            <div key={i} className={i === 0 ? 'map-tip-name' : undefined}>
              {line}
            </div>
          ))}
        </div>
      )}
    </>
  );
}

/** The map and its legend; `height` as for the charts ('fill': the box it is put in). */
export function UnitMap({
  boundaries,
  items,
  selected,
  onPick,
  legend,
  label,
  height,
  footer,
}: {
  boundaries: readonly Boundary[];
  items: ReadonlyMap<string, MapItem>;
  selected: string | null;
  onPick?: (code: string) => void;
  legend: readonly LegendItem[];
  /** The map's name for a screen reader ("Bản đồ PAR Index 2025 …"). */
  label: string;
  height?: number | 'fill';
  /** A line under the legend: the boundary credit. */
  footer?: ReactNode;
}) {
  const theme = useChartTheme();
  const fill = height === 'fill' || theme.fill === true;
  // Height over width of the area drawn (Hà Nội's communes are taller than wide).
  const aspect = useMemo(() => {
    const fc: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: boundaries.map((b) => b.feature),
    };
    const [[x0, y0], [x1, y1]] = geoPath(geoMercator().fitWidth(1000, fc)).bounds(fc);
    return x1 > x0 ? (y1 - y0) / (x1 - x0) : 1;
  }, [boundaries]);
  const maxWidth = Math.round(MAX_HEIGHT / aspect + 2 * theme.font);
  return (
    <div className={`map-layout${fill ? ' chart-fill' : ''}`}>
      <div
        className="map-area"
        // On screen the map is as wide as its height allows (680 px high at most), so the legend
        // sits beside it, not across an empty band.
        style={fill ? undefined : { flexBasis: maxWidth, maxWidth }}
      >
        <Sized
          height={
            fill
              ? 'fill'
              : (height ?? ((w: number) => Math.round(Math.min(680, Math.max(300, w * aspect)))))
          }
        >
          {(w, h) => (
            <MapDrawing
              width={w}
              height={h}
              boundaries={boundaries}
              items={items}
              selected={selected}
              onPick={onPick}
              label={label}
            />
          )}
        </Sized>
      </div>
      <div className="map-side">
        <Legend items={legend} />
        {footer}
      </div>
    </div>
  );
}
