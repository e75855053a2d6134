import { describe, expect, it } from 'vitest';
import { amountRows, valueTable } from './fixture-table.js';

// Round 200 (issue 9): award floors written with 起, shares bounded by who is left out, the 一折通 passbook, relief terms in days, and
// standards whose label names the recipient kind before the sum.
const values = (text: string, day = '2024-05-17') => valueTable(text, day);

describe('an award floor written X万元起 right after the grant is money given, not a condition (award floor 起)', () => {
  it('靖江 (jiangsu-jingjiang-yinjianrenjiangli.txt)', () => {
    const v = values('对引荐固定资产投资2亿元(含)以上的工业项目,奖励人民币6万元起,每增加投资1亿元,增加奖励1万元。');
    expect(v.amounts).toEqual([[60000, 'fixed'], [10000, 'fixed']]);
    expect(v.thresholds).toEqual([['引荐固定资产投资', 200000000, null, '元'], ['投资', 100000000, null, '元']]);
  });
  it('valid: a base written 1亿元起 stays the base\'s floor', () =>
    expect(values('实际投资1亿元起,按1%给予奖励。').thresholds).toEqual([['实际投资', 100000000, null, '元']]));
});

describe('a share bounded by a sign on the side left out sets the other side (left-out share signs)', () => {
  it('靖江: 占股>30%的,不纳入奖励范围 is a ceiling', () =>
    expect(values('已落户靖江企业投资的新设内资项目,占股>30%的,不纳入奖励范围。').thresholds).toEqual([['占股', null, 0.3, '%']]));
  it('form: a share below a floor left out, in words, is a floor', () =>
    expect(values('增长率低于5%的企业不予支持。').thresholds).toEqual([['增长率', 0.05, null, '%']]));
  it('valid: the admitted side written with ≤ stays a ceiling', () =>
    expect(values('靖江企业占股≤30%的,纳入奖励范围。').thresholds).toEqual([['靖江企业占股', null, 0.3, '%']]));
});

describe('the 一折通 passbook subsidies are paid into is no discount (一折通)', () => {
  it('南通 (jiangsu-nantong-gengdidilibutie.txt)', () =>
    expect(values('截至7月底,补贴资金已通过“一折通”系统发放到农户手中,共惠及538,633户,补贴资金185,304,748.8元。').rates).toEqual([]));
  it('valid: a discount stays one', () => expect(values('门票按八折优惠。').rates).toEqual([0.8]));
});

describe('a relief\'s term in days or after a bare 期限 is relative (relief terms)', () => {
  it('云南省 (yunnan-yunnansheng-zaihaijiuzhubiaozhun.txt): 救助期限原则上为10天', () =>
    expect(values('对紧急转移安置人员和需紧急生活救助人员,按照每人每天不低于30元的标准进行救助,救助期限原则上为10天。').deadlines).toEqual([['10天', 'relative']]));
  it('奉化 (zhejiang-fenghua-zaihaijiuzhu.txt): …,期限3个月', () =>
    expect(values('过渡期生活救助人口:每人每天20元,期限3个月;').deadlines).toEqual([['3个月', 'relative']]));
  it('武汉 (hubei-wuhan-fugongfuchan2020.txt): 给予贴息支持,期限1年', () =>
    expect(values('市级财政再按剩余部分的50%给予贴息支持,期限1年。', '2020-03-23').deadlines).toEqual([['1年', 'relative']]));
  it('valid: a 公示期 in days stays none', () => expect(values('公示期为7天。').deadlines).toEqual([]));
  it('valid: a lease term with 以上 is a condition, no term', () => expect(values('租赁期限3年以上的企业,给予补贴。').deadlines).toEqual([]));
});

describe('a standard whose label names the recipient kind before each sum sets each (standard labels naming kinds)', () => {
  it('茂县 (sichuan-maoxian-bixianbanqian.txt): 标准为:一般地区一般户…,…低保户…', () =>
    expect(values('省级防灾避险搬迁安置补助标准为:一般地区一般户2.5万元/户,民族地区(含民族待遇县)及一般地区低保户3万元/户;').amounts).toEqual([[25000, 'fixed'], [30000, 'fixed']]));
  it('form: the label as an inline heading, 一、补助标准:', () =>
    expect(amountRows('一、补助标准:困难户2.5万元/户,一般户2万元/户。')).toEqual([['困难户2.5万元/户,一般户2万元/户。', [[25000, 'fixed'], [20000, 'fixed']]]]));
  it('valid: a price per unit stays none', () => expect(values('居民用水价格为3.2元/立方米。').amounts).toEqual([]));
});
