// What the speaker window shows for a slide: its title, its takeaway, and notes from the data
// (the weak sub-indices, the topics, where the figures come from).
import type { Bundle } from '../../domain/bundle';
import { takeaway, type Slide } from '../../domain/deck';
import { componentsView } from '../../domain/series';
import { describeWeakness, topicsForWeakComponents } from '../../domain/analysis';
import { lookup } from '../../domain/dataset';
import { unitIn } from '../../domain/registry';
import { isSample } from '../../domain/model';
import type { Translate } from '../../shared/i18n';
import type { SlideInfo } from './speaker-channel';
import { slideTitle } from './slides';

export function speakerInfo(
  bundle: Bundle,
  slide: Slide,
  t: Translate,
  lang: 'vi' | 'en',
): SlideInfo {
  const { registry: reg, dataset: ds } = bundle;
  const unit = unitIn(reg, slide.unit, slide.year);
  const notes: string[] = [];
  if (unit) {
    const view = componentsView(reg, ds, {
      index: slide.index,
      year: slide.year,
      unitCode: unit.code,
    });
    for (const w of view.weak.slice(0, 3)) notes.push(describeWeakness(w, unit.level, lang));
    for (const s of topicsForWeakComponents(reg.topics, view.weak, slide.index, unit.level).slice(
      0,
      2,
    )) {
      notes.push(
        lang === 'vi' ? `${s.topic.titleVi}: ${s.reasonVi}` : `${s.topic.titleEn}: ${s.reasonEn}`,
      );
    }
    const row = lookup(ds, slide.index, 'TOTAL', slide.year, slide.unit);
    if (row && isSample(row)) notes.push(t('sampleLong'));
    // The data's notes are the transcriber's words, in English: said as such.
    else if (row?.note) notes.push(`${t('sourceNote')}: “${row.note}”`);
  }
  return {
    slide,
    title: slideTitle(slide, t, unit?.name ?? slide.unit),
    takeaway: takeaway(reg, ds, slide, lang),
    notes,
  };
}
