// The leader's scorecard as data: for a unit and a year, each index's score, rank "k/N",
// group, move since the year before, the peers' mean, and the rank's history for a sparkline.
// The view draws what this returns; nothing here knows about React or a language.

import { changeSincePreviousYear, rankAmongPeers, totalOf, type YearChange } from './analysis';
import { isSample, type Unit } from './model';
import { lookup, type Dataset } from './dataset';
import { componentsIn, type Registry } from './registry';
import { unitHasYear, unitYears } from './lineage';
import { unitOverTime, type YearPoint } from './series';
import { indexFacts, MAIN_INDICES } from './indices';

export interface RankLabel {
  rank: number;
  /** N of "k/N"; null when an official rank was published without it. */
  of: number | null;
  kind: 'official' | 'computed';
}

/** "3/63", "5/?" (official rank without N). */
export const rankText = (r: RankLabel): string => `${r.rank}/${r.of ?? '?'}`;

export interface ScorecardEntry {
  index: string;
  year: number;
  /** False: no figure for this unit, index and year (the card says so). */
  present: boolean;
  /** False: the publisher does not measure units of this level (PAPI and a commune). */
  measured: boolean;
  /** Sub-indices with a figure that year, of the index's: a year may have some without a total. */
  components: { known: number; of: number };
  score: number | null;
  max: number;
  /** Score as % of max. */
  pct: number | null;
  rank: RankLabel | null;
  /**
   * A computed rank's peers in the registry (of whom `rank.of` have data): "among 20 with data /
   * 23 in the registry" says what the rank is taken among. Null for an official rank.
   */
  rankInRegistry: number | null;
  group: string | null;
  change: YearChange | null;
  /**
   * What the unit is compared with, as % of max: the mean of its peers (the unit excluded) for a
   * district or commune, the published national mean for a province.
   */
  referencePct: number | null;
  reference: 'peers' | 'national' | null;
  /** Ranks of the unit's own years, oldest first, for the sparkline (gaps as null). */
  history: { year: number; rank: number | null; of: number | null }[];
  sample: boolean;
  source: string | null;
  /** The transcriber's note on the figure, in the language it was written in (English). */
  note: string | null;
  /**
   * The unit began after the previous year (a 2025 commune): there is no "last year" to compare
   * with, which is not the same as a missing figure. The date it began, else null.
   */
  newSince: string | null;
}

const pointRank = (p: YearPoint) => ({ year: p.year, rank: p.rank, of: p.rankOf });

export function scorecard(
  reg: Registry,
  ds: Dataset,
  unit: Unit,
  year: number,
  indices: readonly string[] = MAIN_INDICES,
): ScorecardEntry[] {
  return indices.map((index): ScorecardEntry => {
    const ref = { index, indicator: 'TOTAL', year };
    const total = totalOf(reg, ds, index, year, unit.code);
    const years = unitYears(reg, ds, index, unit).filter((y) => y <= year);
    const points = years.length > 0 ? unitOverTime(reg, ds, index, unit, years) : [];
    const here = points.find((p) => p.year === year);
    const r = total ? rankAmongPeers(reg, ds, ref, unit.code) : null;
    const score = total?.row.score ?? null;
    const components = componentsIn(reg, index, year);
    return {
      index,
      year,
      present: total !== null,
      measured: total !== null || (indexFacts(index)?.levels.includes(unit.level) ?? true),
      components: {
        known: components.filter((c) => lookup(ds, index, c.code, year, unit.code)?.score != null)
          .length,
        of: components.length,
      },
      score,
      max: total?.max ?? 100,
      pct: total && score !== null ? (score / total.max) * 100 : null,
      rank: r
        ? { rank: r.rank, of: r.kind === 'official' ? r.of : r.withData, kind: r.kind }
        : null,
      rankInRegistry: r?.kind === 'computed' ? r.inRegistry : null,
      group: total?.row.group ?? null,
      change: total ? changeSincePreviousYear(reg, ds, ref, unit.code) : null,
      referencePct: here?.peerPct ?? here?.nationalPct ?? null,
      reference: here?.peerPct != null ? 'peers' : here?.nationalPct != null ? 'national' : null,
      history: points.map(pointRank),
      sample: total ? isSample(total.row) : false,
      source: total?.row.source || null,
      note: total?.row.note || null,
      newSince: unit.validFrom !== null && !unitHasYear(unit, year - 1) ? unit.validFrom : null,
    };
  });
}
