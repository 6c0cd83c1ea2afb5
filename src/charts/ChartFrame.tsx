// Every chart sits in the same frame: a title, a subtitle (unit, index, year, source), the
// sample-data badge when any value is sample, the chart itself (described for screen readers)
// and a table with the same numbers.

import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createTipStore, tipKeyDown, TipProvider } from './PointTip';
import type { ImageSize } from './export-image';
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
  // What the copy-link button said, for the address it copied: after a move to another view the
  // message is about a link that is no longer this chart's, and is not shown.
  const [copied, setCopied] = useState<{ href: string; text: string } | null>(null);
  useLayoutEffect(() => {
    tip.attach(body.current);
    return () => tip.attach(null);
  }, [tip]);
  // Exports are loaded on first use: they are not part of looking at the charts.
  const figure = () => body.current?.closest('figure') ?? null;
  const exportImage = (format: 'png' | 'svg', size: ImageSize) => {
    const el = figure();
    if (!el) return;
    const meta = {
      title,
      subtitle,
      sample: sample ? t('sampleLong') : null,
      source: `${t('source')}: ${source ?? '—'}`,
      lang,
    };
    void import('./chart-actions').then((a) =>
      a.exportChartImage(
        el,
        <LangProvider lang={lang}>{children}</LangProvider>,
        meta,
        format,
        size,
      ),
    );
  };
  const downloadCsv = () => {
    const el = figure();
    if (el)
      void import('./chart-actions').then((a) => a.downloadTableCsv(el, title, subtitle, lang));
  };
  // The address already holds the view (index, unit, year, map): it is the chart's link. An
  // intranet page over http has no clipboard API; then the link is shown to copy by hand.
  const copyLink = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setCopied({ href, text: t('linkCopied') });
    } catch {
      setCopied({ href, text: `${t('linkToCopy')}: ${href}` });
    }
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
        <button type="button" onClick={() => exportImage('png', 'hd')}>
          PNG 1920×1080
        </button>
        <button type="button" onClick={() => exportImage('png', 'a4')}>
          PNG A4
        </button>
        <button type="button" onClick={() => exportImage('svg', 'hd')}>
          SVG
        </button>
        <button type="button" onClick={downloadCsv}>
          CSV
        </button>
        <button type="button" onClick={() => void copyLink()}>
          {t('copyLink')}
        </button>
        <span className="chart-copied small" role="status">
          {copied?.href === window.location.href ? copied.text : null}
        </span>
      </div>
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
