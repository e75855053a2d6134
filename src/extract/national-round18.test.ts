import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Round 18 of the national development set: eight fresh dev notices scored before any rule (at aa32f1f: amounts 0.813,
// thresholds 0/3, deadlines 0.769). Each class in its general form, with the dev sentence that showed it (file named) and forms
// written from the class.
const values = (text: string, docDate?: string) => {
  const v = extractValues(text, docDate);
  return { amounts: v.amounts.map((a) => [a.yuan, a.role]), thresholds: v.thresholds.map((t) => [t.min, t.max]), deadlines: v.deadlines.map((d) => [d.raw, d.date]) };
};

describe('a size class of counted things, the count written before it, is a threshold (size class counted before)', () => {
  it.each([
    // 河南 平顶山 (henan-pingdingshan-zhongdiangongzuo.txt): 一批, the next class of the list joined by 和.
    ['围绕新兴产业,重点抓好圣光医疗孵化园、兴宇中科锂电池隔膜等项目,形成一批超100亿元的优势产业集群和超20亿元的特色产业集群。', [[10000000000, undefined], [2000000000, undefined]]],
    // 河南 新乡 (henan-xinxiang-jingjifazhan.txt): N个, under 力争 (money sought would be a target; counted things are not).
    ['围绕打造千百亿产业,力争米多奇方便食品、新太行电池材料产业园等80个亿元以上项目开工建设。', [[100000000, undefined]]],
    // form: 若干, 一大批
    ['培育若干营业收入超50亿元的龙头企业', [[5000000000, undefined]]],
  ] as [string, unknown[]][])('%s', (text, thresholds) => {
    const v = values(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.amounts).toEqual([]);
  });
});

describe('a scale a goal reaches, 规模 closing the phrase, is a target amount (reached scale)', () => {
  it('新乡 dev: 使其尽快形成千亿规模…形成百亿规模', () => {
    expect(values('全市重点发展装备制造、食品加工等优势产业,使其尽快形成千亿规模,每个县(市)、区突出发展1个产业,尽快做大做强,形成百亿规模。').amounts).toEqual([
      [100000000000, 'target'],
      [10000000000, 'target'],
    ]);
  });
  it('a scale that qualifies a thing stays nothing (五百亿规模的产业基地)', () => expect(values('建设五百亿规模的产业基地').amounts).toEqual([]));
});

describe('money sought is a target, whatever grant word names the fund (sought fund)', () => {
  it('浙江 衢州 (zhejiang-quzhou-gaozhiliang.txt): 争取省财政补助经费5000万元以上', () => {
    expect(values('支持我市高校、科研院所、优势企业等创新主体积极承接省“双尖双领+X”重大科技项目,争取省财政补助经费5000万元以上。').amounts).toEqual([[50000000, 'target']]);
  });
  it('a grant to whoever secured funds stays a grant', () => expect(values('对争取到国家补助资金的项目,给予50万元奖励').amounts).toEqual([[500000, 'fixed']]));
});

describe('a price that is the standard a grant is paid at is an amount (granted standard)', () => {
  it('广东 南山 (guangdong-nanshan-zongbujingji.txt): 按最高3000元/平方米的标准分3年给予补助', () => {
    expect(values('符合条件的南山区总部企业,在南山区新购置自用办公商品房(不含附属和配套用房)的,可按最高3000元/平方米的标准分3年给予补助,每年最高1000万元').amounts).toEqual([
      [3000, 'cap'],
      [10000000, 'cap'],
    ]);
  });
});

describe('deadlines: a year whose counted tasks the notice lists; the day a meeting passed it; a list title alone', () => {
  it('平顶山 dev: 提出了2013年市政府要做好的8项重点工作 → 2013; 已经2013年2月25日…会议研究通过 → none', () => {
    expect(values('陈建生市长在市九届人大六次会议上所作的《政府工作报告》中,提出了2013年市政府要做好的8项重点工作,已经2013年2月25日市政府第57次常务(扩大)会议研究通过', '2013-03-01').deadlines).toEqual([['2013年', '2013']]);
  });
  it('黄石 dev (hubei-huangshi-zerenfenjie.txt): 市政府确定了2021年九个方面重点工作 → 2021', () => {
    expect(values('为全面贯彻落实市十四届人大六次会议精神,市政府确定了2021年九个方面重点工作。').deadlines).toEqual([['2021年', '2021']]);
  });
  it('an attachment title alone names its year, no deadline (黄石: 2021年市政府重点工作责任分解; 钟楼: …责任分解表)', () => {
    expect(values('2021年市政府重点工作责任分解').deadlines).toEqual([]);
    expect(values('2.2024年民生实事项目目标任务责任分解表').deadlines).toEqual([]);
  });
  it('a time limit before a meeting stays one (于2024年3月5日前召开会议研究通过实施方案)', () => {
    expect(values('于2024年3月5日前召开会议研究通过实施方案').deadlines).toEqual([['于2024年3月5日前', '2024-03-05']]);
  });
});

// A floor written before the figure qualifies the thing after it as X以上的 does (found by writing dev's X万元以上 as 不低于X万元:
// thresholds 0.968 → 0.975 on that probe; 惠州 dev as written: 总额不低于500万元的产业创新能力建设 is now a condition, not a grant).
describe('a floor before a sum that qualifies the thing after it is a threshold (floor of a thing)', () => {
  it.each([
    ['文宿 dev (xinjiang-wensu-zhaoshang.txt), 以上 written 不低于', '固定资产投资额不低于2000万元的农副产品精深加工产业;', [[20000000, undefined]], []],
    ['山西省 dev (shanxi-shanxisheng-gongyewenzengzhang.txt), the same', '中小微企业2022年度内新购置的单位价值不低于500万元的设备', [[5000000, undefined]], []],
    ['惠州 dev (guangdong-huizhou-zhizaoye.txt), as written', '市级对国家级、省级制造业创新中心开展新购置研发仪器设备(含配套软件,不含税)总额不低于500万元的产业创新能力建设', [[5000000, undefined]], []],
    ['a grant floor stays a grant', '对认定的企业给予不低于50万元的奖励', [], [[500000, 'fixed']]],
    ['a fund size stays a fund', '每年安排不低于1亿元的专项资金', [], [[100000000, 'total']]],
  ] as [string, string, unknown[], unknown[]][])('%s: %s', (_name, text, thresholds, amounts) => {
    const v = values(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.amounts).toEqual(amounts);
  });
});

// Round 19 (杞县 dev, henan-qixian-touziyouhui.txt): bounded shares in the bracket that qualifies a bounded figure.
describe('a bounded share in the remark on a bounded figure is a condition (remark shares)', () => {
  it.each([
    ['杞县 dev', '境内外客商投资兴建工业企业,固定资产投资在1亿元人民币以上(合资、合作项目,境内客商在杞县投资比例60%以上,境外客商在杞县投资比例25%以上)并办理法定手续,经营期10年以上,在杞县照章纳税,享受本优惠政策。', [[100000000, undefined], [0.6, undefined], [0.25, undefined], [10, undefined]], []],
    ['form: an export share in the remark, then the grant', '对年销售收入1亿元以上(其中出口占比30%以上)的企业,给予10万元奖励', [[100000000, undefined], [0.3, undefined]], [[500000 / 5, 'fixed']]],
  ] as [string, string, unknown[], unknown[]][])('%s: %s', (_name, text, thresholds, amounts) => {
    const v = values(text);
    expect(v.thresholds).toEqual(thresholds);
    expect(v.amounts).toEqual(amounts);
  });
  it('a cap on a share in a grant\'s remark stays a rate (给予补助(补助比例不超过50%))', () => {
    expect(extractValues('给予补助(补助比例不超过50%)').rates.map((r) => r.value)).toEqual([0.5]);
  });
});

// Round 20 (慈溪 dev, zhejiang-cixi-chanyezhengce.txt; 五华 dev, yunnan-wuhua-pingwenjiankang.txt).
describe('round 20: steps written 每增, the part below a step, the years a condition measures, a fund floor', () => {
  it('慈溪: 每增100万元最高奖励500元(不足100万元部分不予奖励),总额不超过30万元', () => {
    const v = values('按其较上年度营收增量部分给予奖励,每增100万元最高奖励500元(不足100万元部分不予奖励),总额不超过30万元');
    expect(v.thresholds).toEqual([[1000000, undefined]]);
    expect(v.amounts).toEqual([[500, 'cap'], [300000, 'cap']]);
  });
  it('慈溪: 近两年营业收入年增长率平均值为正 measures a condition over two years, no deadline; corpus 001: 近三年研发投入', () => {
    expect(values('对近两年营业收入年增长率平均值为正且当年度营收增速达到10%以上的规上数字经济制造业企业').deadlines).toEqual([]);
    expect(values('企业近三年研发投入占营业收入比例不低于5%').deadlines).toEqual([]);
    // (its raw keeps 内, as 3年内's does: round 211)
    expect(values('近三年内不得转让').deadlines).toEqual([['近三年内', undefined]]);
  });
  it('五华: 每年安排资金不少于100万用于支持企业的研发 is a budget, not a condition', () => {
    expect(values('鼓励企业加大研发经费投入,每年安排资金不少于100万用于支持企业的研发。')).toMatchObject({ amounts: [[1000000, 'total']], thresholds: [] });
  });
});

// 本年度/本年 for 今年 (found by writing dev's 今年 as 本年度, 448 files: deadlines 0.984 → 0.981, now 0.984).
describe('本年度 and 本年 set the notice\'s year where 今年 does (this year)', () => {
  it.each([
    ['黄石 dev (hubei-huangshi-zerenfenjie.txt) so written', '本年度经济社会发展的主要预期目标是:地区生产总值增长11%左右;', [['本年度', '2021']]],
    ['a heading so written', '一、本年经济社会发展的主要预期目标', [['本年', '2021']]],
    ['running text describes (对本年度发展的预期)', '综合考虑对本年度发展的预期', []],
  ] as [string, string, unknown[]][])('%s: %s', (_name, text, deadlines) => expect(values(text, '2021-02-25').deadlines).toEqual(deadlines));
});
