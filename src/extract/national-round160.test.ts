import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';

// Classes from round 160 of the national development set (issue 9, fortieth session).
// Sentences are real, from the dev notice named in the comment.

describe('ages listed after one bound, one for each group 分别 names (age list)', () => {
  it('长江新区 (hubei-changjiangxinqu-gaoxiaobiyesheng.txt)', () => {
    expect(valueRows('全日制博士研究生、硕士研究生、本科生年龄分别不超过40周岁、30周岁、25周岁。').thresholds).toEqual([
      [undefined, 40, '周岁'],
      [undefined, 30, '周岁'],
      [undefined, 25, '周岁'],
    ]);
  });
});

describe('a span reached with 满 before 方可 and the act it allows is a floor (span before applying)', () => {
  it.each([
    // 南通 (jiangsu-nantong-shuangchuangrencai.txt)
    ['申领生活津贴的,需与所在企业签订3年以上劳动合同,在市区参保满6个月方可申请。', [6, '个月']],
    ['申领购房补贴的,需与所在企业签订5年以上劳动合同,在市区参保满24个月方可申请。', [24, '个月']],
  ] as [string, [number, string]][])('%s', (s, [min, unit]) => expect(valueRows(s).thresholds).toContainEqual([min, undefined, unit]));
});

describe('a multiple of a standard with its floor after it is a threshold in 倍; growth by a multiple is none (multiple floor)', () => {
  it.each([
    // 湖北省 2025 (hubei-hubeisheng-canyinxiaofeiquan.txt), folded from traditional
    ['餐饮券扣除平台、商家等各类优惠后的单笔消费金额须达到消费券面额5倍及以上方能使用消费券', [[5, undefined, '倍']]],
    // 社旗 (henan-sheqi-nongyezhudao.txt), an older dev miss
    ['养殖业原则上达到各类规模化养殖场标准5倍以上;', [[5, undefined, '倍']]],
    // valid: 广州 对口帮扶 (guangdong-guangzhou-duikoubangfu.txt), growth; 前湾 (round 56), a grant's multiple of another sum
    ['江南新城建设初见成效,梅县新城面积扩大1倍以上', []],
    ['补助经费不低于省级财政补助经费的2倍', []],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(valueRows(s).thresholds.filter((t) => t[2] === '倍')).toEqual(want));
});

describe("vouchers' total with a year and a quoted name between, and a voucher's cut after its floor (voucher sums)", () => {
  const roles = (s: string) => extractValues(s, '2025-09-01').amounts.map((a) => [a.yuan, a.role]);
  it('湖北省 2025 (hubei-hubeisheng-huigouhubei.txt): 發放1億元2025年“惠購湖北”零售餐飲消費券 → a total', () => {
    expect(roles('擬定于2025年9至10月起在全省多批次發放1億元2025年“惠購湖北”零售餐飲消費券,現將有關事項公告如下:')).toEqual([[1e8, 'total']]);
  });
  it('湖北省 2025 (hubei-hubeisheng-canyinxiaofeiquan.txt): the next vouchers of the list, joined by 和, are a total too', () => {
    expect(roles('省商務廳在2025年11月25日至12月31日期間,組織發放4000萬元“樂購湖北‘食’刻出發”餐飲消費券和500萬元“樂購湖北 ‘油’禮相遇”高速加油券。')).toEqual([
      [4e7, 'total'],
      [5e6, 'total'],
    ]);
  });
  it('湖北省 2025 (hubei-hubeisheng-canyinxiaofeiquan.txt): 消費滿150元減30元 after a goal word → the cut is paid, fixed', () => {
    expect(roles('單筆消費金額須達到消費券面額5倍及以上方能使用消費券,即:消費滿150元減30元;')).toEqual([[30, 'fixed']]);
  });
});

describe('a fund passed down to the addressee with its year and sum sets that year (handed to 你单位)', () => {
  it.each([
    // 黔江 财政局 2021 (chongqing-qianjiang-tongchouzhenghe.txt)
    ['为巩固脱贫攻坚同乡村振兴建设有效衔接,现下达你单位2021年第四批统筹整合财政涉农资金1098.37万元(资金分配见附表),现将相关事项通知如下:', '2021'],
    // 宣汉 (sichuan-xuanhan-xianjiezijin.txt), an older dev miss
    ['下达你单位2023年中央财政衔接推进乡村振兴补助资金107万元,专项用于欠发达国有林场巩固提升任务(宣汉县天龙山国有林场)。', '2023'],
  ])('%s', (s, year) => expect(extractValues(s, '2022-12-01').deadlines.map((d) => d.date)).toContain(year));
});
