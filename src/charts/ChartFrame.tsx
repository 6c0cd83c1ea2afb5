// Every chart sits in the same frame: a title, a subtitle (unit, index, year, source), the
// sample-data badge when any value is sample, the chart itself (described for screen readers)
// and a table with the same numbers.

import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createTipStore, tipKeyDown, TipProvider } from './PointTip';
import type { ImageSize } from './export-image';
import { downloadBlob } from '../shared/download';
import { LangProvider, useLang } from '../shared/i18n';

export function SampleBadge() {
  const { t } = useLang();
  return (
    <span className="badge badge-sample" title={t('sampleLong')}>
      {t('sample')}
    </span>
  );
}

export function ChartFrame({
  title,
  subtitle,
  sample,
  description,
  table,
  notes,
  source,
  interactive = false,
  children,
}: {
  title: string;
  subtitle: string;
  sample: boolean;
  /** What the chart shows, in words, for people who cannot see it. */
  description: string;
  table: ReactNode;
  notes?: ReactNode;
  /** The source line for exported images. */
  source?: string;
  /**
   * The chart has its own focusable parts (the map's units): the body is a named group, not one
   * image with a tooltip driven from the frame.
   */
  interactive?: boolean;
  children: ReactNode;
}) {
  const { t, lang } = useLang();
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const [tip] = useState(createTipStore);
  useLayoutEffect(() => {
    tip.attach(body.current);
    return () => tip.attach(null);
  }, [tip]);
  const exportImage = async (format: 'png' | 'svg', size: ImageSize) => {
    const figure = body.current?.closest('figure');
    if (!figure) return;
    const date = new Date().toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB');
    // Image export is loaded on first use: it is not part of looking at the charts.
    const [
      { composeSvg, fileSafe, svgToPng, tableLines },
      { embeddedFontCss },
      { renderForExport },
    ] = await Promise.all([
      import('./export-image'),
      import('./embedded-fonts'),
      import('./export-render'),
    ]);
    const drawn = await renderForExport(<LangProvider lang={lang}>{children}</LangProvider>, size);
    const fontCss = await embeddedFontCss();
    let doc: string;
    try {
      doc = composeSvg(
        drawn.el,
        {
          title,
          subtitle,
          sample: sample ? t('sampleLong') : null,
          footer: `${t('source')}: ${source ?? '—'} · ${date}`,
          fontCss,
        },
        size,
        // An A4 handout has room for the numbers under the chart.
        size === 'a4' ? tableLines(figure) : [],
      );
    } finally {
      drawn.done();
    }
    const name = `${fileSafe(`${title}-${subtitle}`)}-${size === 'hd' ? '1920x1080' : 'a4'}`;
    if (format === 'svg') downloadBlob(`${name}.svg`, new Blob([doc], { type: 'image/svg+xml' }));
    else downloadBlob(`${name}.png`, await svgToPng(doc, size));
  };
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>
          {title} {sample && <SampleBadge />}
        </h3>
        <p className="chart-subtitle">{subtitle}</p>
      </div>
      <div
        className="chart-body"
        ref={body}
        {...(interactive
          ? { role: 'group', 'aria-label': description }
          : {
              role: 'img',
              'aria-label': description,
              tabIndex: 0,
              onKeyDown: tipKeyDown(tip),
              onBlur: () => tip.set(null),
              onMouseLeave: () => tip.set(null),
            })}
      >
        <TipProvider value={tip}>{children}</TipProvider>
      </div>
      {notes}
      <div className="chart-export" role="group" aria-label={t('exportImage')}>
        <button type="button" onClick={() => void exportImage('png', 'hd')}>
          PNG 1920×1080
        </button>
        <button type="button" onClick={() => void exportImage('png', 'a4')}>
          PNG A4
        </button>
        <button type="button" onClick={() => void exportImage('svg', 'hd')}>
          SVG
        </button>
      </div>
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
