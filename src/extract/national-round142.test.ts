import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs, unitRows, valueRows } from './fixture-table.js';

// Classes from round 142 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

const docs = (text: string) => documentsOfPlainText(text);
const bounds = (s: string) => valueRows(s).thresholds;

describe('a year opening a sentence that sets its budget is a deadline; a name after the year must hold no figure (place name without digits)', () => {
  it.each([
    // 武汉 2008 (hubei-wuhan-shangshirongzi2008.txt): 由市… read as a place's name because the name's digit test had lost its backslash
    ['2008年由市财政局安排1000万元资金,专项用于企业改制上市融资的各项补贴、奖励。', '2008-04-21', [['2008年', '2008']]],
    // 周口示范区 (henan-zhoukoushifanqu-xianjiezijin.txt): the same test, a year before a zone's plan and its sum
    ['示范区2023年财政衔接推进乡村振兴补助计划实施3大类型项目26个,资金规模7359万元。', '2023-06-01', [['2023年', '2023']]],
    // valid: a place's project named after the year, no figure in the name (五号渠乡2025年小型水利建设项目 keeps its own test)
    ['现将2025年精河县“健康饮茶”项目资金分配如下', '2025-03-01', []],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a share bounded after 且 and the figure whose share it is, its measure after, closed by 的, is a condition (share after 且 and its figure)', () => {
  it.each([
    // 武汉 2008 (hubei-wuhan-shangshirongzi2008.txt)
    ['后备企业实现上市且募集资金80%以上投资于我市的,给予50万元奖励', [[0.8, undefined, '%']], []],
    ['上市公司以配股、增发、发行公司债、可转债等方式实现再融资,且募集资金80%以上投资于我市的,按照实际募集资金的1‰奖励企业主要负责人,最高限额为50万元', [[0.8, undefined, '%']], [[0.001, 'fixed']]],
    // valid: a share paid after 且 stays a rate
    ['对认定的企业给予10万元奖励,且按研发投入的10%给予补助', [], [[0.1, 'fixed']]],
  ] as [string, unknown, unknown][])('%s', (s, want, rates) => {
    expect(bounds(s)).toEqual(want);
    expect(valueRows(s).rates).toEqual(rates);
  });
});

describe('items under a heading that names the standard applicants are judged by (入库标准, 评审标准) are conditions (standard heading)', () => {
  const conditions = (text: string) =>
    docs(text)
      .flatMap((d) => extractDocument(d))
      .flatMap((c) => c.thresholds.map((t) => [t.min, t.max, t.unit]));
  it.each([
    // 惠州 (guangdong-huizhou-zhuanjingtexintiexi.txt): the lead-in sentence between the heading and its items
    ['通知\n三、入库标准:\n根据省工信厅要求,严格按照以下评审标准择优入库。\n(2)专业化指标:近2年主营业务收入平均增长率为正增长。\n(3)创新能力指标:上年度研发经费占营业收入比重4%以上。\n', [[0.04, undefined, '%']]],
    // form: 遴选标准
    ['通知\n二、遴选标准\n(1)上年度研发投入占营业收入比重5%以上。\n', [[0.05, undefined, '%']]],
    // valid: a grant standard heads sums, not conditions
    ['通知\n三、补助标准:\n(1)按设备投资额的10%给予补助。\n', []],
  ] as [string, unknown][])('%s', (text, want) => expect(conditions(text)).toEqual(want));
});

describe('各地方 after 会同 in a duty note is a group of places, as 各地 is (places group 各地方)', () => {
  it('山东省 (shandong-shandongsheng-zhuanjingtexin2024.txt)', () =>
    expect(unitRows('(一)加强入库培育。推动大型企业、上市公司及驻鲁央企、省属和地方国企加大创新项目孵化力度,培育专精特新“小巨人”企业。(省工业和信息化厅、省国资委会同各地方按职责分工负责)\n')).toEqual([
      ['省工业和信息化厅', '省国资委', '各地方'],
    ]));
});

describe('a body in running text of an article a note closes acts as its actor also when how it acts comes first (按照要求向…: actor with manner)', () => {
  it('云南省 (yunnan-yunnansheng-shangshibeizeng.txt)', () =>
    expect(
      unitRows(
        '(一)夯实上市后备企业基础。大力培育省内上市后备企业。省直有关部门和各州、市人民政府按照要求向省地方金融监管局推荐上市后备企业和“金种子”备选企业。(责任单位:省地方金融监管局、省工业和信息化厅,各州、市人民政府)\n',
      ),
    ).toEqual([
      ['省地方金融监管局', '省工业和信息化厅', '各州、市人民政府'],
      ['省直有关部门', '各州、市人民政府', '省地方金融监管局', '省工业和信息化厅'],
    ]));
});

describe('a prize’s class with its bound earns what follows: at most that class, the best counted first (prize class)', () => {
  it.each([
    // 银川 (ningxia-yinchuan-feigongyouzhi.txt)
    ['非公有制工业企业自主研发或引进的新技术、新产品、新工艺,获得国家科技进步奖、自治区科技进步奖二等奖以上或银川市科技进步一等奖者,成果应用投产两年内,由市、县(市、区)政府按新增税收地方留成部分的20%支持企业发展。', [[undefined, 2, '等奖']]],
    // form: 及以上, a grant after 的企业
    ['获得省科技进步奖三等奖及以上的企业,给予10万元奖励', [[undefined, 3, '等奖']]],
    // valid: a class without a bound names the prize
    ['获得一等奖的,给予10万元奖励', []],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});

describe('the part of a cost above a figure that a voucher covers a share of is no condition (part above, covered)', () => {
  it.each([
    // 龙湾 2020 (zhejiang-longwan-gongyejingji2020.txt)
    ['企业利用创新券购买技术创新服务,一家企业全年低于5000元的服务可用创新券全额抵用,超过5000元部分抵用50%,全年合计不超过5万元。', []],
    // valid: a firm's bound before the grant stays a condition
    ['年研发投入超过500万元的企业,给予10万元奖励', [[5000000, undefined, '元']]],
  ] as [string, unknown][])('%s', (s, want) => expect(bounds(s)).toEqual(want));
});
