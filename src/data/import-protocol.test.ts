import { describe, expect, it } from 'vitest';
import {
  handleImport,
  isImportRequest,
  isWorkerReply,
  type ImportRequest,
  type WorkerReply,
} from './import-protocol';
import { MINI_INDICATORS, MINI_UNITS } from '../../tests/support/mini';

const request = (csv: string): ImportRequest => ({
  type: 'import',
  id: 7,
  name: 'x.csv',
  bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer,
  options: { maxYear: 2030 },
  registry: { units: MINI_UNITS, indicators: MINI_INDICATORS },
});

describe('the import worker protocol', () => {
  it('reports progress, then the result', () => {
    const replies: WorkerReply[] = [];
    handleImport(request('index,year,unit_code,score\nPAR,2024,01,92.57\n'), (r) =>
      replies.push(r),
    );
    expect(replies.map((r) => r.type)).toEqual(['progress', 'done']);
    const done = replies[1];
    expect(done?.type === 'done' && done.result.dataset.rows[0]?.score).toBe(92.57);
    expect(replies.every((r) => r.id === 7)).toBe(true);
  });

  it('answers a bad file with issues, not a failure', () => {
    const replies: WorkerReply[] = [];
    handleImport(request('index,year,unit_code,score\nPAR,2024,01,abc\n'), (r) => replies.push(r));
    const done = replies.at(-1);
    expect(done?.type === 'done' && done.result.issues.map((i) => [i.code, i.line])).toEqual([
      ['bad-number', 2],
    ]);
  });

  it('accepts only well-formed messages', () => {
    expect(isImportRequest(request('a'))).toBe(true);
    expect(isImportRequest({ type: 'import', id: '7' })).toBe(false);
    expect(isWorkerReply({ type: 'progress', id: 1, fraction: 0.5 })).toBe(true);
    expect(isWorkerReply({ type: 'done', id: 1 })).toBe(false);
    expect(isWorkerReply('done')).toBe(false);
  });
});
