// A small registry written inline, for unit tests whose expectations are computed by hand.
import { loadRegistry } from '../../src/domain/bundle';
import { importText } from '../../src/domain/import';
import type { Registry } from '../../src/domain/registry';
import type { Dataset } from '../../src/domain/dataset';
import { issueMessage } from '../../src/shared/issue-messages';

export const MINI_UNITS = `code,name,level,parent_code,valid_from,valid_to
VN,Việt Nam,country,,,
01,Thành phố Hà Nội,province,,,
001,Quận Ba Đình,district,01,,2025-06-30
00001,Phường Phúc Xá,commune,001,,2025-06-30
275,Huyện Quốc Oai,district,01,,2025-06-30
276,Huyện Thạch Thất,district,01,,2025-06-30
09955,Thị trấn Liên Quan,commune,276,,2025-06-30
09958,Xã Đại Đồng,commune,276,,2025-06-30
09961,Xã Cẩm Yên,commune,276,,2025-06-30
09964,Xã Lại Thượng,commune,276,,2025-06-30
09955,Xã Thạch Thất,commune,01,2025-07-01,
`;

export const MINI_INDICATORS = `index,code,parent,name_vi,name_en,max,from_year,to_year
PAR,TOTAL,,Chỉ số CCHC,PAR Index,100,2012,
PAR,D1,TOTAL,Chỉ đạo điều hành,Direction,40,2012,
PAR,D2,TOTAL,Thủ tục hành chính,Procedures,60,2012,
SIPAS,TOTAL,,SIPAS,SIPAS,100,2017,
PAPI,TOTAL,,PAPI,PAPI,60,2011,2017
PAPI,TOTAL,,PAPI,PAPI,80,2018,
PAPI,P1,TOTAL,Tham gia,Participation,10,2011,
PAPI,P7,TOTAL,Quản trị môi trường,Environmental governance,10,2018,
`;

export const MINI_TOPICS = `id,title_vi,title_en,targets,levels,description_vi,description_en,source
T1,Chỉ đạo điều hành,Direction,PAR:D1,,,,test
T2,Một cửa,One-stop shop,PAR:D2,,,,test
T3,Cả hai,Both,PAR:D1;PAR:D2,district,,,test
`;

/**
 * PAR 2024 components of Thạch Thất's four communes (rows of a long scores file, no header):
 * Đại Đồng (09958) has D1 25/40 = 62,5 % against the others' 84,17 %, D2 60/60 = 100 %.
 */
export const MINI_COMPONENTS_2024 = `PAR,2024,09955,D1,36,,
PAR,2024,09955,D2,54,,
PAR,2024,09958,D1,25,,
PAR,2024,09958,D2,60,,
PAR,2024,09961,D1,33,,
PAR,2024,09961,D2,52,,
PAR,2024,09964,D1,32,,
PAR,2024,09964,D2,48,,
`;

export const mini: Registry = loadRegistry({
  units: MINI_UNITS,
  indicators: MINI_INDICATORS,
  topics: MINI_TOPICS,
}).registry;

/** Imports inline CSV against the mini registry and fails loudly if it has errors. */
export function miniDataset(csv: string): Dataset {
  return miniDatasetIn(mini, csv);
}

/** The same, against another small registry. */
export function miniDatasetIn(reg: Registry, csv: string): Dataset {
  const r = importText(csv, reg, { maxYear: 2030 });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.line}: ${issueMessage(i, 'en')}`).join('\n'));
  return r.dataset;
}
