import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Forms from round 171's notices, each a class the rules did not read (found on the files named; labels per ANNOTATION round 171).
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);
const amounts = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.role]);

// A sum a field names as the total (…的奖励(总计:50万元)) is the total, whatever grant it totals: it was read as the grant paid.
describe('a sum a field names as the total (total field)', () => {
  it.each([
    // 浙江 湖州 (zhejiang-huzhou-tiyujiangbu.txt)
    ['获评国家体育产业基地的奖励(总计:50万元)', [[500000, 'total']]],
    ['获评2022年度省级运动休闲旅游示范基地、精品线路和优秀项目奖励(总计:27万元)', [[270000, 'total']]],
    // form: 合计 with a full-width colon
    ['奖补资金合计：300万元', [[3000000, 'total']]],
    // valid: a grant after a colon stays a grant
    ['给予每家企业奖励:10万元', [[100000, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});

// The day a cited document was issued, its issuing body between the day and 发布的《 (参照2020年3月12日深圳市人民政府办公厅发布的《…》), is
// no limit, as 2022年11月23日印发的《…》 is.
describe('the day a cited document was issued by a body named after it (cited issue day)', () => {
  it.each([
    // 广东 光明 (guangdong-guangming-tiyusaishi.txt)
    ['在光明区举办国际性高水平单项体育赛事,按实际办赛经费50%分别给予一类、二类项目(参照2020年3月12日深圳市人民政府办公厅发布的《关于加快体育产业创新发展的若干措施》中关于一类、二类项目的划分方法,下同)最高500万元、200万元资助。', []],
    // valid: a period a figure is measured over, then a grant, stays (东莞)
    ['对2023年1-12月期间,企业面向境外宣传推广自主品牌的实际支出,按不超过50%的比例给予支持。', [['2023年1-12月', '2023-12']]],
  ])('%s', (s, want) => expect(deadlines(s, '2025-07-24')).toEqual(want));
});

// The year whose money was left over or is carried over (2021年结余资金…; 2022年结转资金…) is a record of a past balance, no limit, as the
// 乌拉盖 gold has it; the year it is carried into is one.
describe('a past year’s balance carried over (carried balance)', () => {
  it.each([
    // 宁夏 中宁 (ningxia-zhongning-nongjibutie.txt)
    ['2021年结余资金29.222万元(其中:中央资金0.025万元,自治区资金29.197万元)结转至2022年继续使用。', [['至2022年', '2022']]],
    // 内蒙古 乌拉盖 (neimenggu-wulagai-nongjigouzhi.txt)
    ['2022年结转资金14.871万元(其中中央资金1.411万元,自治区资金13.46万元)。', []],
    // valid: a fund's year with its sum stays (中宁)
    ['2022年可实施农机购置补贴资金984.222万元。', [['2022年', '2022']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-07-04')).toEqual(want));
});
