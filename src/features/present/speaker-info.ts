// What the speaker window shows for a slide: its title, its takeaway, and notes from the data
// (the weak sub-indices, the topics, where the figures come from).
import type { Bundle } from '../../domain/bundle';
import { takeaway, type Slide } from '../../domain/deck';
import { componentsView, topicsForWeakComponents, weaknessOf } from '../../domain/weakness';
import { insightText } from '../../shared/insight-messages';
import { lookup, type Dataset } from '../../domain/dataset';
import { unitIn, type Registry } from '../../domain/registry';
import { isSample } from '../../domain/model';
import type { Lang, Translate } from '../../shared/i18n';
import type { SlideInfo } from './speaker-channel';
import { slideTitle } from './slides';

/** A slide's takeaway as a sentence ("Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm"). */
export function standingText(
  reg: Registry,
  ds: Dataset,
  slide: Pick<Slide, 'index' | 'year' | 'unit'>,
  lang: Lang,
): string {
  const line = takeaway(reg, ds, slide);
  return line ? insightText(line, lang) : '';
}

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
    for (const w of view.weak.slice(0, 3)) notes.push(insightText(weaknessOf(w, unit.level), lang));
    for (const s of topicsForWeakComponents(reg.topics, view.weak, slide.index, unit.level).slice(
      0,
      2,
    )) {
      notes.push(
        `${lang === 'vi' ? s.topic.titleVi : s.topic.titleEn || s.topic.titleVi}: ${insightText(s.reason, lang)}`,
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
    takeaway: standingText(reg, ds, slide, lang),
    notes,
  };
}
