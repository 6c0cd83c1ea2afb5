// The leader's first screen: the three indices side by side for the unit and year in view —
// score, rank k/N, group, the move since last year, the peers' (or the nation's) mean, and the
// rank's sparkline. Each tile opens its index's view.
import type { Unit } from '../domain/model';
import { indexShortName } from '../domain/indices';
import { rankText, type ScorecardEntry } from '../domain/scorecard';
import { useLang, type Translate } from '../shared/i18n';
import { formatDate, formatPercent, formatSigned } from '../shared/format';
import { formatScore, levelLabel, sourceLink } from '../shared/display';
import { SampleBadge } from './ChartFrame';
import { placesKey } from '../shared/places';

/** The rank over the years as a line, rank 1 at the top; a gap where a year has no rank. */
export function RankSparkline({ history }: { history: ScorecardEntry['history'] }) {
  const W = 120;
  const H = 32;
  const ranked = history.filter((h) => h.rank !== null);
  if (ranked.length < 2) return null;
  const worst = Math.max(...history.map((h) => h.of ?? h.rank ?? 1));
  const x = (i: number) => 4 + (i * (W - 8)) / Math.max(1, history.length - 1);
  const y = (r: number) => 4 + ((r - 1) * (H - 8)) / Math.max(1, worst - 1);
  const runs: string[] = [];
  // A rank with no rank beside it (a year between two gaps) is a dot: a path of one point
  // draws nothing, and the sparkline would hide the year.
  const dots: { cx: number; cy: number }[] = [];
  let run = '';
  let runLength = 0;
  const close = (i: number) => {
    if (runLength > 1) runs.push(run);
    const h = history[i - 1];
    if (runLength === 1 && h?.rank != null) dots.push({ cx: x(i - 1), cy: y(h.rank) });
    run = '';
    runLength = 0;
  };
  history.forEach((h, i) => {
    if (h.rank === null) close(i);
    else {
      run += `${run ? 'L' : 'M'}${x(i).toFixed(1)},${y(h.rank).toFixed(1)}`;
      runLength++;
    }
  });
  close(history.length);
  const lastI = history.length - 1;
  const last = history[lastI];
  return (
    <svg className="sparkline" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {runs.map((d) => (
        <path key={d} d={d} fill="none" stroke="#0072B2" strokeWidth={2.5} />
      ))}
      {dots.map((d) => (
        <circle key={`${d.cx}`} cx={d.cx} cy={d.cy} r={2.5} fill="#0072B2" />
      ))}
      {last?.rank != null && <circle cx={x(lastI)} cy={y(last.rank)} r={3.5} fill="#0072B2" />}
    </svg>
  );
}

function Move({ e, t, lang }: { e: ScorecardEntry; t: Translate; lang: 'vi' | 'en' }) {
  const c = e.change;
  if (!c)
    return (
      <span className="muted">
        {e.newSince ? t('newUnitSince', { date: formatDate(e.newSince) }) : t('noPrevious')}
      </span>
    );
  const places =
    c.places !== null && c.comparable ? (
      <span className={c.places > 0 ? 'up' : c.places < 0 ? 'down' : 'same'}>
        {c.places > 0 ? '▲' : c.places < 0 ? '▼' : '■'}{' '}
        {c.places === 0 ? t('same') : t(placesKey(c.places), { n: Math.abs(c.places) })}
      </span>
    ) : null;
  return (
    <>
      {places}
      {c.points !== null && (
        <span>
          {places ? ', ' : ''}
          {formatSigned(c.points, lang)} {t('points')}
        </span>
      )}
    </>
  );
}

/** Where the figure comes from, and the transcriber's note in the language it was written in. */
function Source({ e, t }: { e: ScorecardEntry; t: Translate }) {
  if (e.sample || (!e.source && !e.note)) return null;
  const link = e.source ? sourceLink(e.source) : null;
  return (
    <p className="tile-source small">
      <span className="muted">{t('source')}:</span>{' '}
      {link ? (
        <a href={link.href} rel="noreferrer noopener" target="_blank">
          {link.host}
        </a>
      ) : (
        e.source || '—'
      )}
      {e.note && (
        <span className="muted">
          {' '}
          — {t('sourceNote')}: <q lang="en">{e.note}</q>
        </span>
      )}
    </p>
  );
}

export function Scorecard({
  entries,
  unit,
  year,
  current,
  onOpen,
  big = false,
}: {
  /** From `scorecard()` in domain/scorecard.ts. */
  entries: readonly ScorecardEntry[];
  unit: Unit;
  year: number;
  /** The index in view (its tile is marked). */
  current?: string;
  /** Opens an index's view; without it the tiles are not links (a slide). */
  onOpen?: (index: string) => void;
  big?: boolean;
}) {
  const { t, lang } = useLang();
  return (
    <section
      className={`scorecard${big ? ' scorecard-big' : ''}`}
      aria-label={t('scorecardTitle', { unit: unit.name, year })}
    >
      {!big && (
        <h2 className="scorecard-title">{t('scorecardTitle', { unit: unit.name, year })}</h2>
      )}
      <ul className="scorecard-tiles">
        {entries.map((e) => {
          const name = indexShortName(e.index);
          const head = onOpen ? (
            <a
              href={`?index=${e.index}&year=${year}&unit=${unit.code}&lang=${lang}`}
              onClick={(ev) => {
                ev.preventDefault();
                onOpen(e.index);
              }}
              aria-current={current === e.index ? 'true' : undefined}
            >
              {name}
            </a>
          ) : (
            name
          );
          return (
            <li
              key={e.index}
              className={`tile${current === e.index ? ' tile-current' : ''}`}
              data-index={e.index}
            >
              <article aria-label={`${unit.name} — ${e.index} ${year}`}>
                <h3 className="tile-name">
                  {head} {e.sample && <SampleBadge />}
                </h3>
                {!e.present || e.score === null ? (
                  <p className="muted">
                    {e.measured
                      ? e.components.known > 0
                        ? t('noTotal', { index: name, year, ...e.components })
                        : t('noFigure', { index: name, year })
                      : t('notMeasured', {
                          index: name,
                          // Inside a sentence: "không có cho quận/huyện", "not a district".
                          level: levelLabel(unit.level, t).toLocaleLowerCase(
                            lang === 'vi' ? 'vi-VN' : 'en-GB',
                          ),
                        })}
                  </p>
                ) : (
                  <dl>
                    <dt>{t('score')}</dt>
                    <dd className="tile-score" data-testid="score">
                      {formatScore(e.score, e.max, lang)}
                    </dd>
                    <dt>{t('rank')}</dt>
                    <dd>
                      {e.rank ? (
                        <>
                          <strong data-testid="rank">{rankText(e.rank)}</strong>{' '}
                          <span className="muted">
                            ({e.rank.kind === 'official' ? t('official') : t('computed')}
                            {e.rankInRegistry !== null &&
                              `, ${t('computedAmong', { withData: e.rank.of ?? 0, inRegistry: e.rankInRegistry })}`}
                            )
                          </span>
                        </>
                      ) : (
                        '—'
                      )}
                    </dd>
                    {e.group !== null && (
                      <>
                        <dt>{e.index === 'PAPI' ? t('papiGroup') : t('group')}</dt>
                        <dd>{e.group}</dd>
                      </>
                    )}
                    <dt>{t('change', { year: year - 1 })}</dt>
                    <dd>
                      <Move e={e} t={t} lang={lang} />
                    </dd>
                    {e.referencePct !== null && (
                      <>
                        <dt>{e.reference === 'national' ? t('national') : t('peerAverage')}</dt>
                        <dd>{formatPercent(e.referencePct, lang)}</dd>
                      </>
                    )}
                  </dl>
                )}
                {e.history.filter((h) => h.rank !== null).length >= 2 && (
                  <p className="tile-spark">
                    <RankSparkline history={e.history} />
                    <span className="visually-hidden">
                      {t('rankHistory')}:{' '}
                      {e.history
                        .filter((h) => h.rank !== null)
                        .map((h) => `${h.year}: ${h.rank}${h.of ? `/${h.of}` : ''}`)
                        .join('; ')}
                    </span>
                    <span className="muted small" aria-hidden="true">
                      {e.history[0]?.year}–{e.history.at(-1)?.year}
                    </span>
                  </p>
                )}
                {!big && <Source e={e} t={t} />}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
