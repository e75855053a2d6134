import { describe, expect, it } from 'vitest';
import { valueRows } from './fixture-table.js';

// Round 192 (issue 9): classes of values that new notices (employment, housing, birth grants, science) carried and the rules missed.
// Each case is a dev sentence (file named) or the same form written another way; the invalid cases keep what must stay unread.
const amounts = (text: string) => valueRows(text).amounts;
const thresholds = (text: string) => valueRows(text).thresholds;

describe('a bare figure per head named as the standard a grant is paid by is money (bare per-unit standard)', () => {
  it.each([
    // 永川 (chongqing-yongchuan-jiuyechuangye.txt)
    ['对招用毕业年度或离校2年未就业高校毕业生、登记失业的16—24岁青年、我市户籍登记失业半年以上人员的企业,按2000/人标准给予一次性吸纳就业补贴。', [[2000, undefined, 'fixed']]],
    ['对招用符合条件就业困难人员的各类企业,按照6000/人标准给予一次性吸纳就业补贴。', [[6000, undefined, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it('form: 的 before 标准, per household', () => expect(amounts('对改厕农户按照1200/户的标准给予补助。')).toEqual([[1200, undefined, 'fixed']]));
  it('invalid: a ratio of staff with no 标准 is no money', () => expect(amounts('按1/50的比例配备专职人员。')).toEqual([]));
});

describe('vouchers given as the grant are money; a programme issuing them or a face value is not (vouchers granted)', () => {
  it.each([
    // 郑州经开区 (henan-zhengzhoujingkaiqu-goufangbutie.txt)
    ['购买90平方以下(含90平方)面积的商品房住宅,给予5000元消费券补贴;', [[5000, undefined, 'fixed']]],
    ['购买90平方以上面积的商品房住宅,给予10000元消费券补贴。', [[10000, undefined, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it.each([['20元券在消费满100元时使用'], ['本次发放5000元消费券,先到先得']])('invalid: %s', (s) => expect(amounts(s)).toEqual([]));
});

describe('a floor on a grant, 发放 or a total named before it, is the sum given (award floor issued)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-yuerbutiejin.txt)
    ['此外,按政策生育第三个孩子的家庭,从出生当月起,每孩每月发放不少于200元的育儿补贴金,直至孩子3周岁。', [[200, undefined, 'fixed']]],
    // 无锡 (jiangsu-wuxi-gaoqigaozhiliang.txt), traditional as written
    ['各市(縣)區對無錫市域外整體遷移至無錫市行政區域內且完成相關變更手續的有效期內高新技術企業,分年度給予總額不低于20萬元獎勵。', [[200000, undefined, 'fixed']]],
  ])('%s', (s, want) => {
    expect(amounts(s)).toEqual(want);
    expect(thresholds(s)).toEqual([]);
  });
  it('invalid: a floor an applicant must reach stays a threshold', () => expect(thresholds('对年销售额不低于200万元的企业给予奖励')).toEqual([[2000000, undefined, '元']]));
});

describe('a ceiling word belongs to its own item: the next item with a grant verb of its own is not capped (cap of own item)', () => {
  it.each([
    // 无锡 (jiangsu-wuxi-gaoqigaozhiliang.txt)
    ['對首次通過認定的企業,市級給予最高10萬元、區級給予20萬元認定獎勵;', [[100000, undefined, 'cap'], [200000, undefined, 'fixed']]],
    ['對有效申報的企業,市級給予最高1萬元、區級給予2萬元資金補助;', [[10000, undefined, 'cap'], [20000, undefined, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it('valid: a list the ceiling opens stays capped', () => expect(amounts('分别给予最高10万元、20万元奖励')).toEqual([[100000, undefined, 'cap'], [200000, undefined, 'cap']]));
});

describe('an area in 平方 and a volume in 立方 are quantities a condition bounds (area and volume units)', () => {
  it.each([
    // 郑州经开区 (henan-zhengzhoujingkaiqu-goufangbutie.txt)
    ['购买90平方以下(含90平方)面积的商品房住宅,给予5000元消费券补贴;', [[undefined, 90, '平方']]],
    ['购买90平方以上面积的商品房住宅,给予10000元消费券补贴。', [[90, undefined, '平方']]],
  ])('%s', (s, want) => expect(thresholds(s)).toEqual(want));
  it('form: 立方, two conditions joined by 或', () => expect(thresholds('循环水养殖水体6000立方以上或循环水育苗水体2000立方以上的企业,给予补助')).toEqual([[6000, undefined, '立方'], [2000, undefined, '立方']]));
});

describe('a band of people a condition counts, the clause closing with 的 before its grant, is a threshold (count band condition)', () => {
  it.each([
    // 屯昌 (hainan-tunchang-jiuyefupin.txt)
    ['贫困家庭劳动力首次创业3年内带动3至5人就业,并与其签订1年以上劳动合同、缴纳1年以上社会保险的,履行合同满1年后,给予一次性奖励补贴3000元;', [3, 5, '人']],
    ['创业带动3-5人就业的,给予奖励3000元', [3, 5, '人']],
  ])('%s', (s, want) => expect(thresholds(s)[0]).toEqual(want));
  it('invalid: a span of years is no band of people', () => expect(thresholds('用3至5年时间建成的,给予奖励')).toEqual([]));
});
