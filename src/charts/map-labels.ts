// The map's words and colours from the domain's figures and classes: each unit's fill, its line
// for a screen reader and its tooltip, and the legend. One place for the map view and its slide.
import { useMemo } from 'react';
import '../shared/i18n-sections';
import {
  classify,
  mapFigures,
  type Classification,
  type ClassBy,
  type ColourClass,
  type MapFigure,
  type MapLayer,
} from '../domain/map';
import type { Bundle } from '../domain/bundle';
import type { LegendItem } from './Legend';
import type { MapItem } from './UnitMap';
import { mapClassColour } from './map-colours';
import { formatFixed, formatSigned } from '../shared/format';
import type { Lang, Translate } from '../shared/i18n';

export const rankOfText = (f: MapFigure): string =>
  f.rank === null ? '—' : `${f.rank}${f.rankOf !== null ? `/${f.rankOf}` : ''}`;

export function classLabel(c: ColourClass, t: Translate, lang: Lang): string {
  const head =
    c.group !== null
      ? t('mapClassGroup', { group: c.group })
      : t('mapClassRange', {
          from: formatFixed(c.from ?? 0, lang),
          to: formatFixed(c.to ?? 0, lang),
        });
  const ranks =
    c.bestRank !== null && c.worstRank !== null
      ? c.bestRank === c.worstRank
        ? `${t('rank').toLowerCase()} ${c.bestRank}`
        : t('mapClassRanks', { best: c.bestRank, worst: c.worstRank })
      : null;
  return [head, ranks, t('mapClassCount', { n: c.count })].filter(Boolean).join(' · ');
}

export function mapItems(
  figures: readonly MapFigure[],
  cls: Classification,
  t: Translate,
  lang: Lang,
): Map<string, MapItem> {
  const n = cls.classes.length;
  const out = new Map<string, MapItem>();
  for (const f of figures) {
    const k = cls.classOf.get(f.unit.code);
    const has = f.score !== null || f.rank !== null;
    if (!has) {
      const line = t('mapUnitNoData', { unit: f.unit.name });
      out.set(f.unit.code, { fill: null, label: line, tip: [f.unit.name, t('mapNoData')] });
      continue;
    }
    const pos = cls.classes.findIndex((c) => c.index === k);
    const score = f.score === null ? '—' : formatFixed(f.score, lang);
    const change =
      f.change === null ? '' : t('mapChange', { change: formatSigned(f.change, lang) });
    const label = t('mapUnitLine', { unit: f.unit.name, score, rank: rankOfText(f), change });
    out.set(f.unit.code, {
      fill: pos >= 0 ? mapClassColour(pos, n) : null,
      label: `${label}${f.sample ? ` (${t('sample')})` : ''}`,
      tip: [
        f.unit.name,
        `${t('score')}: ${score}${f.max !== null ? ` / ${formatFixed(f.max, lang)}` : ''}`,
        `${t('rank')}: ${rankOfText(f)}`,
        ...(f.change !== null ? [`${t('mapChangeCol')}: ${formatSigned(f.change, lang)}`] : []),
        ...(f.group !== null ? [t('mapClassGroup', { group: f.group })] : []),
        ...(f.sample ? [t('sampleLong')] : []),
      ],
    });
  }
  return out;
}

/** Highest class first, then "no data", then the selected unit's outline. */
export function mapLegend(
  figures: readonly MapFigure[],
  cls: Classification,
  selected: string | null,
  t: Translate,
  lang: Lang,
): LegendItem[] {
  // The unit in view by name, with its rank: what a leader looks for first.
  const sel = selected === null ? undefined : figures.find((f) => f.unit.code === selected);
  const selLabel = sel
    ? `${t('mapSelected')}: ${sel.unit.name}${sel.rank !== null ? ` · ${t('rank').toLowerCase()} ${rankOfText(sel)}` : ''}`
    : t('mapSelected');
  const n = cls.classes.length;
  const classes = cls.classes
    .map((c, i) => ({
      label: classLabel(c, t, lang),
      color: mapClassColour(i, n),
      kind: 'area' as const,
    }))
    .reverse();
  const missing = figures.filter((f) => f.score === null && f.rank === null).length;
  return [
    ...classes,
    ...(missing > 0
      ? [
          {
            label: `${t('mapNoData')} · ${t('mapClassCount', { n: missing })}`,
            color: '#767676',
            kind: 'nodata' as const,
          },
        ]
      : []),
    ...(selected !== null ? [{ label: selLabel, color: '#000', kind: 'outline' as const }] : []),
  ];
}

/** The figures and classes of a map, memoised on the data and the view (not on each render). */
export function useMapModel(
  bundle: Bundle,
  ref: { index: string; indicator: string; year: number },
  layer: MapLayer,
  by: ClassBy,
): { figures: MapFigure[]; classes: Classification } {
  const { registry: reg, dataset: ds } = bundle;
  const { index, indicator, year } = ref;
  return useMemo(() => {
    const figures = mapFigures(reg, ds, { index, indicator, year }, layer);
    return { figures, classes: classify(figures, by) };
  }, [reg, ds, index, indicator, year, layer, by]);
}
