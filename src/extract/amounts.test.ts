import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { expectGrounded, type Expected } from './fixture-table.js';
import type { Amount } from '../types.js';

// Real sentences from the corpus (seed file in the comment) → the amounts they promise.
const cases: { text: string; amounts: Expected<Amount>[] }[] = [
  // 004 渝北区
  { text: '针对链主企业及龙头企业制定专项政策，经区政府审定后，给予最多不超过600万元奖励。', amounts: [{ raw: '600万元', yuan: 6000000, role: 'cap' }] },
  { text: '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；', amounts: [{ raw: '1000万元', yuan: 10000000, role: 'cap', object: '一般技改扩能' }] },
  {
    text: '对数字化装备普及、数字化车间和智能工厂建设的项目，按不超过投资金额的30%给予补助，最多分别不超过1500万元、1500万元、5000万元，对市级认定的数字化车间和智能工厂项目分别给予50万、100万一次性奖励。',
    amounts: [
      { raw: '1500万元', yuan: 15000000, role: 'cap', object: '数字化装备普及' },
      { raw: '1500万元', at: 56, yuan: 15000000, role: 'cap', object: '数字化车间' },
      { raw: '5000万元', yuan: 50000000, role: 'cap', object: '智能工厂建设' },
      { raw: '50万', yuan: 500000, role: 'fixed', object: '数字化车间' },
      { raw: '100万', yuan: 1000000, role: 'fixed', object: '智能工厂', per: 'once' },
    ],
  },
  { text: '决定连续3年、每年至少投入2亿元，累计组织实施140个智能化项目，力争完成70家企业数字化转型升级。', amounts: [{ raw: '2亿元', yuan: 200000000, role: 'total', per: 'year' }] },
  { text: '对新认定的重庆市院士工作站，一次性给予50万元配套奖励，正常运行的每年给予经费15万元；', amounts: [{ raw: '50万元', yuan: 500000, role: 'fixed', per: 'once' }, { raw: '15万元', yuan: 150000, role: 'fixed', per: 'year' }] },
  { text: '对市级认定的龙头型企业、成长型企业、创新型企业分别给予50万元、25万元、10万元的一次性奖励', amounts: [{ raw: '50万元', yuan: 500000, object: '龙头型企业' }, { raw: '25万元', yuan: 250000, object: '成长型企业' }, { raw: '10万元', yuan: 100000, object: '创新型企业' }] },
  { text: '同时，对提供系统集成服务的区内企业，按不超过合同结算金额的10%给予补助，单个企业最高不超过300万元。', amounts: [{ raw: '300万元', yuan: 3000000, role: 'cap', per: 'enterprise' }] },
  // 000 綦江区 (征求意见稿)
  { text: '对获得国家级、市级绿色制造体系（绿色工厂、绿色设计产品、绿色供应链管理）的企业，分别给予 50 万元、20 万元的一次性奖励。', amounts: [{ raw: '50 万元', yuan: 500000, object: '国家级绿色制造体系' }, { raw: '20 万元', yuan: 200000, object: '市级绿色制造体系' }] },
  { text: '对成功获批市级智能工厂、数字化车间且未享受市级资金补助的智能制造项目，分别给予40万元、20万元的认定奖励。', amounts: [{ raw: '40万元', yuan: 400000, role: 'fixed', object: '市级智能工厂' }, { raw: '20万元', yuan: 200000, object: '市级数字化车间' }] },
  { text: '对获得国家、市级工业互联网、制造业与互联网融合、“两化”融合管理体系认定等示范（标杆）称号的企业，分别给予10万元、5万元奖励。', amounts: [{ raw: '10万元', yuan: 100000, object: '国家级示范（标杆）称号' }, { raw: '5万元', yuan: 50000, object: '市级示范（标杆）称号' }] },
  { text: '对首次获评市级“专精特新”、“小巨人”、“隐形冠军”的企业分别给予10万、25万和50万元奖励。', amounts: [{ raw: '10万', yuan: 100000 }, { raw: '25万', yuan: 250000 }, { raw: '50万元', yuan: 500000 }] },
  { text: '对年度升规的工业企业给予5万元/户的奖励', amounts: [{ raw: '5万元/户', yuan: 50000, per: 'enterprise' }] },
  // 003 重庆市: targets
  { text: '支撑全市工业总规模达到3万亿元，其中战略性新兴产业总规模超过1万亿元', amounts: [{ raw: '3万亿元', yuan: 3e12, role: 'target', object: '全市工业总规模' }, { raw: '1万亿元', yuan: 1e12, role: 'target', object: '战略性新兴产业总规模' }] },
  // Chinese numerals, decimals, ranges
  { text: '设立规模一千万元的专项资金，对重点项目给予两亿元以内支持。', amounts: [{ raw: '一千万元', yuan: 10000000, role: 'total' }, { raw: '两亿元', yuan: 200000000, role: 'cap' }] },
  { text: '对首次认定的企业给予三十万元奖励，龙头项目最高1.5亿元。', amounts: [{ raw: '三十万元', yuan: 300000, role: 'fixed' }, { raw: '1.5亿元', yuan: 150000000, role: 'cap' }] },
  // Float noise in large sums (round 21, 长宁区): 169.36 × 1e8 is 16936000000.000002 as multiplied.
  { text: '实现区级一般公共预算收入预期增长4%,达到169.36亿元左右。', amounts: [{ raw: '169.36亿元', yuan: 16936000000, role: 'target' }] },
  { text: '全年完成固定资产投资1234.57亿元，其中工业投资130.83亿元。', amounts: [{ raw: '1234.57亿元', yuan: 123457000000 }, { raw: '130.83亿元', yuan: 13083000000 }] },
  { text: '根据项目规模给予50万至100万元补助。', amounts: [{ raw: '50万至100万元', yuan: 500000, yuanMax: 1000000 }] },
  // Counts are not money; a per-head productivity is not money given.
  { text: '三年内遴选15个智能制造示范企业，打造渝北区智能制造创新示范点。', amounts: [] },
  { text: '规模以上工业企业研发投入强度、全员劳动生产率分别提高至2.6%、40万元/人。', amounts: [] },
  { text: '万元工业增加值能耗不高于0.6吨标准煤', amounts: [] },
];

describe('amounts', () => {
  for (const c of cases) {
    it(c.text.slice(0, 40), () => {
      expectGrounded(c.text, extractValues(c.text).amounts, c.amounts, ['yuan', 'yuanMax', 'role', 'object', 'per']);
    });
  }
});

describe('sums written with one unit for a list, and per-unit grants after a label', () => {
  const yuan = (text: string) => extractValues(text).amounts.map((a) => [a.yuan, a.role]);
  it.each([
    ['分别奖励5、10、20万元', [[50000, 'fixed'], [100000, 'fixed'], [200000, 'fixed']]],
    ['对国家级、省级、市级专精特新企业分别奖励50、30、10万元', [[500000, 'fixed'], [300000, 'fixed'], [100000, 'fixed']]],
    ['奖励金额：10万元/家', [[100000, 'fixed']]],
    ['新增贷款贴息最高100万元/年', [[1000000, 'cap']]],
    // a list of article numbers is no money (the funds they need are a budget: total, as 专项资金总额为800万元)
    ['第1、2、3条所需资金10万元', [[100000, 'total']]],
  ])('%s', (text, want) => expect(yuan(text)).toEqual(want));
});
