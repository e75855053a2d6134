import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// Round 199 (issue 9): a start whose day lost its 日, and the days a survey covers as a count's basis.
const deadlines = (text: string, day = '2024-09-01') => deadlinePairs(text, day);

describe('a start whose day is written without 日 before 起 is that day (day without 日)', () => {
  it('遂宁 (sichuan-suining-laonianrenmianfeigongjiao.txt)', () =>
    expect(deadlines('经相关部门批准,决定自2024年10月1起,在遂宁市主城区实施60岁及以上老年人免费乘坐公交车优待政策。')).toEqual([['自2024年10月1起', '2024-10-01']]));
  it('valid: a month\'s start stays a month', () => expect(deadlines('从2024年7月起,全面实施。')).toEqual([['从2024年7月起', '2024-07']]));
});

describe('the days a survey covers, taken as a count\'s basis, are no limit (survey basis)', () => {
  it('昌宁 (yunnan-changning-pengaizhengshou.txt): the move-out day stays', () =>
    expect(deadlines('以2015年5月7日至2015年5月21日的入户调查结果为计户认定依据,在2016年10月31日及以前腾房的给予5万元/户的奖励;', '2016-04-26')).toEqual([['在2016年10月31日', '2016-10-31']]));
});
