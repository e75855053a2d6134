import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';
import { extractDocument, extractValues } from './extract.js';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { devText as dev } from '../dev-notices.js';

// Round 188 (issue 9): the classes of misses on 19 new dev notices, each scored before these rules.
const deadlines = (text: string, date: string) => extractValues(text, date).deadlines.map((d) => [d.raw, d.date ?? d.kind]);

describe('a multiple of a standard bounded on both ends (multiple band)', () => {
  it.each([
    // 太原 (shanxi-taiyuan-linshijiuzhu.txt)
    ['符合临时救助条件且家庭月人均收入在当地低保标准1倍以上2倍以下、因灾(非自然灾害)或遭遇突发事件的,每次救助标准不超过4000元;', [[1, 2, '倍']]],
    ['符合临时救助条件且家庭月人均收入在当地低保标准2倍以上4倍以下,因灾(非自然灾害)或遭遇突发事件的,每次救助标准不超过3000元;', [[2, 4, '倍']]],
  ])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
  it('valid: a floor alone stays a floor', () => expect(valueRows('单笔消费金额须达到消费券面额5倍及以上。').thresholds).toEqual([[5, undefined, '倍']]));
});

describe('a grant with its span right before it, after a bounded condition (span before grant)', () => {
  // 海曙 (zhejiang-haishu-louyujingji.txt): 经认定,2年内给予…; and the metric past the bracket its bound sat in.
  it('海曙', () => {
    const t = extractValues('新引进的现代服务业企业,租用(租期3年以上)或一次性购买500平方米及以上自用办公用房,且一年内税收达到20万元以上的,经认定,2年内给予50%的物业管理费补助,每家企业当年最高补助额不超过20万元。').thresholds;
    expect(t.map((x) => [x.metric, x.min, x.unit])).toEqual([['租期', 3, '年'], ['一次性购买', 500, '平方米'], ['一年内税收', 200000, '元']]);
  });
  it('valid: a bound with no grant after it is none', () => expect(valueRows('全市新增自用办公用房500平方米以上,经认定,2年内完成。').thresholds).toEqual([]));
});

describe('a span said again in brackets (restated span)', () => {
  it.each([
    // 龙华 (guangdong-longhua-famingzhuanlizizhu.txt)
    ['申请人取得国内发明专利证书后可在一年内(授权公告日起一年内)向深圳市市场和质量监督管理委员会龙华市场监督管理局申请资助:', [['一年内', 'relative']]],
    ['自认定之日起三年内(即认定后三年内)给予奖励。', [['三年内', 'relative']]],
  ])('%s', (s, want) => expect(deadlines(s, '2019-04-08')).toEqual(want));
  it('valid: two different spans stay two', () => expect(deadlines('一年内(延期后两年内)完成。', '2019-04-08')).toHaveLength(2));
});

describe('the year a notice sets its standards for (standards year)', () => {
  it.each([
    // 临江 (jilin-linjiang-dibaotekun.txt)
    ['结合我市实际,现将我市2024年度城乡最低生活保障和特困人员救助供养标准调整如下:', '2024-01-08', [['2024年度', '2024']]],
    ['现将2024年城乡低保标准公布如下:', '2024-01-08', [['2024年', '2024']]],
  ])('%s', (s, date, want) => expect(deadlines(s, date)).toEqual(want));
  it('valid: a year’s standard reported is none', () => expect(deadlines('2019年补助标准是生活补贴80元/人/月。', '2020-05-01')).toEqual([]));
});

describe('a year opening a plan, the whole place’s field of work after it (whole-place stance)', () => {
  // 山东省 交通运输 2025 (shandong-shandongsheng-jiaotongyaodian2025.txt): the paragraph under the page's fields is the text's first, not its title.
  it('山东省: the paragraph is a clause with its year', () => {
    const doc = documentsOfPlainText(dev('shandong-shandongsheng-jiaotongyaodian2025.txt'))[0];
    const first = extractDocument(doc).find((c) => c.text.startsWith('2025年,全省交通运输要'));
    expect(first?.deadlines.map((d) => d.date)).toEqual(['2025']);
  });
  it.each([['2025年,全省交通运输要以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神', [['2025年', '2025']]]])('%s', (s, want) => expect(deadlines(s, '2025-06-27')).toEqual(want));
});
