// The typed model every layer shares. Values here have passed validation: codes are strings,
// numbers are numbers or null (never NaN), years are integers.

export type Level = 'country' | 'province' | 'district' | 'commune';
export const LEVELS: readonly Level[] = ['country', 'province', 'district', 'commune'];

export interface Unit {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  /** ISO date, inclusive; null = open-ended. */
  validFrom: string | null;
  validTo: string | null;
}

export type ChangeKind = 'merged' | 'split' | 'renamed' | 'abolished';
export interface UnitChange {
  date: string;
  oldCode: string;
  newCode: string | null;
  kind: ChangeKind;
}

export interface Indicator {
  index: string;
  code: string;
  /** 'TOTAL' for first-level components; null for TOTAL itself. */
  parent: string | null;
  nameVi: string;
  nameEn: string;
  max: number;
  fromYear: number | null;
  toYear: number | null;
}

export interface ScoreRow {
  index: string;
  year: number;
  unitCode: string;
  indicator: string;
  score: number | null;
  max: number | null;
  rank: number | null;
  rankOf: number | null;
  group: string | null;
  source: string;
  note: string | null;
}

export interface Topic {
  id: string;
  titleVi: string;
  titleEn: string;
  /** `INDEX:CODE` pairs. */
  targets: { index: string; code: string }[];
  /** Empty = suits every level. */
  levels: Level[];
  descriptionVi: string;
  descriptionEn: string;
  source: string;
}

export interface MethodVersion {
  index: string;
  fromYear: number;
  toYear: number | null;
  version: string;
  note: string;
  source: string;
}

export const SAMPLE_SOURCE = 'sample';
export const isSample = (row: Pick<ScoreRow, 'source'>): boolean => row.source === SAMPLE_SOURCE;

export type FileKind = 'scores' | 'units' | 'indicators' | 'topics' | 'methods' | 'unit-changes';

/** The columns of a canonical scores file, in order (the data contract's `scores.csv`). */
export const SCORE_COLUMNS = [
  'index',
  'year',
  'unit_code',
  'indicator',
  'score',
  'max',
  'rank',
  'rank_of',
  'group',
  'source',
  'note',
] as const;
