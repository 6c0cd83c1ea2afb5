import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from './import';
import { lookup } from './dataset';
import { mini } from '../../tests/support/mini';

const imp = (csv: string, opts: Parameters<typeof importText>[2] = {}): ImportResult =>
  importText(csv, mini, { maxYear: 2030, ...opts });
const codes = (r: ImportResult): [string, number, number | null][] =>
  r.issues.map((i) => [i.code, i.line, i.column]);
const only = (r: ImportResult) =>
  r.dataset.rows.map((x) => [x.index, x.year, x.unitCode, x.indicator, x.score]);

describe('importText: scores, long layout', () => {
  it('reads the canonical form', () => {
    const r = imp(
      'index,year,unit_code,indicator,score,max,rank,rank_of,group,source,note\nPAR,2024,01,TOTAL,92.57,100,3,63,A,https://x,\n',
    );
    expect(r.ok).toBe(true);
    expect(r.kind).toBe('scores');
    expect(r.layout).toBe('long');
    expect(r.dataset.rows).toEqual([
      {
        index: 'PAR',
        year: 2024,
        unitCode: '01',
        indicator: 'TOTAL',
        score: 92.57,
        max: 100,
        rank: 3,
        rankOf: 63,
        group: 'A',
        source: 'https://x',
        note: null,
      },
    ]);
  });

  it('defaults the indicator to TOTAL', () => {
    expect(only(imp('index,year,unit_code,score\nPAR,2024,01,92.57\n'))).toEqual([
      ['PAR', 2024, '01', 'TOTAL', 92.57],
    ]);
  });

  it('accepts Vietnamese headers with any case and spacing', () => {
    const r = imp(
      'Mã ĐVHC;NĂM;Chỉ  số;Điểm;Xếp hạng;Nguồn;Ghi chú\n01;2024;PAR;92,57;3;báo cáo;\n',
    );
    expect(r.ok).toBe(true);
    expect(r.delimiter).toBe(';');
    expect(lookup(r.dataset, 'PAR', 'TOTAL', 2024, '01')).toMatchObject({
      score: 92.57,
      rank: 3,
      source: 'báo cáo',
    });
  });

  it('reads headers with a unit in brackets, a line break or other common names', () => {
    const r = imp(
      'STT;Tên xã, thị trấn;"Mã ĐVHC\n(5 số)";Năm;Chỉ số;Điểm (%);Xếp hạng (1-23)\n1;Xã Đại Đồng;09958;2024;PAR;88,5;4\n',
    );
    expect(r.issues).toEqual([]);
    expect(lookup(r.dataset, 'PAR', 'TOTAL', 2024, '09958')).toMatchObject({
      score: 88.5,
      rank: 4,
    });
  });

  it('reads decimal commas and percentages', () => {
    const r = imp('index;year;unit_code;score\nPAR;2023;01;91,43%\nPAR;2024;01;92.57\n');
    expect(only(r).map((x) => x[4])).toEqual([91.43, 92.57]);
  });

  it('treats placeholders as no value, never 0', () => {
    const r = imp(
      'index,year,unit_code,score,rank,rank_of\nPAR,2016,01,-,3,63\nPAR,2017,01,#N/A,2,63\n',
    );
    expect(r.dataset.rows.map((x) => [x.score, x.rank])).toEqual([
      [null, 3],
      [null, 2],
    ]);
  });

  it('skips a row with neither score nor rank, with a warning', () => {
    const r = imp('index,year,unit_code,score\nPAR,2023,01,N/A\nPAR,2024,01,92.57\n');
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual([['empty-row', 2, 4]]);
    expect(r.dataset.rows).toHaveLength(1);
  });

  it('reports a cell that is not a number', () => {
    const r = imp('index,year,unit_code,score\nPAR,2024,01,abc\n');
    expect(codes(r)).toEqual([['bad-number', 2, 4]]);
  });

  it('restores leading zeros Excel removed when one unit matches, with a warning', () => {
    const r = imp('index,year,unit_code,score\nPAR,2024,9958,80\n');
    expect(r.ok).toBe(true);
    expect(r.dataset.rows[0]?.unitCode).toBe('09958');
    expect(codes(r)).toEqual([['code-restored', 2, 3]]);
  });

  it('refuses a stripped code that several units could have', () => {
    const r = imp('index,year,unit_code,score\nPAR,2024,1,80\n');
    expect(codes(r)).toEqual([['ambiguous-unit', 2, 3]]);
    expect(r.issues[0]?.params.candidates).toContain('01 Thành phố Hà Nội');
    expect(r.issues[0]?.params.candidates).toContain('001 Quận Ba Đình (Thành phố Hà Nội)');
    expect(r.issues[0]?.params.candidates).toContain('00001 Phường Phúc Xá (Quận Ba Đình)');
  });

  it('refuses codes in scientific notation', () => {
    const r = imp('index;year;unit_code;score\nPAR;2024;9,96E+03;80\n');
    expect(codes(r)).toEqual([['scientific-code', 2, 3]]);
  });

  it('resolves a reused code by year: 09955 is Liên Quan in 2024 and Xã Thạch Thất in 2025', () => {
    const r = imp('index,year,unit_code,score\nPAR,2024,09955,80\nPAR,2025,09955,85\n');
    expect(r.ok).toBe(true);
    expect(only(r)).toEqual([
      ['PAR', 2024, '09955', 'TOTAL', 80],
      ['PAR', 2025, '09955', 'TOTAL', 85],
    ]);
  });

  it('refuses a unit that does not exist that year (276 in 2025)', () => {
    expect(codes(imp('index,year,unit_code,score\nPAR,2025,276,80\n'))).toEqual([
      ['unknown-unit', 2, 3],
    ]);
  });

  it('accepts a unit by unambiguous name, with or without its prefix', () => {
    const r = imp('Tên đơn vị;Năm;Chỉ số;Điểm\nXã Đại Đồng;2024;PAR;80\nCẩm Yên;2024;PAR;81\n');
    expect(only(r).map((x) => x[2])).toEqual(['09958', '09961']);
  });

  it('refuses an indicator outside its years (PAPI P7 before 2018)', () => {
    const r = imp('index,year,unit_code,indicator,score\nPAPI,2017,01,P7,3\nPAPI,2018,01,P7,3\n');
    expect(codes(r)).toEqual([['unknown-indicator', 2, 4]]);
    expect(r.dataset.rows).toHaveLength(1);
  });

  it('refuses an index that indicators.csv does not define', () => {
    expect(codes(imp('index,year,unit_code,score\nPCI,2024,01,70\n'))).toEqual([
      ['unknown-index', 2, 1],
    ]);
  });

  it('refuses a score above the max', () => {
    expect(codes(imp('index,year,unit_code,indicator,score\nPAR,2024,01,D1,41\n'))).toEqual([
      ['score-out-of-range', 2, 5],
    ]);
  });

  it('lets a row max override the indicator max', () => {
    expect(imp('index,year,unit_code,indicator,score,max\nPAR,2024,01,D1,45,50\n').ok).toBe(true);
  });

  it('refuses a rank outside 1…rank_of', () => {
    expect(codes(imp('index,year,unit_code,score,rank,rank_of\nPAR,2024,01,90,64,63\n'))).toEqual([
      ['rank-out-of-range', 2, 5],
    ]);
  });

  it('refuses impossible years', () => {
    const r = imp('index,year,unit_code,score\nPAR,1899,01,90\nPAR,2031,01,90\nPAR,20x4,01,90\n');
    expect(codes(r).map((c) => c[0])).toEqual(['bad-year', 'bad-year', 'bad-year']);
  });

  it('refuses duplicate keys, naming both lines', () => {
    const r = imp('index,year,unit_code,score\nPAR,2024,01,90\nPAR,2023,01,89\nPAR,2024,01,91\n');
    expect(codes(r)).toEqual([['duplicate-key', 4, null]]);
    expect(r.issues[0]?.params.previousLine).toBe(2);
    expect(lookup(r.dataset, 'PAR', 'TOTAL', 2024, '01')?.score).toBe(90);
  });

  it('warns when components do not add up to the total', () => {
    const r = imp(
      'index,year,unit_code,indicator,score\nPAR,2024,01,TOTAL,90\nPAR,2024,01,D1,35\nPAR,2024,01,D2,50\n',
    );
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual([['components-sum', 2, null]]);
  });

  it('drops summary rows with a warning', () => {
    const r = imp(
      'Mã ĐVHC;Tên đơn vị;Năm;Chỉ số;Điểm\n09958;Xã Đại Đồng;2024;PAR;80\n;Tổng cộng;2024;PAR;160\n;Trung bình;2024;PAR;80\n',
    );
    expect(codes(r)).toEqual([
      ['summary-row', 3, null],
      ['summary-row', 4, null],
    ]);
    expect(r.dataset.rows).toHaveLength(1);
  });

  it('warns about a column it does not know and ignores it', () => {
    const r = imp('index,year,unit_code,score,người nhập\nPAR,2024,01,90,Lan\n');
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual([['unknown-column', 1, 5]]);
  });

  it('reports every problem, not just the first', () => {
    const r = imp(
      'index,year,unit_code,score\nPAR,2024,99999,90\nPAR,2024,01,120\nPAR,2024,09958,abc\n',
    );
    expect(codes(r).map((c) => [c[0], c[1]])).toEqual([
      ['unknown-unit', 2],
      ['score-out-of-range', 3],
      ['bad-number', 4],
    ]);
  });

  it('refuses a footnote line below the table: it has fewer fields than the header', () => {
    const r = imp('index,year,unit_code,score\nPAR,2024,01,90\nNguồn: Bộ Nội vụ\n');
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([['field-count', 3, null]]);
    expect(r.issues[0]?.params).toEqual({ found: 1, expected: 4 });
  });
});

describe('importText: scores, wide layout', () => {
  it('turns one row per unit into one value per indicator, index from D-codes', () => {
    const r = imp(
      'Mã ĐVHC;Tên đơn vị;Năm;D1;D2;Tổng điểm;Xếp hạng\n09958;Xã Đại Đồng;2024;30,5;50;80,5;2\n',
    );
    expect(r.layout).toBe('wide');
    expect(r.ok).toBe(true);
    expect(r.dataset.rows.map((x) => [x.indicator, x.score, x.rank])).toEqual([
      ['D1', 30.5, null],
      ['D2', 50, null],
      ['TOTAL', 80.5, 2],
    ]);
  });

  it('takes the index chosen for the file when headers do not say it', () => {
    const r = imp('Mã ĐVHC;Năm;Tổng điểm\n09958;2024;80\n', { index: 'SIPAS' });
    expect(only(r)).toEqual([['SIPAS', 2024, '09958', 'TOTAL', 80]]);
  });

  it('asks for the index when nothing says it', () => {
    const r = imp('Mã ĐVHC;Năm;Tổng điểm\n09958;2024;80\n');
    expect(codes(r)).toEqual([['missing-column', 1, null]]);
  });

  it('matches indicator columns by name', () => {
    const r = imp('Mã ĐVHC;Năm;Chỉ đạo điều hành;Thủ tục hành chính\n09958;2024;30;50\n', {
      index: 'PAR',
    });
    expect(r.dataset.rows.map((x) => x.indicator)).toEqual(['D1', 'D2']);
  });

  it('takes the year chosen for the file when there is no year column', () => {
    const r = imp('Mã ĐVHC;PAR D1;PAR D2\n09958;30;50\n', { year: 2023 });
    expect(r.dataset.rows.map((x) => [x.year, x.indicator])).toEqual([
      [2023, 'D1'],
      [2023, 'D2'],
    ]);
  });

  it('follows a layout chosen by the user', () => {
    const r = imp('Mã ĐVHC;Năm;Chỉ số;Điểm\n09958;2024;PAR;80\n', { layout: 'wide' });
    expect(r.layout).toBe('wide');
    expect(only(r)).toEqual([['PAR', 2024, '09958', 'TOTAL', 80]]);
  });

  it('leaves empty cells out and skips a row with no value', () => {
    const r = imp('Mã ĐVHC;Năm;D1;D2\n09958;2024;30;-\n09961;2024;;\n');
    expect(r.dataset.rows.map((x) => [x.unitCode, x.indicator])).toEqual([['09958', 'D1']]);
    expect(codes(r)).toEqual([['empty-row', 3, null]]);
  });
});

describe('importText: registry files', () => {
  it('detects and reads a units file', () => {
    const r = importText(
      'code,name,level,parent_code,valid_from,valid_to\n01,Hà Nội,province,,,\n',
      mini,
    );
    expect(r.kind).toBe('units');
    expect(r.tables.units).toEqual([
      {
        code: '01',
        name: 'Hà Nội',
        level: 'province',
        parentCode: null,
        validFrom: null,
        validTo: null,
      },
    ]);
  });

  it('refuses a bad level and a bad date with their lines', () => {
    const r = importText(
      'code,name,level,parent_code,valid_from,valid_to\n01,Hà Nội,city,,,\n02,X,province,,2025-13-01,\n',
      mini,
    );
    expect(codes(r)).toEqual([
      ['bad-level', 2, 3],
      ['bad-date', 3, 5],
    ]);
  });

  it('refuses overlapping validity of a reused code', () => {
    const r = importText(
      'code,name,level,parent_code,valid_from,valid_to\n09956,A,commune,,,2025-06-30\n09956,B,commune,,2025-06-01,\n',
      mini,
    );
    expect(codes(r)).toEqual([['overlapping-validity', 3, null]]);
  });

  it('refuses a unit that the registry has, differently, for an overlapping period', () => {
    const r = importText(
      'code,name,level,parent_code,valid_from,valid_to\n09955,Thị trấn Liên Quan,commune,276,,2025-06-30\n09958,Xã Khác,commune,276,,2025-06-30\n',
      mini,
    );
    expect(codes(r)).toEqual([['overlapping-validity', 3, null]]);
    expect(r.issues[0]?.params).toEqual({ code: '09958', registryName: 'Xã Đại Đồng' });
  });

  it('refuses a topic targeting an indicator that does not exist', () => {
    const r = importText(
      'id,title_vi,title_en,targets,levels,description_vi,description_en,source\nT9,X,X,PAR:D9,,,,\n',
      mini,
    );
    expect(r.kind).toBe('topics');
    expect(codes(r)).toEqual([['unknown-target', 2, null]]);
  });
});

describe('importText never throws', () => {
  it('answers odd input with issues', () => {
    for (const text of ['', '\u0000\u0001', '"', 'a;b\n"', ',,,\n,,,']) {
      expect(() => imp(text)).not.toThrow();
    }
  });
});
