// Derived answers, as pure functions of the registry and the dataset: a unit's rank, its move since
// last year, its peers' average, its weak components and the training topics that target them.

import { lookup, seriesRows, type Dataset } from './dataset';
import {
  isSample,
  type Indicator,
  type Level,
  type ScoreRow,
  type Topic,
  type Unit,
} from './model';
import { componentsIn, indicatorIn, peersInRegistry, unitIn, type Registry } from './registry';

export interface SeriesRef {
  index: string;
  indicator: string;
  year: number;
}

/**
 * A rank, with the peer group it was taken in (`group`): two ranks compare only within one group
 * ("3/63" of 2024 and "2/34" of 2025 are places in different rankings).
 */
export type RankResult =
  | { kind: 'official'; rank: number; of: number | null; group: string }
  | {
      kind: 'computed';
      rank: number;
      group: string;
      /** Peers (the unit included) with a score in the data. */
      withData: number;
      /** Peers (the unit included) in the registry that year. */
      inRegistry: number;
    };

/** Scores of the unit's registry peers for a series, the unit included (only those with a score). */
export function peerScores(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unit: Unit,
): { unit: Unit; row: ScoreRow; score: number }[] {
  const rows = seriesRows(ds, ref.index, ref.indicator, ref.year);
  const out: { unit: Unit; row: ScoreRow; score: number }[] = [];
  for (const peer of peersInRegistry(reg, unit, ref.year)) {
    const row = rows.get(peer.code);
    if (row && row.score !== null) out.push({ unit: peer, row, score: row.score });
  }
  return out;
}

/**
 * Competition ranking ("1224"): higher score first, ties share the best rank.
 * `competitionRank([90, 85, 85, 80], 85)` → 2.
 */
export function competitionRank(scores: readonly number[], score: number): number {
  let higher = 0;
  for (const s of scores) if (s > score) higher++;
  return higher + 1;
}

/**
 * The unit's rank for a series: the official rank when the data has one, otherwise the rank among
 * its registry peers (same level, same parent, same year) that have a score. A computed rank never
 * replaces an official one, and needs at least two peers with a score.
 */
export function rankAmongPeers(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unitCode: string,
): RankResult | null {
  const row = lookup(ds, ref.index, ref.indicator, ref.year, unitCode);
  if (!row) return null;
  if (row.rank !== null) {
    return {
      kind: 'official',
      rank: row.rank,
      of: row.rankOf,
      group: `official:${row.rankOf ?? '?'}`,
    };
  }
  if (row.score === null) return null;
  const unit = unitIn(reg, unitCode, ref.year);
  if (!unit) return null;
  const peers = peerScores(reg, ds, ref, unit);
  // Ranked against nobody, a unit is not "first": no computed rank without a second peer.
  if (peers.length < 2) return null;
  const inRegistry = peersInRegistry(reg, unit, ref.year).length;
  if (!mayCompute(unit, peers.length, inRegistry)) return null;
  return {
    kind: 'computed',
    rank: competitionRank(
      peers.map((p) => p.score),
      row.score,
    ),
    withData: peers.length,
    inRegistry,
    group: `${unit.level}:${unit.parentCode ?? ''}:${inRegistry}`,
  };
}

/**
 * Provinces are ranked by the ministries and UNDP; the published figures we hold cover only some
 * of them, so a rank among the provinces that happen to have a figure would be a made-up rank.
 * Among provinces a rank is computed only when every one of them has a score.
 */
function mayCompute(unit: Unit, withData: number, inRegistry: number): boolean {
  return unit.level !== 'province' || withData >= inRegistry;
}

export interface RankedPeer {
  unit: Unit;
  row: ScoreRow;
  score: number | null;
  /** Official, or computed among peers; null where it may not be computed (provinces). */
  rank: number | null;
  official: boolean;
}

/**
 * Every peer with a figure for a series, best first (the ranking table and the bump chart):
 * official ranks as published, otherwise computed among the peers with a score (see
 * `mayCompute`); peers without a rank last.
 */
export function peerRanking(reg: Registry, ds: Dataset, ref: SeriesRef, unit: Unit): RankedPeer[] {
  const rows = seriesRows(ds, ref.index, ref.indicator, ref.year);
  const inRegistry = peersInRegistry(reg, unit, ref.year);
  const peers = inRegistry
    .map((u) => ({ unit: u, row: rows.get(u.code) }))
    .filter((p): p is { unit: Unit; row: ScoreRow } => p.row !== undefined)
    .filter((p) => p.row.score !== null || p.row.rank !== null);
  const scores = peers.map((p) => p.row.score).filter((s): s is number => s !== null);
  const compute = mayCompute(unit, scores.length, inRegistry.length);
  return peers
    .map((p) => ({
      unit: p.unit,
      row: p.row,
      score: p.row.score,
      rank:
        p.row.rank ??
        (compute && p.row.score !== null ? competitionRank(scores, p.row.score) : null),
      official: p.row.rank !== null,
    }))
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        (b.score ?? -Infinity) - (a.score ?? -Infinity) ||
        a.unit.code.localeCompare(b.unit.code),
    );
}

export interface YearChange {
  previousYear: number;
  /** Score now minus score then; null when either is missing. */
  points: number | null;
  /** Places gained (positive = moved up); null when either rank is missing. */
  places: number | null;
  /**
   * False when the two ranks come from different peer groups (another kind of ranking, another
   * parent, another number of units): a move in places would mean nothing.
   */
  comparable: boolean;
}

export function changeSincePreviousYear(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unitCode: string,
): YearChange | null {
  const prevRef = { ...ref, year: ref.year - 1 };
  // A reused code is another unit in the year before: there is no "previous year" of this unit.
  const unitNow = unitIn(reg, unitCode, ref.year);
  const unitThen = unitIn(reg, unitCode, prevRef.year);
  if (!unitNow || !unitThen || unitNow.validFrom !== unitThen.validFrom) return null;
  const now = lookup(ds, ref.index, ref.indicator, ref.year, unitCode);
  const then = lookup(ds, prevRef.index, prevRef.indicator, prevRef.year, unitCode);
  if (!now || !then) return null;
  const points =
    now.score !== null && then.score !== null ? round(now.score - then.score, 4) : null;
  const rNow = rankAmongPeers(reg, ds, ref, unitCode);
  const rThen = rankAmongPeers(reg, ds, prevRef, unitCode);
  const places = rNow && rThen ? rThen.rank - rNow.rank : null;
  const sizeOf = (r: RankResult): number | null => (r.kind === 'official' ? r.of : r.withData);
  const comparable =
    !!rNow &&
    !!rThen &&
    rNow.group === rThen.group &&
    rNow.kind === rThen.kind &&
    sizeOf(rNow) === sizeOf(rThen);
  return { previousYear: prevRef.year, points, places, comparable };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Mean score of the unit's peers that have one (the unit itself excluded). */
export function peerAverage(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unitCode: string,
): { mean: number; count: number } | null {
  const unit = unitIn(reg, unitCode, ref.year);
  if (!unit) return null;
  const withScore = peerScores(reg, ds, ref, unit);
  // The mean of the provinces that happen to have a published figure (mostly the best and the
  // worst) is no average of the provinces.
  if (!mayCompute(unit, withScore.length, peersInRegistry(reg, unit, ref.year).length)) return null;
  const others = withScore.filter((p) => p.unit.code !== unitCode);
  if (others.length === 0) return null;
  const mean = others.reduce((s, p) => s + p.score, 0) / others.length;
  return { mean, count: others.length };
}

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
    out.push({
      indicator: ind,
      score: row.score,
      max: row.max ?? ind.max,
      share,
      peerShare,
      peerCount: peerShares.length,
      nationalShare: nat ? shareOf(nat, ind) : null,
      gap: peerShare === null ? null : peerShare - share,
      weak: false,
      sample: isSample(row),
    });
  }
  return out;
}

/** How many components are called weak when there are no peers to compare with. */
export const WEAKEST_WITHOUT_PEERS = 3;

/**
 * Weak components: below the peer average, largest gap first. Without peers (Hà Nội has no other
 * province in the data), the lowest shares of max, lowest first.
 */
export function weakComponents(standings: readonly ComponentStanding[]): ComponentStanding[] {
  const withPeers = standings.filter((s) => s.gap !== null);
  if (withPeers.length > 0) {
    return withPeers
      .filter((s) => (s.gap ?? 0) > 0)
      .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
      .map((s) => ({ ...s, weak: true }));
  }
  return [...standings]
    .sort((a, b) => a.share - b.share)
    .slice(0, WEAKEST_WITHOUT_PEERS)
    .map((s) => ({ ...s, weak: true }));
}

export interface TopicSuggestion {
  topic: Topic;
  /** The weak components it targets, largest gap first. */
  addresses: ComponentStanding[];
  /** What orders the list: the largest gap addressed (or 1 − share without peers). */
  weight: number;
  reasonVi: string;
  reasonEn: string;
}

// Intl.NumberFormat is slow to construct: one per language.
const PCT = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
const pct = (x: number, lang: 'vi' | 'en'): string => PCT[lang].format(x * 100);

const LEVEL_VI: Record<Level, string> = {
  country: 'cả nước',
  province: 'các tỉnh',
  district: 'các quận, huyện',
  commune: 'các xã',
};
const LEVEL_EN: Record<Level, string> = {
  country: 'the country',
  province: 'the provinces',
  district: 'the districts',
  commune: 'the communes',
};

/** "D8 Tác động của CCHC: 61 % điểm tối đa, thấp hơn 9 điểm % so với trung bình các xã". */
export function describeWeakness(s: ComponentStanding, level: Level, lang: 'vi' | 'en'): string {
  const name = lang === 'vi' ? s.indicator.nameVi : s.indicator.nameEn || s.indicator.nameVi;
  if (s.gap !== null) {
    const gap = pct(s.gap, lang);
    // Decided on the unrounded gap, said after rounding: never "0 points below".
    if (gap === '0')
      return lang === 'vi'
        ? `${s.indicator.code} ${name}: ${pct(s.share, 'vi')} % điểm tối đa, xấp xỉ trung bình ${LEVEL_VI[level]} cùng cấp`
        : `${s.indicator.code} ${name}: ${pct(s.share, 'en')}% of max, about the average of ${LEVEL_EN[level]} at the same level`;
    return lang === 'vi'
      ? `${s.indicator.code} ${name}: ${pct(s.share, 'vi')} % điểm tối đa, thấp hơn ${gap} điểm % so với trung bình ${LEVEL_VI[level]} cùng cấp`
      : `${s.indicator.code} ${name}: ${pct(s.share, 'en')}% of max, ${gap} points below the average of ${LEVEL_EN[level]} at the same level`;
  }
  return lang === 'vi'
    ? `${s.indicator.code} ${name}: ${pct(s.share, 'vi')} % điểm tối đa, thuộc nhóm thấp nhất của đơn vị`
    : `${s.indicator.code} ${name}: ${pct(s.share, 'en')}% of max, among the unit's lowest`;
}

/** The largest gaps in words; the rest counted, so a broad topic's reason stays readable. */
const REASON_PARTS = 2;
function named(addresses: readonly ComponentStanding[], level: Level, lang: 'vi' | 'en'): string {
  const shown = addresses.slice(0, REASON_PARTS).map((a) => describeWeakness(a, level, lang));
  const more = addresses.length - shown.length;
  if (more > 0) {
    shown.push(
      lang === 'vi' ? `và ${more} thành phần yếu khác` : `and ${more} other weak component(s)`,
    );
  }
  return shown.join('; ');
}

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
      reasonVi: `Nhắm vào ${named(addresses, level, 'vi')}.`,
      reasonEn: `Targets ${named(addresses, level, 'en')}.`,
    });
  }
  return out.sort((a, b) => b.weight - a.weight || a.topic.id.localeCompare(b.topic.id));
}

/** The index's total for a unit and year, with the max that applies. */
export function totalOf(
  reg: Registry,
  ds: Dataset,
  index: string,
  year: number,
  unitCode: string,
): { row: ScoreRow; max: number } | null {
  const row = lookup(ds, index, 'TOTAL', year, unitCode);
  if (!row) return null;
  const ind = indicatorIn(reg, index, 'TOTAL', year);
  return { row, max: row.max ?? ind?.max ?? 100 };
}
