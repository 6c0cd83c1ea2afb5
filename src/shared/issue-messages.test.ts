import { describe, expect, it } from 'vitest';
import { issueMessage } from './issue-messages';
import { issue } from '../domain/issues';
import { importBytes, importText } from '../domain/import';
import { mini } from '../../tests/support/mini';

describe('issue messages', () => {
  it('write numbers as each language writes them', () => {
    const i = issue('error', 'score-out-of-range', 4, {
      score: 105.5,
      max: 100,
      index: 'PAR',
      indicator: 'TOTAL',
    });
    expect(issueMessage(i, 'vi')).toBe('Điểm 105,5 nằm ngoài khoảng 0–100 của PAR TOTAL.');
    expect(issueMessage(i, 'en')).toBe('Score 105.5 is outside 0–100 for PAR TOTAL.');
    const wide = issue('error', 'field-count', 7, { found: 100_000, expected: 5 });
    expect(issueMessage(wide, 'vi')).toMatch(/^Dòng 7 có 100\.000 ô, tiêu đề có 5\./);
    expect(issueMessage(wide, 'en')).toMatch(/^Line 7 has 100,000 fields, the header has 5\./);
  });

  it('say how to fix a decimal comma read as a delimiter', () => {
    const r = importText('index,year,unit_code,score\nPAR,2022,001,87,26\n', mini, {
      maxYear: 2030,
    });
    const [i] = r.issues;
    expect(i && issueMessage(i, 'vi')).toBe(
      'Dòng 2 có 5 ô, tiêu đề có 4. Có vẻ số "87,26" (cột 4) bị tách làm hai ở dấu phẩy thập phân: hãy lưu tệp với dấu chấm phẩy (;) hoặc đặt số trong ngoặc kép ("87,26").',
    );
  });

  it('list the known indices for an unknown one', () => {
    const r = importText('index,year,unit_code,score\nPCI,2022,01,63\n', mini, { maxYear: 2030 });
    const [i] = r.issues;
    expect(i && issueMessage(i, 'vi')).toContain('các chỉ số đã biết: PAR; SIPAS; PAPI');
  });
});

describe('the encoding chosen in the preview', () => {
  it('is the one the bytes are read with', () => {
    const bytes = new TextEncoder().encode('unit_code,year,index,score\n01,2024,PAR,92.57\n');
    expect(importBytes(bytes, mini, { maxYear: 2030 }).encoding).toBe('utf-8');
    const forced = importBytes(bytes, mini, { maxYear: 2030, encoding: 'utf-16le' });
    expect(forced.encoding).toBe('utf-16le');
    expect(forced.ok).toBe(false);
  });
});
