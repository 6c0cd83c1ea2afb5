// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, tableCsv } from './table-csv';

describe('csvCell', () => {
  it('reads the numbers as each language writes them', () => {
    expect(csvCell('92,57\u00a0%', 'vi')).toBe('92.57');
    expect(csvCell('92.57%', 'en')).toBe('92.57');
    expect(csvCell('−2,64', 'vi')).toBe('-2.64');
    expect(csvCell('+0.69', 'en')).toBe('0.69');
    expect(csvCell('±0,00', 'vi')).toBe('0');
    expect(csvCell('100.000', 'vi')).toBe('100000');
    expect(csvCell('2024', 'vi')).toBe('2024');
  });

  it('keeps the rest as the text shown, and a dash as an empty cell', () => {
    expect(csvCell('3/63 (chính thức)', 'vi')).toBe('3/63 (chính thức)');
    expect(csvCell('13,52 / 16', 'vi')).toBe('13,52 / 16');
    // A decimal point in Vietnamese is not a number written the Vietnamese way.
    expect(csvCell('92.5', 'vi')).toBe('92.5');
    expect(csvCell('—', 'en')).toBe('');
    expect(csvCell('=HYPERLINK("x")', 'en')).toBe('\'=HYPERLINK("x")');
  });
});

describe('tableCsv', () => {
  it('writes the head and every row, with a BOM, that Papa Parse reads back', () => {
    document.body.innerHTML = `<table><caption>PAR</caption>
      <thead><tr><th>Năm</th><th>Hạng</th><th>Điểm</th></tr></thead>
      <tbody><tr><th>2024</th><td>3/63 (chính thức)</td><td>92,57</td></tr>
      <tr><th>2023</th><td>—</td><td>91,43</td></tr></tbody></table>`;
    const table = document.querySelector('table');
    if (!table) throw new Error('fixture');
    const csv = tableCsv(table, 'vi');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1).trim()).data).toEqual([
      ['Năm', 'Hạng', 'Điểm'],
      ['2024', '3/63 (chính thức)', '92.57'],
      ['2023', '', '91.43'],
    ]);
  });
});
