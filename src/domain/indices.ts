// What the dashboard knows of each index, in one table: how it is named, what its total is
// out of, and how its publisher ranks (PAR Index and SIPAS publish ranks 1..N; PAPI publishes
// quartile groups, and its ranks come from listed order or the press).

import type { Level } from './model';

export interface IndexFacts {
  id: string;
  /** The name on a button or a slide title. */
  short: string;
  nameVi: string;
  nameEn: string;
  /** The total's maximum when a row or the indicator table does not say (PAPI: 60 until 2017). */
  defaultMax: number;
  /** What the publisher ranks by: places, or groups (a PAPI quartile) with places from order. */
  ranking: 'places' | 'groups';
  /** The levels the publisher measures (PAPI surveys provinces only). */
  levels: readonly Level[];
}

export const INDEX_FACTS: readonly IndexFacts[] = [
  {
    id: 'PAR',
    short: 'PAR Index',
    nameVi: 'Chỉ số cải cách hành chính',
    nameEn: 'Public Administration Reform Index',
    defaultMax: 100,
    ranking: 'places',
    levels: ['province', 'district', 'commune'],
  },
  {
    id: 'SIPAS',
    short: 'SIPAS',
    nameVi: 'Chỉ số hài lòng về sự phục vụ hành chính',
    nameEn: 'Satisfaction Index of Public Administrative Services',
    defaultMax: 100,
    ranking: 'places',
    levels: ['province', 'district', 'commune'],
  },
  {
    id: 'PAPI',
    short: 'PAPI',
    nameVi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh',
    nameEn: 'Provincial Governance and Public Administration Performance Index',
    defaultMax: 80,
    ranking: 'groups',
    levels: ['province'],
  },
];

/** The three indices, in the order a leader reads them. */
export const MAIN_INDICES: readonly string[] = INDEX_FACTS.map((f) => f.id);

export const indexFacts = (id: string): IndexFacts | undefined =>
  INDEX_FACTS.find((f) => f.id === id);

/** "PAR Index", "SIPAS", "PAPI"; another index's id as it is. */
export const indexShortName = (id: string): string => indexFacts(id)?.short ?? id;
