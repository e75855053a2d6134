import { describe, expect, it } from 'vitest';
import { STAMP_LINE, TIMED_STAMP, TIMED_STAMP_END } from './stamps.js';

// One pattern for a page's time stamp, read by the cleaner and the metadata reader alike (the lines are real page heads of the dev half).
describe('a page’s time stamp (stamps.ts)', () => {
  it.each([
    ['2017-08-15 13:07', true],
    ['2019/6/10 14:36:55', true],
    ['2023年3月2日 09:30', true],
    ['２０２３－０２－２０ １５：３８', true],
    // (海曙: the view count and the notice's status after it)
    ['2017-04-23 3750次 已失效', true],
    ['2023年3月2日', true],
    ['2023年3月2日印发', false],
    ['发布时间:2022-07-04', false],
  ])('%s alone on its line: %s', (line, want) => expect(STAMP_LINE.test(line)).toBe(want));
  it.each([
    ['作者:来源:郑州晚报时间:2022-06-09 09:00:31', true],
    ['发布时间:2022-07-04', false],
  ])('%s ends in a timed stamp: %s', (line, want) => expect(TIMED_STAMP_END.test(line)).toBe(want));
  it('a date with its time run into the text gives the date', () => {
    expect(TIMED_STAMP.exec('关于印发若干政策》2019-07-26 10:15为切实')?.[1]).toBe('2019-07-26');
    expect(TIMED_STAMP.exec('共12019-07-26 10:15')).toBeNull();
  });
});
