import { describe, expect, it } from 'vitest';
import { extractValues, noticeDate } from './extract.js';

// A notice date that is no calendar date (a caller's own record, 2023/06/01; a typo, 2023-02-30) used to fail deep in the deadline
// arithmetic with "Invalid time value". extractValues names the bad argument; a document's unusable date is read as none.
describe('a date that is no calendar date (doc date form)', () => {
  it.each(['deadlines', '2023/06/01', '2023-02-30', '2023-13', ''])('extractValues refuses %j with a clear message', (d) => {
    expect(() => extractValues('项目须在3年内完成建设。', d)).toThrow(/docDate must be YYYY, YYYY-MM or YYYY-MM-DD/);
  });
  it.each(['2023', '2023-06', '2024-02-29'])('extractValues takes %s', (d) => {
    expect(extractValues('项目须在3年内完成建设。', d).deadlines.map((x) => x.kind)).toEqual(['relative']);
  });
  it('a document whose date is in another form falls back to its number\'s year', () => {
    expect(noticeDate({ date: '2023/06/01', title: '关于印发实施方案的通知', docNumber: '渝府办发〔2022〕5号' })).toBe('2022');
  });
});
