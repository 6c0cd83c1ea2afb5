// What the buttons under a chart do, loaded on first use: the chart as a PNG or SVG image (drawn
// again in the projector's type at the image's size, with its legend, source and date) and the
// numbers of its table as CSV.
import type { ReactNode } from 'react';
import { composeSvg, fileSafe, svgToPng, tableLines, type ImageSize } from './export-image';
import { embeddedFontCss } from './embedded-fonts';
import { renderForExport } from './export-render';
import { tableCsv } from './table-csv';
import { downloadBlob } from '../shared/download';
import type { Lang } from '../shared/i18n';

export interface ChartMeta {
  title: string;
  subtitle: string;
  /** The sample-data line, when any value is sample. */
  sample: string | null;
  /** "Nguồn: …" (the date is added here). */
  source: string;
  lang: Lang;
}

export async function exportChartImage(
  figure: Element,
  chart: ReactNode,
  meta: ChartMeta,
  format: 'png' | 'svg',
  size: ImageSize,
): Promise<void> {
  const date = new Date().toLocaleDateString(meta.lang === 'vi' ? 'vi-VN' : 'en-GB');
  const drawn = await renderForExport(chart, size);
  const fontCss = await embeddedFontCss();
  let doc: string;
  try {
    doc = composeSvg(
      drawn.el,
      {
        title: meta.title,
        subtitle: meta.subtitle,
        sample: meta.sample,
        footer: `${meta.source} · ${date}`,
        fontCss,
      },
      size,
      // An A4 handout has room for the numbers under the chart.
      size === 'a4' ? tableLines(figure) : [],
    );
  } finally {
    drawn.done();
  }
  const name = `${fileSafe(`${meta.title}-${meta.subtitle}`)}-${size === 'hd' ? '1920x1080' : 'a4'}`;
  if (format === 'svg') downloadBlob(`${name}.svg`, new Blob([doc], { type: 'image/svg+xml' }));
  else downloadBlob(`${name}.png`, await svgToPng(doc, size));
}

/** The chart's table as a CSV file named after the chart. */
export function downloadTableCsv(
  figure: Element,
  title: string,
  subtitle: string,
  lang: Lang,
): void {
  const table = figure.querySelector('.chart-table table');
  if (!(table instanceof HTMLTableElement)) return;
  downloadBlob(
    `${fileSafe(`${title}-${subtitle}`)}.csv`,
    new Blob([tableCsv(table, lang)], { type: 'text/csv' }),
  );
}
