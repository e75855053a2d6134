import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findMoney } from './money.js';

// Money written without 元 (奖励10万, 投资1亿以上, 1亿~5亿): many county notices write it so. Found by rewriting the dev half's
// 万元/亿元 as 万/亿 (labels alike): amounts fell from 1.000 to 0.884 and thresholds to 0.749. The sentences below are dev
// sentences so rewritten (file named), and one the Chongqing corpus writes so itself; the counts (万人, 万吨, 万平方米) stay counts.
const sums = (t: string) => findMoney(t).map((m) => (m.yuanMax !== undefined ? [m.yuan, m.yuanMax, m.unit] : [m.yuan, m.unit]));
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('a bare 万/亿 sum is money where a money metric names it or a grant holds it (bare sums)', () => {
  const valid: [string, string, (number | string)[][]][] = [
    ['corpus 001 (重庆, as written)', '企业上年度营业收入在1000万以上；', [[10000000, '元']]],
    ['潮州 (guangdong-chaozhou-gongyejingji.txt)', '对投资额达5亿以上的工业项目,由市政府主要领导挂钩服务', [[500000000, '元']]],
    ['贵阳 (guizhou-guiyang-ruanjian.txt): a list, the last before 的企业', '对年度营业收入首次突破500万、2000万、5000万、1亿、5亿的企业,分别给予10万、20万、30万、50万、80万的一次性奖励。', [[5000000, '元'], [20000000, '元'], [50000000, '元'], [100000000, '元'], [500000000, '元'], [100000, '元'], [200000, '元'], [300000, '元'], [500000, '元'], [800000, '元']]],
    ['新乡高新区 (henan-xinxianggaoxinqu-zhaoshang.txt): a range', '首期完成固定资产投资额1亿~5亿(含5亿)且资金到期为18个月内的制造业项目', [[100000000, 500000000, '元'], [500000000, '元']]],
    ['宜昌 (hubei-yichang-kaimenhong.txt): a range with 至', '新增产值5000万至1亿(不含)奖励5万', [[50000000, 100000000, '元'], [50000, '元']]],
    ['洪雅 (sichuan-hongya-zhaoshang.txt): a span', '投资额在1亿以上5亿以下,引荐的乡镇或部门年终目标考核加4分', [[100000000, '元'], [500000000, '元']]],
    ['贵阳: a cap before the money noun', '按照当年实际融资到位资金的5%给予最高不超过100万资金支持。', [[1000000, '元']]],
    ['宜宾 (sichuan-yibin-gongyejingji.txt): a cap alone', '以上两项单户企业累计最高不超过800万', [[8000000, '元']]],
    ['文宿 (xinjiang-wensu-zhaoshang.txt): per 亩', '新建工业项目固定资产投资强度不低于100万/亩', [[1000000, '元/亩']]],
    ['李沧 (shandong-licang-louyujingji.txt): a range before 资金', '经认定后,给予20—100万资金补助', [[200000, 1000000, '元']]],
    ['伊吾 (xinjiang-yiwu-zhaoshangjiangli.txt): 人民币 without 元 ends a range', '1001万—2000万人民币(含2000万)的按3.2‰奖励', [[10010000, 20000000, '元'], [20000000, '元']]],
  ];
  it.each(valid)('%s: %s', (_name, text, expected) => expect(sums(text)).toEqual(expected));

  const counts: [string, string][] = [
    ['people', '城镇新增就业4.3万人,居民消费价格总水平涨幅控制在3%左右。'],
    ['people after a bound, in a grant', '对年接待游客100万人次以上的景区给予奖励'],
    ['area', '对新建标准厂房10万平方米以上的园区给予补助'],
    ['tonnes', '完成口岸进出口货运量71.8万吨'],
    ['households', '每年培育10万户以上市场主体并给予支持'],
  ];
  it.each(counts)('a count stays a count (%s): %s', (_name, text) => expect(sums(text)).toEqual([]));

  it('the threshold and the amount of a bare-sum grant (贵阳 sentence, 元 dropped)', () => {
    const [c] = clausesOf('一、支持企业做大做强\n对上年度营业收入1亿以上且同比增长10%以上的企业,给予一次性奖励20万。').filter((x) => x.amounts.length);
    expect(c.thresholds.map((t) => [t.metric, t.min, t.unit])).toEqual([['营业收入', 100000000, '元'], ['同比增长', 0.1, '%']]);
    expect(c.amounts.map((a) => [a.yuan, a.role])).toEqual([[200000, 'fixed']]);
  });
});

// Round 17 (fresh dev notices): a price per a unit and a time (8万元/亩·年, 8元/平方米/月) and per ㎡ keep their whole unit.
describe('a sum per a unit and a time keeps its unit as written (per-unit compounds)', () => {
  it.each([
    ['常山 dev (zhejiang-changshan-zhaoshang.txt)', '达到入园协议约定亩均税收标准的项目(不低于8万元/亩·年)', [[80000, '元/亩·年']]],
    ['昌吉高新区 dev (xinjiang-changjigaoxinqu-zhaoshang.txt)', '企业年度入统产值达到8000元/㎡以上的', [[8000, '元/㎡']]],
    ['昌吉高新区 dev: per a unit, then per month', '第一年给予8元/平方米/月的租金补贴', [[8, '元/平方米/月']]],
    ['东营经开区 dev (shandong-dongyingjingkaiqu-fuwuye.txt)', '租金按照365元/m2·年的标准给予补贴', [[365, '元/m2·年']]],
  ] as [string, string, (number | string)[][]][])('%s: %s', (_name, text, expected) => expect(sums(text)).toEqual(expected));
});
