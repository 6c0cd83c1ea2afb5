// One card per level: the unit, then the units above it (commune → district → Hà Nội).

import {
  changeSincePreviousYear,
  peerAverage,
  rankAmongPeers,
  totalOf,
} from '../../domain/analysis';
import type { Bundle } from '../../domain/bundle';
import { lookup } from '../../domain/dataset';
import { isSample, type Unit } from '../../domain/model';
import { SampleBadge } from '../../charts/ChartFrame';
import { useLang } from '../../shared/i18n';
import { formatDate, formatNumber, formatSigned } from '../../shared/format';
import { sourceLink } from './labels';
import { formatScore, levelLabel } from '../../shared/display';
import { unitHasYear } from '../../domain/lineage';
import { placesKey } from '../../shared/places';

export function SummaryCard({
  bundle,
  unit,
  index,
  year,
  main,
}: {
  bundle: Bundle;
  unit: Unit;
  index: string;
  year: number;
  main: boolean;
}) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const ref = { index, indicator: 'TOTAL', year };
  const total = totalOf(reg, ds, index, year, unit.code);
  const rank = rankAmongPeers(reg, ds, ref, unit.code);
  const change = changeSincePreviousYear(reg, ds, ref, unit.code);
  const nat = lookup(ds, index, 'TOTAL', year, 'VN');
  const peers = unit.level === 'province' ? null : peerAverage(reg, ds, ref, unit.code);
  const link = total ? sourceLink(total.row.source) : null;
  const Heading = main ? 'h2' : 'h3';
  return (
    <article
      className={`card${main ? ' card-main' : ''}`}
      aria-label={`${unit.name} — ${index} ${year}`}
    >
      <Heading className="card-title">
        {unit.name} {total && isSample(total.row) && <SampleBadge />}
      </Heading>
      <p className="card-level">
        {levelLabel(unit.level, t)} · {index} · {t('year')} {year}
      </p>
      {!total ? (
        <p className="muted">{t('noData')}</p>
      ) : (
        <>
          <p className="card-score">
            <span className="label">{t('score')}</span>{' '}
            <strong data-testid="score">
              {total.row.score === null ? '—' : formatScore(total.row.score, total.max, lang)}
            </strong>
          </p>
          {rank && (
            <p className="card-rank">
              <span className="label">{t('rank')}</span>{' '}
              <strong data-testid="rank">
                {rank.kind === 'official'
                  ? `${rank.rank}/${rank.of ?? '?'}`
                  : `${rank.rank}/${rank.withData}`}
              </strong>{' '}
              <span className={`rank-kind rank-${rank.kind}`}>
                {rank.kind === 'official'
                  ? `(${t('official')})`
                  : `(${t('computed')}, ${t('computedAmong', { withData: rank.withData, inRegistry: rank.inRegistry })})`}
              </span>
            </p>
          )}
          <p className="card-change">
            {change ? (
              <>
                <span className="label">{t('change', { year: change.previousYear })}:</span>{' '}
                {change.places !== null && change.comparable && (
                  <span className={change.places > 0 ? 'up' : change.places < 0 ? 'down' : 'same'}>
                    {change.places > 0 ? '▲' : change.places < 0 ? '▼' : '■'}{' '}
                    {change.places === 0
                      ? t('same')
                      : t(placesKey(change.places), { n: Math.abs(change.places) })}
                  </span>
                )}
                {change.points !== null && (
                  <span>
                    {change.places !== null && change.comparable ? ', ' : ''}
                    {formatSigned(change.points, lang)} {t('points')}
                  </span>
                )}
                {!change.comparable && change.places !== null && (
                  <span className="muted">
                    {change.points !== null ? '; ' : ''}
                    {t('places')}: {t('notComparable')}
                  </span>
                )}
              </>
            ) : unit.validFrom !== null && !unitHasYear(unit, year - 1) ? (
              <span className="muted">
                {t('newUnitSince', { date: formatDate(unit.validFrom) })}
              </span>
            ) : (
              <span className="muted">{t('noPrevious')}</span>
            )}
          </p>
          {total.row.group !== null && (
            <p>
              <span className="label">{index === 'PAPI' ? t('papiGroup') : t('group')}:</span>{' '}
              <strong>{total.row.group}</strong>
            </p>
          )}
          {/* The national mean is a mean of provinces: a district or commune is compared with
              its own peers (the mean of the units under the same parent) instead. */}
          {unit.level === 'province' && nat?.score != null && (
            <p>
              <span className="label">{t('national')}:</span>{' '}
              {formatScore(nat.score, nat.max ?? total.max, lang)}
            </p>
          )}
          {peers && (
            <p>
              <span className="label">{t('peerAverage')}:</span>{' '}
              {formatScore(peers.mean, total.max, lang)}
            </p>
          )}
          <p className="card-source">
            <span className="label">{t('source')}:</span>{' '}
            {isSample(total.row) ? (
              t('sampleLong')
            ) : link ? (
              <a href={link.href} rel="noreferrer noopener" target="_blank">
                {link.host}
              </a>
            ) : (
              total.row.source || '—'
            )}
            {total.row.note && (
              // The data's notes are its transcriber's words, in English: said as such.
              <span className="muted small card-note">
                {' '}
                — {t('sourceNote')}: <q lang="en">{total.row.note}</q>
              </span>
            )}
          </p>
        </>
      )}
      {main && total?.row.score != null && total.max !== 100 && (
        <p className="muted small">
          {formatNumber((total.row.score / total.max) * 100, lang, 1)} % / max
        </p>
      )}
    </article>
  );
}
