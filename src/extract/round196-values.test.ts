import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { deadlinePairs, valueRows } from './fixture-table.js';

// Round 196 (issue 9): classes that new notices (transport and freight rewards, pandemic relief calls, fund rules, build periods)
// carried, each checked on the sentence that showed it and on its other written forms.
const deadlines = (text: string, day = '2022-10-20') => deadlinePairs(text, day);

describe('a comparison word negated is a bound on the other side: 不小于 a floor, 不多于 a ceiling (negated comparison bounds)', () => {
  it.each([
    ['经营面积不得小于3万平方米的企业,给予补贴。', [[30000, undefined, '平方米']]],
    ['申报项目的年用水量不多于5000立方米的企业,给予补贴。', [[undefined, 5000, '立方米']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
  // 苏州工业园区 (jiangsu-suzhougongyeyuanqu-fangyibutie.txt), an item under 企业需要满足以下条件: 不小于 had been read as 小于, a ceiling
  it('a listed condition', () =>
    expect(extractValues('1、小微企业集聚度高、承担总体防疫工作的商业载体(经营面积不小于3万平米);', undefined, true).thresholds.map((t) => [t.min, t.max, t.unit])).toEqual([[30000, undefined, '平米']]));
  it('valid: 小于 alone is still a ceiling', () => expect(valueRows('经营面积小于3万平方米的企业,给予补贴。').thresholds).toEqual([[undefined, 30000, '平方米']]));
});

describe('counts of transport: flights, deadweight, ton-kilometres and containers bound conditions (transport quantity units)', () => {
  it.each([
    // 南通 (jiangsu-nantong-jizhuangxiangyunshu.txt, traditional characters)
    ['新開通國際遠洋集裝箱航線,且全年航班量達24班的,當年獎勵碼頭企業每條航線1000萬元,此后每年每條航線獎勵500萬元;', [[24, undefined, '班']]],
    // 南充 (sichuan-nanchong-duoshilianyun.txt): a floor after its figure; the step of a measure counted as its floor is
    ['对运行于嘉陵江、长江干线货运班轮的企业,新建和购买500载重吨及以上的集散两用船舶每艘分别给予一次性奖励25万元、15万元', [[500, undefined, '载重吨']]],
    ['对水路货运周转量超过1亿吨公里的中长途水运企业,每1亿吨公里奖励10万元。', [[100000000, undefined, '吨公里'], [100000000, undefined, '吨公里']]],
    // 深圳 (guangdong-shenzhen-ganghangzizhu.txt): the applicant's kinds joined by 或
    ['考核年度内,在深圳港完成集装箱量超过1000标准箱(含)的海铁联运或海江铁联运公司。', [[1000, undefined, '标准箱']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
  it('form: the applicant kinds joined by 和', () => expect(valueRows('年吞吐量超过10万标箱的码头和航运企业,给予奖励。').thresholds).toEqual([[100000, undefined, '标箱']]));
});

describe('a sum per a unit paid to a body named after it is the grant, not a price (standard paid to a named body)', () => {
  it.each([
    // 南充 (sichuan-nanchong-duoshilianyun.txt)
    ['对“一站式”服务通过水路中长途运输运出的南充产农产品、工业品按照6元/吨对水运企业进行补贴。', [[6, undefined, 'fixed']]],
    ['鼓励通过水路中长途运输大件货物,对承运重量超过70吨或长度超过15米的中长途大件运输按照2万元/件,对水运企业进行奖励。', [[20000, undefined, 'fixed']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).amounts).toEqual(want));
  it('…and the bounds on the thing it is paid for are conditions', () =>
    expect(valueRows('鼓励通过水路中长途运输大件货物,对承运重量超过70吨或长度超过15米的中长途大件运输按照2万元/件,对水运企业进行奖励。').thresholds).toEqual([
      [70, undefined, '吨'],
      [15, undefined, '米'],
    ]));
  it('invalid: a price charged to a body is no grant', () => expect(valueRows('按照6元/吨对企业征收污水处理费。').amounts).toEqual([]));
});

describe('a step either way, the grant raised or cut by it, is a step threshold (step both ways)', () => {
  it('南通 (jiangsu-nantong-jizhuangxiangyunshu.txt)', () =>
    expect(valueRows('2023年吞吐量達40萬標箱,獎勵2000萬元,以40萬標箱為基礎每增減5萬標箱,增加或減少250萬元。').thresholds).toEqual([
      [400000, undefined, '标箱'],
      [50000, undefined, '标箱'],
    ]));
});

describe('the part of a quantity above its bound that a grant is paid on bounds the base, no condition (quantity part paid on)', () => {
  it.each([
    // 南充 (sichuan-nanchong-duoshilianyun.txt)
    ['对采取“一单制”“一箱制”组织适水货物通过港口中转的物流企业,年货运量超过5万吨增量部分按照1万元/万吨进行奖励,单家企业奖励金额不超过15万元', []],
    ['年货运量超过5万吨的部分按照1万元/万吨进行奖励。', []],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).thresholds).toEqual(want));
  it('valid: a bound on the applicant stays', () => expect(valueRows('年货运量超过5万吨的企业,按照1万元/万吨进行奖励。').thresholds).toEqual([[50000, undefined, '吨']]));
});

describe('the year a rewarded quantity or sum is measured in is no limit, any noun in 量 or 额 (year of a measured figure)', () => {
  it.each([
    // 南通 (jiangsu-nantong-jizhuangxiangyunshu.txt): 2023, 2024… each year's throughput rewarded
    ['2024年吞吐量達80萬標箱,獎勵4000萬元,以80萬標箱為基礎每增減5萬標箱,增加或減少250萬元。', []],
    ['2023年零售额达到5000万元,奖励20万元。', []],
  ])('%s', (s, want) => expect(deadlines(s)).toEqual(want));
  it('valid: a goal for the year stays its limit', () => expect(deadlines('2025年货运量达到1亿吨。')).toEqual([['2025年', '2025']]));
});

describe('a project\'s build period bounded from above is a requirement, no support period (bounded build period)', () => {
  it.each([
    // 武汉 (hubei-wuhan-jigaizhuanxiangzijin.txt, traditional characters)
    ['一是納入我市工業投資統計的產業化投資和技術改造項目,建設期內(最長不超過兩年)生產性設備投資達到2000萬元及以上;', [[undefined, 2, '年'], [20000000, undefined, '元']], []],
    // 四川省 (sichuan-sichuansheng-jungongtouchan2024.txt)
    ['申报项目需取得备案(核准)、环保、安全和节能等前期审批手续,建设周期原则上不超过3年,并提供项目专项竣工审计报告。', [[undefined, 3, '年']], []],
    // 浦东 (shanghai-pudong-cutouzi.txt)
    ['项目在2023年1月1日-2023年12月31日期间完成验收,并且已纳入工业固定资产投资统计,项目建设周期一般不超过36个月;', [[undefined, 36, '个月']], [['2023年1月1日-2023年12月31日', '2023-12-31']]],
  ] as [string, unknown[][], unknown[][]][])('%s', (s, want, limits) => {
    expect(valueRows(s).thresholds).toEqual(want);
    expect(deadlines(s)).toEqual(limits);
  });
  it('valid: a build period stated, no bound, stays the project\'s own term', () => expect(deadlines('项目建设期2年。')).toEqual([['2年', 'relative']]));
});
