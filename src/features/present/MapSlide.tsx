// The map slide: the units of the view's map in the projector theme, filling the slide, with its
// legend; the slide's footer carries the boundary credit. Its own chunk: d3-geo and the boundaries load with it.
import { useQuery } from '@tanstack/react-query';
import '../../shared/i18n-sections';
import type { Bundle } from '../../domain/bundle';
import type { Slide } from '../../domain/deck';
import { mapFor, selectedOn } from '../../domain/map';
import { unitIn } from '../../domain/registry';
import { boundariesQuery } from '../../data/boundaries';
import { UnitMap } from '../../charts/UnitMap';
import { mapItems, mapLegend, useMapModel } from '../../charts/map-labels';
import { useLang } from '../../shared/i18n';

export default function MapSlide({ bundle, slide }: { bundle: Bundle; slide: Slide }) {
  const { t, lang } = useLang();
  const avail = mapFor(bundle.registry, slide.unit, slide.year);
  const layer = avail.ok ? avail.layer : 'communes';
  const model = useMapModel(
    bundle,
    { index: slide.index, indicator: 'TOTAL', year: slide.year },
    layer,
    'score',
  );
  const boundaries = useQuery({ ...boundariesQuery(layer), enabled: avail.ok });
  const unit = unitIn(bundle.registry, slide.unit, slide.year);
  if (!avail.ok || !unit) return <p>{t('noData')}</p>;
  if (boundaries.isError) return <p role="alert">{t('mapLoadError', { detail: '' })}</p>;
  if (!boundaries.data) return <p role="status">{t('mapLoading')}</p>;
  const selected = selectedOn(layer, unit);
  return (
    <UnitMap
      boundaries={boundaries.data}
      items={mapItems(model.figures, model.classes, t, lang)}
      selected={selected}
      legend={mapLegend(model.figures, model.classes, selected, t, lang)}
      label={t('mapTitle', { what: `${slide.index} ${slide.year}` })}
      height="fill"
    />
  );
}
