import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { splitStampDate, stampLinesAt } from './stamps.js';
import { itemHeadingEnds, itemOpensAtGap, unitFieldEndsAtGap } from './label-lines.js';

// Round 61 of the metadata classes (thirteenth session): lines of eval/national/dev (file named in each case) and forms of other places.
const doc = (text: string) => {
  const [d] = documentsOfPlainText(text);
  return { title: d.title, region: d.region, issuer: d.issuer, date: d.date };
};

describe('a page’s date widget set a part a line (split stamp)', () => {
  it.each([
    [['2025', '09/30', '12:10'], 3, '2025-09-30'],
    [['2023', '3-7'], 2, '2023-03-07'],
    [['2024', '12.01', '08:05:33'], 3, '2024-12-01'],
    // a page counter under a year is no date (13/20), nor a year over a line of text
    [['2025', '13/20'], 0, undefined],
    [['2025', '各有关单位:'], 0, undefined],
    [['2017-08-15 13:07'], 1, undefined],
  ])('%j: %i lines, %s', (lines, n, date) => {
    expect(stampLinesAt(lines, 0)).toBe(n);
    expect(splitStampDate(lines[0], lines[1] ?? '')).toBe(date);
  });

  it('乌鲁木齐 (xinjiang-wulumuqi-tingdiliandong.txt): 2025 / 09/30 / 12:10 / 来源: / 乌鲁木齐市科技局 / 扫一扫…: the date, no title', () => {
    const text =
      '2025\n09/30\n12:10\n来源:\n乌鲁木齐市科技局\n扫一扫在手机打开当前页\n各有关单位:\n根据自治区科技厅《关于申报2026年厅地联动项目的通知》(附件1)要求,为做好我市项目组织推荐工作,现将有关事项通知如下:\n(一)资金支持政策:单个项目可获得自治区财政资金最高不超过800万元。\n';
    expect(doc(text)).toEqual({ title: '', region: '乌鲁木齐市', issuer: '乌鲁木齐市科技局', date: '2025-09-30' });
  });
});

describe('addressees where the title should be (untitled page)', () => {
  it.each([
    // 北京 西城 (beijing-xicheng-chanye.txt), traditional: the page lost its title line
    ['各相關部門:\n為進一步促進西城區產業發展,現將有關事項通知如下:\n一、對企業給予50萬元獎勵。\n'],
    // 漯河 (henan-luohe-kuoliangtizhi.txt)
    ['各县区人民政府,城乡一体化示范区、经济技术开发区、西城区管委会,市人民政府各部门、直属及驻漯各单位:\n现将有关事项通知如下:\n一、对企业给予50万元奖励。\n'],
  ])('%s', (text) => expect(doc(text).title).toBe(''));

  it('a title line above the addressees stays the title', () => {
    expect(doc('漯河市人民政府关于扩量提质的通知\n各县区人民政府:\n现将有关事项通知如下:\n').title).toBe('关于扩量提质的通知');
  });
});

describe('a gap on a run-on line that stands for a lost line break (run-on items)', () => {
  it.each([
    // 海盐 (zhejiang-haiyan-zerenfenjie.txt)
    ['…以优异成绩迎接党的二十大胜利召开。', '一、王丹县长牵头重点工作', true],
    ['…政府工作报告2022年重点工作责任分解', '一、王丹县长牵头重点工作', true],
    // 成都 (sichuan-chengdu-shenbaoliucheng.txt)
    ['申报流程', '(一)申报单位申报。', true],
    // 临安 (zhejiang-linan-minshengshishi.txt): inside a bar table's row the items are a cell's
    ['2 | 新建成婴幼儿照护服务成长驿站7家。 |', '1.婴幼儿照护服务成长驿站:3月底前新建成2家;', false],
    // a figure after a gap is no item
    ['全年完成投资', '1.5亿元', false],
  ])('%s ␣ %s: %s', (before, after, want) => expect(itemOpensAtGap(before, after)).toBe(want));
  it.each([
    ['责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局', '2.落实党政机关过紧日子的要求', true],
    ['责任单位:县财政局', '二、曹惠明常务副县长牵头重点工作', true],
    // a field closed by its sentence end is no open field
    ['责任单位:县财政局。加快推进', '2.落实', false],
  ])('unit field %s ␣ %s: %s', (before, after, want) => expect(unitFieldEndsAtGap(before, after)).toBe(want));
  it.each([
    ['(二)规模奖励', true],
    ['一、王丹县长牵头重点工作', true],
    ['(二)展览面积10000平方米的,给予奖补', false],
  ])('%s is an item’s short heading: %s', (item, want) => expect(itemHeadingEnds(item)).toBe(want));
});

describe('a notice that speaks as a province and names its cities in passing (province by its own words)', () => {
  it.each([
    // 山东省 电子商务 (shandong-shandongsheng-dianzishangwu.txt): the page starts at the addressees
    [
      '各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业:\n为更好发挥电子商务在促消费扩内需等方面的重要作用,推动全省网络消费提质增效,现就促进全省电子商务高质量发展制定如下措施。\n一、实施网络零售倍增行动。发挥济南、青岛市龙头带动作用,推广临沂、菏泽市发展直播电商典型经验。对当年网络零售额增幅列全省前5位的市,省财政给予每市补贴100万元。\n',
      '山东省',
    ],
    // 河南省 农产品 (henan-henansheng-nongchanpinjiagong.txt): addressed to a city and the province's departments
    [
      '驻马店市人民政府,省人民政府各部门:\n为加快全省农产品加工业发展,现提出如下意见。\n一、支持驻马店市建设农产品加工基地,对新建项目给予不超过100万元补助。\n',
      '河南省',
    ],
    // a city's notice that names its province's bodies as superiors stays the city's (全市, 市财政)
    [
      '各县(市、区)人民政府,市各委办局:\n为落实省政府部署,推动全市经济整体好转,市财政安排资金支持。\n一、对盐城市新入规工业企业给予10万元奖励,全市统筹推进。\n',
      '盐城市',
    ],
  ])('%s → %s', (text, region) => expect(doc(text).region).toBe(region));
});
