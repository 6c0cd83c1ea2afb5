// Every chart sits in the same frame: a title, a subtitle (unit, index, year, source), the
// sample-data badge when any value is sample, the chart itself (described for screen readers)
// and a table with the same numbers.

import { useId, type ReactNode } from 'react';
import { useLang } from '../shared/i18n';

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
  children,
}: {
  title: string;
  subtitle: string;
  sample: boolean;
  /** What the chart shows, in words, for people who cannot see it. */
  description: string;
  table: ReactNode;
  notes?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useLang();
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>
          {title} {sample && <SampleBadge />}
        </h3>
        <p className="chart-subtitle">{subtitle}</p>
      </div>
      <div className="chart-body" role="img" aria-label={description} tabIndex={0}>
        {children}
      </div>
      {notes}
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
