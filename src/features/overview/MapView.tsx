// The map view: for the index, indicator and year in view, the units under Hà Nội (or the 34
// provinces) coloured by class, with its controls, its table and its notices. Loaded on demand
// with d3-geo, topojson-client and the boundaries: the first view never pays for it.
import { useQuery } from '@tanstack/react-query';
import type { SectionProps } from './section-props';
import {
  joinByCode,
  mapFor,
  selectedOn,
  type MapFigure,
  type MapLayer,
  type MapParams,
} from '../../domain/map';
import { componentsIn } from '../../domain/registry';
import { yearsOf } from '../../domain/dataset';
import { SAMPLE_SOURCE } from '../../domain/model';
import { indexShortName } from '../../domain/indices';
import { boundariesQuery } from '../../data/boundaries';
import { UnitMap } from '../../charts/UnitMap';
import { ChartFrame } from '../../charts/ChartFrame';
import { useLang, type Translate } from '../../shared/i18n';
import '../../shared/i18n-sections';
import { formatFixed, formatSigned } from '../../shared/format';
import { mapItems, mapLegend, rankOfText, useMapModel } from '../../charts/map-labels';
import { mapClassColour } from '../../charts/map-colours';
import type { Bundle } from '../../domain/bundle';

export interface MapViewProps extends SectionProps {
  params: MapParams;
  onParams: (next: MapParams | null) => void;
  /** Opens another unit or year (the map of 2025 from a year before). */
  onOpen: (unit: string, year: number) => void;
}

const layerName = (l: MapLayer, t: Translate): string =>
  l === 'communes' ? t('mapOfCommunes') : t('mapOfProvinces');

/** The latest year from 2025 with figures of the index, for "see the map of 2025". */
function latestMapYear(bundle: Bundle, index: string): number | null {
  const ys = yearsOf(bundle.dataset, index).filter((y) => y >= 2025);
  return ys.length > 0 ? Math.max(...ys) : null;
}

export default function MapView({
  bundle,
  sel,
  unit,
  onPickUnit,
  params,
  onParams,
  onOpen,
}: MapViewProps) {
  const { t, lang } = useLang();
  const { registry: reg } = bundle;
  const avail = mapFor(reg, unit.code, sel.year, params.layer);
  const layer: MapLayer = avail.ok ? avail.layer : 'communes';
  const components = componentsIn(reg, sel.index, sel.year);
  const indicator = components.some((c) => c.code === params.indicator)
    ? params.indicator
    : 'TOTAL';
  const model = useMapModel(
    bundle,
    { index: sel.index, indicator, year: sel.year },
    layer,
    params.by,
  );
  const boundaries = useQuery({ ...boundariesQuery(layer), enabled: avail.ok });

  if (!avail.ok) {
    const latest = latestMapYear(bundle, sel.index);
    return (
      <section className="map-view" aria-label={t('viewMap')}>
        <div className="notice" role="status">
          <p>
            {avail.reason === 'old-units'
              ? t('mapOldUnits', { year: sel.year, latest: latest ?? 2025 })
              : t('mapNoGeometry', { unit: unit.name })}
          </p>
          <p className="map-actions">
            <button type="button" onClick={() => onParams(null)}>
              {t('mapOpenCharts')}
            </button>
            {latest !== null && (
              <button type="button" onClick={() => onOpen('01', latest)}>
                {t('mapOpenYear', { year: latest })}
              </button>
            )}
          </p>
        </div>
      </section>
    );
  }

  const { figures, classes } = model;
  const ind = (reg.indicatorsByIndex.get(sel.index) ?? []).find((i) => i.code === indicator);
  const indName = ind ? (lang === 'vi' ? ind.nameVi : ind.nameEn || ind.nameVi) : indicator;
  const what = `${indexShortName(sel.index)}${indicator === 'TOTAL' ? '' : ` — ${indName}`} ${sel.year}`;
  const withData = figures.filter((f) => f.score !== null || f.rank !== null);
  const sample = withData.some((f) => f.sample);
  const hasGroups = figures.some((f) => f.group !== null);
  const selected = selectedOn(layer, unit);
  const items = mapItems(figures, classes, t, lang);
  const legend = mapLegend(figures, classes, selected, t, lang);
  const sources = [
    ...new Set(
      withData.map((f) => f.source).filter((s): s is string => s !== null && s !== SAMPLE_SOURCE),
    ),
  ];
  const sourceLine = [
    t('mapCredit'),
    ...(sources.length > 3 ? [t('sourcesCount', { n: sources.length })] : sources),
    ...(sample ? [t('sampleLong')] : []),
  ].join('; ');
  const subtitle = [
    layerName(layer, t),
    t('mapWithData', { n: withData.length, of: figures.length }),
    ...(sample ? [t('sample')] : []),
  ].join(' · ');
  const hasData = (code: string) => {
    const f = figures.find((x) => x.unit.code === code);
    return f !== undefined && (f.score !== null || f.rank !== null);
  };
  const joined = boundaries.data
    ? joinByCode(
        boundaries.data.map((b) => b.code),
        figures,
      )
    : null;
  const ranked = [...figures].sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.name.localeCompare(b.unit.name, 'vi'),
  );
  const classText = (f: MapFigure): string => {
    const k = classes.classOf.get(f.unit.code);
    const c = classes.classes.findIndex((x) => x.index === k);
    return c < 0 ? t('mapNoData') : `${classes.classes.length - c}/${classes.classes.length}`;
  };
  const table = (
    <table>
      <caption>
        {t('mapTitle', { what })} — {layerName(layer, t)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('unitCol')}</th>
          <th scope="col">{t('score')}</th>
          <th scope="col">{t('mapClassCol')}</th>
          <th scope="col">{t('mapChangeCol')}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((f) => (
          <tr key={f.unit.code} aria-current={f.unit.code === selected ? 'true' : undefined}>
            <td>{rankOfText(f)}</td>
            <th scope="row">{f.unit.name}</th>
            <td>{f.score === null ? '—' : formatFixed(f.score, lang)}</td>
            <td>
              {classes.classOf.has(f.unit.code) && (
                <span
                  className="swatch swatch-area"
                  style={{
                    ['--swatch' as string]: mapClassColour(
                      classes.classes.findIndex(
                        (x) => x.index === classes.classOf.get(f.unit.code),
                      ),
                      classes.classes.length,
                    ),
                  }}
                  aria-hidden="true"
                />
              )}{' '}
              {classText(f)}
            </td>
            <td>{f.change === null ? '—' : formatSigned(f.change, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const best = ranked[0];
  const worst = [...withData].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0))[0];
  const description = `${t('mapTitle', { what })}, ${layerName(layer, t)}: ${t('mapWithData', {
    n: withData.length,
    of: figures.length,
  })}${best && best.rank !== null ? `; ${t('rank')} 1: ${best.unit.name}` : ''}${
    worst && worst !== best && worst.rank !== null
      ? `; ${t('rank')} ${worst.rank}: ${worst.unit.name}`
      : ''
  }. ${t('mapHint')}`;

  return (
    <section className="map-view" aria-label={t('viewMap')}>
      <div className="controls map-controls" role="group" aria-label={t('viewMap')}>
        {avail.layers.length > 1 && (
          <div className="control">
            <label htmlFor="map-layer">{t('mapLayer')}</label>
            <select
              id="map-layer"
              value={layer}
              onChange={(e) => onParams({ ...params, layer: e.target.value as MapLayer })}
            >
              {avail.layers.map((l) => (
                <option key={l} value={l}>
                  {layerName(l, t)}
                </option>
              ))}
            </select>
          </div>
        )}
        {components.length > 0 && (
          <div className="control">
            <label htmlFor="map-ind">{t('mapIndicator')}</label>
            <select
              id="map-ind"
              value={indicator}
              onChange={(e) => onParams({ ...params, indicator: e.target.value })}
            >
              <option value="TOTAL">{t('mapTotal')}</option>
              {components.map((c) => (
                <option key={c.code} value={c.code}>
                  {lang === 'vi' ? c.nameVi : c.nameEn || c.nameVi}
                </option>
              ))}
            </select>
          </div>
        )}
        {hasGroups && (
          <div className="control">
            <label htmlFor="map-by">{t('mapColourBy')}</label>
            <select
              id="map-by"
              value={params.by}
              onChange={(e) =>
                onParams({ ...params, by: e.target.value === 'group' ? 'group' : 'score' })
              }
            >
              <option value="score">{t('mapByScore')}</option>
              <option value="group">{t('mapByGroup')}</option>
            </select>
          </div>
        )}
      </div>
      {withData.length === 0 && (
        <p className="notice" role="status">
          {t('mapNoFigures', { index: indexShortName(sel.index), year: sel.year })}
        </p>
      )}
      {boundaries.isError && (
        <p className="notice state-error" role="alert">
          {t('mapLoadError', {
            detail: boundaries.error instanceof Error ? boundaries.error.message : '',
          })}
        </p>
      )}
      {boundaries.isPending && (
        <p role="status" className="map-loading" data-pending="">
          <span className="spinner" aria-hidden="true" /> {t('mapLoading')}
        </p>
      )}
      {boundaries.data && (
        <ChartFrame
          title={t('mapTitle', { what })}
          subtitle={subtitle}
          sample={sample}
          source={sourceLine}
          description={description}
          table={table}
          interactive
          notes={
            joined && joined.withoutBoundary.length > 0 ? (
              <p className="note">
                {t('mapWithoutBoundary', {
                  units: joined.withoutBoundary.map((f) => f.unit.name).join(', '),
                })}
              </p>
            ) : null
          }
        >
          <UnitMap
            boundaries={boundaries.data}
            items={items}
            selected={selected}
            label={description}
            onPick={(code) => {
              if (hasData(code)) onPickUnit(code);
            }}
            legend={legend}
            footer={
              <>
                <p className="map-hint muted">{t('mapHint')}</p>
                <p className="map-credit muted">{t('mapCredit')}</p>
              </>
            }
          />
        </ChartFrame>
      )}
    </section>
  );
}
