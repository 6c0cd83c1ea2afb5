// The leaders' screen: pick Hà Nội, the district or a commune, an index and a year, and see the
// score, the rank, the move since last year, the peers, the weak sub-indices and the topics.

import { lazy, Suspense, useMemo, useState } from 'react';
import type { Bundle } from '../../domain/bundle';
import { indicesOf, seriesRows, yearsOf } from '../../domain/dataset';
import {
  ancestors,
  childrenOf,
  componentsIn,
  peersInRegistry,
  unitIn,
} from '../../domain/registry';
import type { Unit } from '../../domain/model';
import { isSample } from '../../domain/model';
import { useLang } from '../../shared/i18n';
import { Scorecard } from '../../charts/Scorecard';
import { scorecard } from '../../domain/scorecard';
import { OverTime } from './OverTime';
import { UnitPicker } from './UnitPicker';
import { WhenVisible } from './WhenVisible';
import { Pending } from './Pending';
import { periodText } from './labels';
import { levelLabel } from '../../shared/display';
import { nearestYear, unitKey, viewYears } from '../../domain/lineage';
import { DEFAULT_MAP, type MapParams } from '../../domain/map-params';

// Sections the first view (Hà Nội's totals) does not show are split into their own chunks.
const SubIndices = lazy(() => import('./SubIndices'));
const AmongPeers = lazy(() => import('./AmongPeers'));
const LineageSection = lazy(() => import('./Lineage'));
// The map (d3-geo, topojson-client and the boundaries) loads when it is opened.
const MapView = lazy(() => import('./MapView'));

export interface OverviewSelection {
  index: string;
  year: number;
  unit: string;
  /** Peers picked for comparison in the peers chart. */
  peers?: readonly string[];
}

/** Units (a code in a period) that have a value for the index in some year. */
function unitsWithData(bundle: Bundle, index: string): Unit[] {
  const { registry: reg, dataset: ds } = bundle;
  const found = new Map<string, Unit>();
  for (const year of yearsOf(ds, index)) {
    for (const code of seriesRows(ds, index, 'TOTAL', year).keys()) {
      const u = unitIn(reg, code, year);
      if (u && u.level !== 'country') found.set(unitKey(u), u);
    }
  }
  const order = { country: 0, province: 1, district: 2, commune: 3 };
  // Today's units first: after 2025-07-01 a commune's own period starts, older ones end.
  const recent = (u: Unit): number => (u.validTo === null ? 0 : 1);
  return [...found.values()].sort(
    (a, b) =>
      order[a.level] - order[b.level] ||
      recent(a) - recent(b) ||
      a.name.localeCompare(b.name, 'vi'),
  );
}

export function Overview({
  bundle,
  selection,
  onChange,
  map = null,
  onMap = () => undefined,
}: {
  bundle: Bundle;
  selection: OverviewSelection;
  onChange: (next: Partial<OverviewSelection>) => void;
  /** The map view's parameters; null: the charts. */
  map?: MapParams | null;
  onMap?: (next: MapParams | null) => void;
}) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const { index, year } = selection;
  const unit = unitIn(reg, selection.unit, year);
  const indices = indicesOf(ds);
  // The years of this unit only: a reused code's other unit is reached through its lineage.
  const years = unit ? viewYears(reg, ds, index, unit) : [];
  const pickable = useMemo(() => unitsWithData(bundle, index), [bundle, index]);
  const [moved, setMoved] = useState<string | null>(null);
  if (!unit) return <p role="alert">{t('noData')}</p>;
  /** Opens a unit in the year shown if it existed then, else in its nearest year, and says so. */
  const pickUnit = (u: Unit) => {
    const own = viewYears(reg, ds, index, u);
    const next = own.includes(year) ? year : nearestYear(own, year);
    if (next === null) return;
    setMoved(
      next === year
        ? null
        : t('movedYear', { asked: year, unit: u.name, period: periodText(u, t), year: next }),
    );
    onChange({ unit: u.code, year: next });
  };
  // Only a unit with a period (valid_from or valid_to) can have units before or after it.
  const hasPeriod = unit.validFrom !== null || unit.validTo !== null;
  // An index of the registry's own (the city's district index): its name, not its id.
  const indexName = (id: string): string | undefined => {
    const total = reg.indicatorsByIndex.get(id)?.find((i) => i.code === 'TOTAL');
    return total ? (lang === 'vi' ? total.nameVi : total.nameEn || total.nameVi) : undefined;
  };
  const chain = [...ancestors(reg, unit, year)].reverse();
  const children = childrenOf(reg, unit.code, year).filter((c) =>
    seriesRows(ds, index, 'TOTAL', year).has(c.code),
  );
  const sel = { index, year, unitCode: unit.code };
  const sample = (code: string) => {
    const r = seriesRows(ds, index, 'TOTAL', year).get(code);
    return r ? isSample(r) : false;
  };
  // Sample values on screen: the unit's, its ancestors' or its peers' (the ranking shows them).
  const anySample =
    sample(unit.code) ||
    chain.some((u) => sample(u.code)) ||
    peersInRegistry(reg, unit, year).some((u) => sample(u.code));

  const sectionProps = {
    bundle,
    sel,
    unit,
    onPickUnit: (code: string) => {
      setMoved(null);
      onChange({ unit: code });
    },
    peers: selection.peers ?? [],
    onPeers: (codes: readonly string[]) => onChange({ peers: codes }),
  };
  const hasComponents = componentsIn(reg, index, year).some((c) =>
    seriesRows(ds, index, c.code, year).has(unit.code),
  );
  const hasPeers =
    peersInRegistry(reg, unit, year).filter((u) => seriesRows(ds, index, 'TOTAL', year).has(u.code))
      .length > 1;

  return (
    <>
      <div
        className="controls"
        role="group"
        aria-label={`${t('index')}, ${t('year')}, ${t('unit')}`}
      >
        <div className="control">
          <label htmlFor="ctl-index">{t('index')}</label>
          <select
            id="ctl-index"
            value={index}
            onChange={(e) => {
              setMoved(null);
              onChange({ index: e.target.value });
            }}
          >
            {indices.map((i) => (
              <option key={i} value={i}>
                {i === 'PAR' || i === 'SIPAS' || i === 'PAPI'
                  ? i === 'PAR'
                    ? 'PAR Index'
                    : i
                  : (indexName(i) ?? i)}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor="ctl-year">{t('year')}</label>
          <select
            id="ctl-year"
            value={year}
            onChange={(e) => {
              setMoved(null);
              onChange({ year: Number(e.target.value) });
            }}
          >
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="control control-wide">
          <UnitPicker units={pickable} selected={unit} onPick={pickUnit} />
        </div>
      </div>

      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          {chain.map((u) => (
            <li key={u.code}>
              <button type="button" className="link" onClick={() => onChange({ unit: u.code })}>
                {u.name}
              </button>
            </li>
          ))}
          <li aria-current="page">
            <strong>{unit.name}</strong>{' '}
            <span className="muted">({levelLabel(unit.level, t)})</span>
          </li>
        </ol>
        {children.length > 0 && (
          <details className="drill" key={unit.code}>
            <summary>
              {t('drillDown')} ({children.length})
            </summary>
            <ul className="drill-list">
              {children.map((c) => (
                <li key={c.code}>
                  <button type="button" className="link" onClick={() => onChange({ unit: c.code })}>
                    {c.name}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </nav>

      {moved && (
        <p className="notice" role="status">
          {moved}
        </p>
      )}

      {anySample && (
        <p className="notice notice-sample" role="note">
          <strong>{t('sampleLong')}.</strong> {t('sampleNotice')}
        </p>
      )}

      <Scorecard
        entries={scorecard(reg, ds, unit, year)}
        unit={unit}
        year={year}
        current={index}
        onOpen={(i) => {
          setMoved(null);
          onChange({ index: i });
        }}
      />

      <div className="view-switch" role="group" aria-label={t('viewSwitch')}>
        <button type="button" aria-pressed={map === null} onClick={() => onMap(null)}>
          {t('viewCharts')}
        </button>
        <button
          type="button"
          aria-pressed={map !== null}
          onClick={() => onMap(map ?? DEFAULT_MAP)}
          onPointerEnter={() => void import('./MapView')}
          onFocus={() => void import('./MapView')}
        >
          {t('viewMap')}
        </button>
      </div>

      {map !== null ? (
        <Suspense fallback={<Pending />}>
          <MapView
            {...sectionProps}
            params={map}
            onParams={onMap}
            onOpen={(code, y) => {
              setMoved(null);
              onChange({ unit: code, year: y });
            }}
          />
        </Suspense>
      ) : (
        <Suspense fallback={<Pending />}>
          {hasComponents && <SubIndices {...sectionProps} />}
          <OverTime {...sectionProps} />
          {hasPeriod && (
            // Its own boundary: loading this section never hides the charts around it.
            <Suspense fallback={<span data-pending="" />}>
              <LineageSection
                {...sectionProps}
                onOpen={(code, y) => {
                  setMoved(null);
                  onChange({ unit: code, year: y });
                }}
              />
            </Suspense>
          )}
          {hasPeers && (
            <WhenVisible minHeight={420}>
              {/* Its own boundary: loading it never hides the charts above it. */}
              <Suspense
                fallback={<div style={{ minHeight: 420 }} aria-hidden="true" data-pending="" />}
              >
                <AmongPeers {...sectionProps} />
              </Suspense>
            </WhenVisible>
          )}
        </Suspense>
      )}
      <p className="muted small" lang={lang}>
        {t('dataFooter')}
      </p>
    </>
  );
}
