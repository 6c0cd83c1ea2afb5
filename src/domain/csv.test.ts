import { describe, expect, it } from 'vitest';
import { readTable, splitLine, type Table } from './csv';

const records = (t: Table): { line: number; cells: string[] }[] => {
  const out: { line: number; cells: string[] }[] = [];
  // A final newline yields one empty record; consumers skip blank records.
  t.forEachRecord((cells, line) => {
    if (cells.join('') !== '') out.push({ cells, line });
  });
  return out;
};

// A header is recognised when two cells look like column names.
const known = new Set(['ma', 'nam', 'diem', 'ghi chu', 'code', 'year', 'score', 'note']);
const score = (cells: string[]): number =>
  cells.filter((c) =>
    known.has(
      c
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd')
        .toLowerCase()
        .trim(),
    ),
  ).length;

describe('readTable', () => {
  it('takes ";" from the header even when data lines are full of decimal commas', () => {
    const r = readTable('Mã;Năm;Điểm\n01;2024;92,57\n276;2024;90,1\n', score);
    expect(r.ok && r.table.delimiter).toBe(';');
    expect(r.ok && records(r.table).map((x) => x.cells)).toEqual([
      ['01', '2024', '92,57'],
      ['276', '2024', '90,1'],
    ]);
  });

  it('takes a tab delimiter', () => {
    const r = readTable('code\tyear\tscore\n01\t2024\t92.57\n', score);
    expect(r.ok && r.table.delimiter).toBe('\t');
  });

  it('keeps codes as strings', () => {
    const r = readTable('code,year\n01,2024\n', score);
    expect(r.ok && records(r.table)[0]?.cells[0]).toBe('01');
  });

  it('finds the header below title rows and says so', () => {
    const r = readTable('BẢNG TỔNG HỢP CHỈ SỐ CCHC\nNăm 2024\nMã;Năm;Điểm\n01;2024;92,57\n', score);
    expect(r.ok && r.table.headerLine).toBe(3);
    expect(r.ok && records(r.table)[0]?.line).toBe(4);
    expect(r.ok && r.table.issues.map((i) => i.code)).toEqual(['title-rows']);
  });

  it('counts physical lines: a note spanning three lines moves the next record by three', () => {
    const text = 'code,year,note\n01,2023,"line one\nline two\nline three"\n01,2024,x\n';
    const r = readTable(text, score);
    expect(r.ok && records(r.table).map((x) => x.line)).toEqual([2, 5]);
  });

  it('reads a header whose cell was wrapped in Excel (a quoted line break)', () => {
    const r = readTable('Mã;"Năm\r\n(dương lịch)";Điểm\r\n01;2024;92,57\r\n', score);
    expect(r.ok && r.table.header).toEqual(['Mã', 'Năm\n(dương lịch)', 'Điểm']);
    expect(r.ok && records(r.table)).toEqual([{ line: 3, cells: ['01', '2024', '92,57'] }]);
  });

  it('counts CRLF line endings once', () => {
    const r = readTable('code,year\r\n01,2023\r\n01,2024\r\n', score);
    expect(
      r.ok &&
        records(r.table)
          .slice(0, 2)
          .map((x) => x.line),
    ).toEqual([2, 3]);
  });

  it('reports a file without a recognisable header', () => {
    const r = readTable('foo,bar\n1,2\n', score);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('no-header');
  });

  it('reports an unclosed quote at the line of its record', () => {
    const r = readTable('code,year,note\n01,2023,ok\n01,2024,"unclosed\n', score);
    expect(
      r.ok && r.table.forEachRecord(() => undefined).issues.map((i) => [i.code, i.line]),
    ).toEqual([['csv-syntax', 3]]);
  });
});

describe('splitLine', () => {
  it('honours quotes', () => {
    expect(splitLine('"a;b";c;"d ""e"""', ';')).toEqual(['a;b', 'c', 'd "e"']);
  });
});
