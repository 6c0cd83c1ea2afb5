// The weak components of an index for a unit and year, against its peers, and the training
// topics that target them. Used by the sub-indices section and the slides, so it loads with them,
// not with the first view.

import { mayCompute, peerScores } from './analysis';
import { lookup, type Dataset } from './dataset';
import { isSample, type Indicator, type Level, type ScoreRow, type Topic } from './model';
import {
  componentsIn,
  indicatorIn,
  methodIn,
  peersInRegistry,
  unitIn,
  type Registry,
} from './registry';
import { sameUnit } from './lineage';
import type { Selection } from './series';
import type { Insight } from './insight';

export interface ComponentStanding {
  indicator: Indicator;
  score: number;
  max: number;
  /** score / max, 0…1. */
  share: number;
  /** Mean share of the peers (unit excluded) with a score; null without peers. */
  peerShare: number | null;
  peerCount: number;
  /** National share where the data has a `VN` value. */
  nationalShare: number | null;
  /** peerShare − share, in share units (0.09 = 9 percentage points); null without peers. */
  gap: number | null;
  /**
   * The same component's share a year earlier, for the same unit under the same method; null
   * when there is none (no figure, another unit under the code, or the method changed).
   */
  previousShare: number | null;
  weak: boolean;
  sample: boolean;
}

const shareOf = (row: ScoreRow, ind: Indicator): number | null =>
  row.score === null ? null : row.score / (row.max ?? ind.max);

/** Each component of the index for the unit and year, as a share of its max, against its peers. */
export function componentStandings(
  reg: Registry,
  ds: Dataset,
  index: string,
  year: number,
  unitCode: string,
): ComponentStanding[] {
  const unit = unitIn(reg, unitCode, year);
  if (!unit) return [];
  // Last year compares only for the same unit (codes are reused) under the same method.
  const before = unitIn(reg, unitCode, year - 1);
  const lastYearCompares =
    before !== undefined &&
    sameUnit(before, unit) &&
    methodIn(reg, index, year)?.version === methodIn(reg, index, year - 1)?.version;
  const out: ComponentStanding[] = [];
  for (const ind of componentsIn(reg, index, year)) {
    const row = lookup(ds, index, ind.code, year, unitCode);
    if (!row || row.score === null) continue;
    const share = shareOf(row, ind) ?? 0;
    const withScore = peerScores(reg, ds, { index, indicator: ind.code, year }, unit);
    const complete = mayCompute(unit, withScore.length, peersInRegistry(reg, unit, year).length);
    const peerShares = (complete ? withScore : [])
      .filter((p) => p.unit.code !== unitCode)
      .map((p) => shareOf(p.row, ind))
      .filter((s): s is number => s !== null);
    const peerShare =
      peerShares.length > 0 ? peerShares.reduce((a, b) => a + b, 0) / peerShares.length : null;
    const nat = lookup(ds, index, ind.code, year, 'VN');
    const prevRow = lastYearCompares ? lookup(ds, index, ind.code, year - 1, unitCode) : undefined;
    const prevInd = prevRow ? indicatorIn(reg, index, ind.code, year - 1) : undefined;
    out.push({
      indicator: ind,
      score: row.score,
      max: row.max ?? ind.max,
      share,
      peerShare,
      peerCount: peerShares.length,
      nationalShare: nat ? shareOf(nat, ind) : null,
      gap: peerShare === null ? null : peerShare - share,
      previousShare: prevRow && prevInd ? shareOf(prevRow, prevInd) : null,
      weak: false,
      sample: isSample(row),
    });
  }
  return out;
}

/** How many components are called weak when there are no peers to compare with. */
export const WEAKEST_WITHOUT_PEERS = 3;

/**
 * Without peers, a component is weak only as one of the unit's own lowest: that needs at least two
 * components with a figure, and at least half of the index's. Hà Nội's SIPAS 2021 has one of five
 * elements; calling it "among the lowest" would be a claim the data cannot make.
 */
export function canRankOwnComponents(known: number, of: number): boolean {
  return known >= 2 && known * 2 >= of;
}

/**
 * Weak components: below the peer average, largest gap first. Without peers (Hà Nội has no other
 * province in the data), the lowest shares of max, lowest first, never all of them: at most
 * WEAKEST_WITHOUT_PEERS and always fewer than the components known; none when too few are known
 * (`componentCount`: how many components the index has that year).
 */
export function weakComponents(
  standings: readonly ComponentStanding[],
  componentCount: number = standings.length,
): ComponentStanding[] {
  const withPeers = standings.filter((s) => s.gap !== null);
  if (withPeers.length > 0) {
    return withPeers
      .filter((s) => (s.gap ?? 0) > 0)
      .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
      .map((s) => ({ ...s, weak: true }));
  }
  if (!canRankOwnComponents(standings.length, componentCount)) return [];
  return [...standings]
    .sort((a, b) => a.share - b.share)
    .slice(0, Math.min(WEAKEST_WITHOUT_PEERS, standings.length - 1))
    .map((s) => ({ ...s, weak: true }));
}

export interface TopicSuggestion {
  topic: Topic;
  /** The weak components it targets, largest gap first. */
  addresses: ComponentStanding[];
  /** What orders the list: the largest gap addressed (or 1 − share without peers). */
  weight: number;
  /** Why it is proposed ('topic-reason'); shared/insight-messages.ts says it. */
  reason: Insight;
}

/** Percentage points as they will be said: whole numbers. */
const points = (share: number): number => Math.round(share * 100);

/**
 * Why a component is weak, as meaning: below its peers by so many points, about level with
 * them (a gap that rounds to 0), or, without peers, among the unit's own lowest.
 */
export function weaknessOf(s: ComponentStanding, level: Level): Insight {
  const indicator = {
    code: s.indicator.code,
    nameVi: s.indicator.nameVi,
    nameEn: s.indicator.nameEn,
  };
  const sharePct = points(s.share);
  if (s.gap === null) return { code: 'weak-lowest', params: { indicator, sharePct } };
  const gapPct = points(s.gap);
  // Decided on the gap as it will be said: never "0 points below".
  return gapPct === 0
    ? { code: 'weak-about-peers', params: { indicator, sharePct, level } }
    : { code: 'weak-below-peers', params: { indicator, sharePct, gapPct, level } };
}

/** The largest gaps named; the rest counted, so a broad topic's reason stays readable. */
const REASON_PARTS = 2;

/**
 * Topics that target at least one weak component and suit the unit's level, ordered by the largest
 * gap they address; each says why it is proposed.
 */
export function topicsForWeakComponents(
  topics: readonly Topic[],
  weak: readonly ComponentStanding[],
  index: string,
  level: Level,
): TopicSuggestion[] {
  const out: TopicSuggestion[] = [];
  for (const topic of topics) {
    if (topic.levels.length > 0 && !topic.levels.includes(level)) continue;
    const addresses = weak.filter((w) =>
      topic.targets.some((t) => t.index === index && t.code === w.indicator.code),
    );
    if (addresses.length === 0) continue;
    const weightOf = (w: ComponentStanding): number => w.gap ?? 1 - w.share;
    const weight = Math.max(...addresses.map(weightOf));
    out.push({
      topic,
      addresses,
      weight,
      reason: {
        code: 'topic-reason',
        params: {
          parts: addresses.slice(0, REASON_PARTS).map((a) => weaknessOf(a, level)),
          more: Math.max(0, addresses.length - REASON_PARTS),
        },
      },
    });
  }
  return out.sort((a, b) => b.weight - a.weight || a.topic.id.localeCompare(b.topic.id));
}

export interface ComponentsView {
  standings: ComponentStanding[];
  weak: ComponentStanding[];
  /**
   * Set when no weakness can be said: no peers to compare with and too few of the index's
   * components have a figure (`known` of `of`).
   */
  tooFew: { known: number; of: number } | null;
}

export function componentsView(reg: Registry, ds: Dataset, sel: Selection): ComponentsView {
  const standings = componentStandings(reg, ds, sel.index, sel.year, sel.unitCode);
  const of = componentsIn(reg, sel.index, sel.year).length;
  const weak = weakComponents(standings, of);
  const weakCodes = new Set(weak.map((w) => w.indicator.code));
  const comparable = standings.some((s) => s.gap !== null);
  return {
    standings: standings.map((s) => ({ ...s, weak: weakCodes.has(s.indicator.code) })),
    weak,
    tooFew:
      !comparable && standings.length > 0 && !canRankOwnComponents(standings.length, of)
        ? { known: standings.length, of }
        : null,
  };
}
