import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 177's classes (dev notices 鄂托克前旗, 广州 风险补偿基金, 大丰, 五华, 楚雄, and 汕尾 from round 175):
const v = (text: string, docDate?: string) => extractValues(text, docDate);
const deadlines = (text: string, docDate: string) => v(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);

describe('round 177 classes', () => {
  it('a period opened by 开始 and closed by 结束 (从3月20日开始至6月20日结束)', () => {
    expect(deadlines('2019年全旗休牧工作从3月20日开始至6月20日结束,休牧期间一律禁止在任何草牧场上放牧、夜牧、偷牧。', '2019-04-22')).toEqual([['从3月20日开始至6月20日结束', '2019-06-20']]);
  });
  it('a clean record over a span with no 近 (三年内无不良信用记录) is none; a span before what one has not yet done stays', () => {
    expect(deadlines('且在人民银行企业征信体系中三年内无不良信用记录,并运用专利权进行质押融资的科技型中小微企业。', '2021-09-16')).toEqual([]);
    expect(deadlines('毕业年度高校毕业生和离校2年内未就业高校毕业生', '2020-08-31')).toEqual([['2年内', 'relative']]);
  });
  it('a fund’s lifetime (存续期为5年) is a relative span', () => {
    expect(deadlines('风险补偿基金初始资金总额4,000万元,存续期为5年,对在本基金存续期间发生的专利质押贷款损失予以补偿。', '2021-09-16')).toEqual([['5年', 'relative']]);
  });
  it('whom a fund applies to (风险补偿基金适用于…一年以上…的企业): its bounds are conditions', () => {
    expect(v('风险补偿基金适用于在广州市内登记注册一年以上,具有独立法人资格,并运用专利权进行质押融资的科技型中小微企业。').thresholds.map((t) => [t.raw, t.min, t.unit])).toEqual([['一年以上', 1, '年']]);
  });
  it.each([
    ['风险补偿基金初始资金总额4,000万元,由中央财政出资1,000万元,市财政配套出资3,000万元,存续期为5年。', ['total', 'total', 'total']],
    ['其中市级出资2000万元,县级出资2000万元(即三县一区:市城区、海丰县、陆丰市各出资600万元,陆河县出资200万元),后续根据业务需要逐步增加安排资金。', ['total', 'total', 'total', 'total']],
  ])('a level’s share paid into a fund is a total: %s', (s, roles) => expect(v(s).amounts.map((a) => a.role)).toEqual(roles));
  it('大丰: income below a share of the reference income is a condition; the moved standard and its restatement are targets', () => {
    const r = v('低收入住房困难家庭人均可支配收入低于本区上年度城镇人均可支配收入的60%,标准由原来的26636元/年(2219.6元/月),调整至27914元/年(2326.2元/月)。');
    expect(r.rates).toEqual([]);
    expect(r.thresholds.map((t) => [t.unit, t.max])).toEqual([['%', 0.6]]);
    expect(r.amounts.map((a) => [a.yuan, a.role])).toEqual([[27914, 'target'], [2326.2, 'target']]);
  });
  it.each([
    // invalid: a grant's cap and a grant's rate against a reference stay rates
    ['单个项目补助额度不超过该企业上年度对地方贡献部分的40%,且不超过500万元。', [0.4]],
    ['按照不低于最低工资标准的60%给予补贴。', [0.6]],
  ])('%s: still a rate', (s, rates) => expect(v(s).rates.map((r) => r.value)).toEqual(rates));
  it('五华: a fee above a multiple of a standard, the bound before it, is a condition; a grant so set is not', () => {
    expect(v('保教补助:对评定的普惠性民办幼儿园,保教费收费金额高于同等级公办幼儿园保教费1.5倍的,按照现行收费标准与普惠性民办幼儿园收费标准的差额实施生均补助。').thresholds.map((t) => [t.raw, t.min, t.unit])).toEqual([['1.5倍', 1.5, '倍']]);
    expect(v('补助经费不低于上年度的2倍的,按规定执行。').thresholds).toEqual([]);
  });
  it('楚雄: a prefecture’s name before a year opens a project’s name (楚雄州2025年高标准农田建设项目): no deadline', () => {
    expect(deadlines('楚雄州2025年高标准农田建设项目拟立项项目情况表', '2025-07-14')).toEqual([]);
    expect(deadlines('全州2025年重点项目建设。', '2025-07-14')).toEqual([['2025年', '2025']]);
  });
});
