import { describe, expect, it } from 'vitest';
import { extractDocument, extractValues } from './extract.js';
import { valueRows } from './fixture-table.js';
import { documentsOfPlainText } from '../ingest/ingest.js';

// Round 13 of classes (issue 9), values and deadlines half, from the 6 notices of round 13 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources); "form" marks a sentence written from the class where no real one was at hand.
const clausesOf = (text: string) =>
  documentsOfPlainText(text).flatMap((d) => extractDocument(d));

describe('a list bullet opening a paragraph is no part of its first clause', () => {
  it.each([
    // 山东 邹平 (shandong-zouping-zhaoshang.txt): a page's body written as a bulleted list.
    ['邹平市招商政策\n\n  • 本办法适用于从市域外引进的投资2000万元及以上的重大产业项目或当地实际财政年度贡献量100万元以上的财税贡献类项目。本办法所涉及重大产业项目必须符合国家产业政策和我市产业发展规划。\n',
      '本办法适用于从市域外引进的投资2000万元及以上的重大产业项目或当地实际财政年度贡献量100万元以上的财税贡献类项目。'],
    ['邹平市招商政策\n\n  • 经营贡献奖励。对当地实际财政年度贡献量100万元以上的新建项目,项目投产后,三年内按照其当地实际财政年度贡献量的50%给予企业奖励。\n',
      // (the bullet's short title is cut off as a numbered item's is: the round-13 units class)
      '对当地实际财政年度贡献量100万元以上的新建项目,项目投产后,三年内按照其当地实际财政年度贡献量的50%给予企业奖励。'],
    // Other bullet shapes (form): ● ■ ◆ ▪ ・ ·, with or without a space after them.
    ['某县招商政策\n\n●对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n■ 对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n◆对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n▪ 对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n・对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n· 对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
  ] as [string, string][])('%#', (text, first) => {
    expect(clausesOf(text)[0].text).toBe(first);
  });
});

describe('a count written before a size with a bound word, the things counted after it: a threshold on what is counted', () => {
  it.each([
    // 湖北 应城 (hubei-yingcheng-gongyeqiangshi.txt): 一个 before the size, 产业集群 after it.
    ['培植一个年销售收入过150亿元的产业集群;', 15000000000],
    ['扶持两个销售收入过30亿元的企业集团;', 3000000000],
    // 河南 商丘 (http://shangqiu.yuduxx.com/huashang/181767.html): 5个 / 3个 before the size, in a goal sentence.
    ['力争到2017年,形成5个主营业务收入超百亿元的产业集群。', 10000000000],
    ['力争到2017年,市级形成食品、纺织服装制鞋、装备制造3个主营业务收入超千亿元的产业集群。', 100000000000],
    // Traditional characters (form, from 应城).
    ['培植一個年銷售收入過150億元的產業集群;', 15000000000],
  ] as [string, number][])('%s', (text, min) => {
    expect(valueRows(text)).toEqual({ amounts: [], rates: [], thresholds: [[min, undefined, '元']] });
  });

  it.each([
    // Without a bound word the size is nothing or a scale (ANNOTATION), never a threshold (forms).
    '建设3个千亿产业集群',
    // A figure the sentence sets as a goal, no count before it, stays a target (应城).
    '力争盐化工和精细化工产业两年内销售收入过150亿元;',
  ])('%s', (text) => {
    expect(valueRows(text).thresholds).toEqual([]);
  });
});

describe('how long an applicant runs its business, with a bound, is a threshold in 年 / 个月 and no deadline', () => {
  const rows = (text: string) => {
    const v = extractValues(text);
    return { thresholds: v.thresholds.map((t) => [t.min, t.max, t.unit]), deadlines: v.deadlines.map((d) => d.raw) };
  };
  it.each([
    // 山东 邹平 (shandong-zouping-zhaoshang.txt): a commitment in a scope sentence, a condition in a bracket.
    ['投资企业须在本市工商注册、依法纳税,具有独立法人资格并承诺在本市经营期限不低于10年且不减少注册资本。', [[10, undefined, '年']]],
    ['新设的实缴注册资本1亿元及以上(外币按同期汇率折算)的总部经济项目(连续经营一年以上,管理邹平市域以外2家及以上分支机构,年纳税1000万元及以上),给予企业100万元的一次性奖励。',
      [[100000000, undefined, '元'], [1, undefined, '年'], [2, undefined, '家'], [10000000, undefined, '元']]],
    // Other words and units (forms): 满, 不少于, 个月, 年限, traditional characters.
    ['企业在本地经营满5年的,给予奖励。', [[5, undefined, '年']]],
    ['承诺在本县经营年限不少于10年。', [[10, undefined, '年']]],
    ['对正常生产经营12个月以上的企业给予奖励。', [[12, undefined, '个月']]],
    ['承諾在本市經營期限不低於10年。', [[10, undefined, '年']]],
  ] as [string, unknown[][]][])('%s', (text, want) => {
    expect(rows(text)).toEqual({ thresholds: want, deadlines: [] });
  });

  it.each([
    // A grant's span stays a relative deadline (ANNOTATION: 连续补贴3年).
    ['连续补贴3年。', [], ['连续补贴3年']],
    // 甘肃 庆阳 (http://gansu.gansudaily.com.cn/system/2023/05/25/030783805.shtml): 运营一年后 has no bound: no term threshold.
    ['对新引进的头部企业,在庆阳设立区域总部或分支机构,正式运营一年后在庆阳市形成财力达到500万元以上的,给予200万元财政资金奖补。', [[5000000, undefined, '元']], []],
  ] as [string, unknown[][], string[]][])('%s', (text, thresholds, deadlines) => {
    expect(rows(text)).toEqual({ thresholds, deadlines });
  });
});

describe('a count of the branches an applicant holds, with a bound, is a threshold in 家 / 个', () => {
  it.each([
    // 浙江 杭州 (http://www.b4dc4.cn/news/2023/0526/260469.html, traditional characters as the page writes them).
    ['總部企業應在杭州市外擁有2家及以上分支機構。', [[2, undefined, '家']]],
    // 山东 邹平: in a condition bracket (above); a form with 控股 and 个.
    ['控股3个以上子公司的总部企业。', [[3, undefined, '个']]],
    // Setting up branches counts what one builds, no holding verb: nothing (form).
    ['新设2家以上分支机构。', []],
  ] as [string, unknown[][]][])('%s', (text, want) => {
    expect(valueRows(text).thresholds).toEqual(want);
  });
});

describe('a year alone on its line over each group of targets is body, not a running header, and sets their year', () => {
  const years = (text: string) => clausesOf(text).filter((c) => c.deadlines.length).map((c) => [c.text.replace(/\s/g, "").slice(0, 7), c.deadlines.map((d) => d.date)]);
  it('胶州: 产业发展目标 / 2025年 / …, 招商引资目标 / 2025年 / …, 运转保障目标 / 2025年 / … (three times, as a running header would be)', () => {
    // 山东 胶州 (shandong-jiaozhou-chanye.txt), the lines as the page writes them.
    const text =
      '胶州市产业工作方案\n二、目标路径\n(一)工作目标\n产业发展目标\n2025年\n全市地区生产总值增长5.6%\n农林牧渔业总产值增长4.3%以上\n招商引资目标\n2025年\n新签约项目200个,新开工项目150个\n运转保障目标\n2025年\n高质量完成青岛市构建创新型产业体系确立的重要任务\n';
    expect(years(text)).toEqual([
      ['2025年全市', ['2025']],
      ['2025年新签', ['2025']],
      ['2025年高质', ['2025']],
    ]);
  });
  it('the same with 到2025年 and 2025年目标 lines (form)', () => {
    const text = '某县工作方案\n一、工作目标\n工业目标\n到2025年\n规上工业增加值增长8%\n服务业目标\n到2025年\n服务业增加值增长6%\n投资目标\n到2025年\n固定资产投资增长5%\n';
    expect(years(text).map(([, d]) => d)).toEqual([['2025'], ['2025'], ['2025']]);
  });
});

describe('a month with 以后/之后/以来/起 before a condition opens the window an act must fall in: a start, not the period measured', () => {
  const rows = (text: string) => extractValues(text).deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // 辽宁 铁岭 (liaoning-tieling-gongyeqiangshi.txt).
    ['在省中小企业数字化转型城市试点期间,对2024年6月份以后投资额不低于20万元的中小企业数字化转型项目', [['2024年6月份', '2024-06']]],
    // Other words and shapes (forms): 之后, no 份, traditional characters.
    ['对2024年1月之后新增投资额超过500万元的企业', [['2024年1月', '2024-01']]],
    ['对2024年6月以后投资额不低于20万元的项目', [['2024年6月', '2024-06']]],
    ['對2024年6月份以後投資額不低於20萬元的項目', [['2024年6月份', '2024-06']]],
  ] as [string, string[][]][])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });

  it.each([
    // The period a figure is measured over stays none (ANNOTATION; 四川 宜宾 sichuan-yibin-gongyejingji.txt, 湖北 宜昌 hubei-yichang-kaimenhong.txt).
    '对2024年四季度整车产量超过3万辆的整车企业',
    '对城区2025年一季度产值同比增长15%以上的规上工业企业',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('a year with 以后/之后 before the applicant of a condition opens its window: a start', () => {
  const rows = (text: string) => extractValues(text).deadlines.map((d) => [d.raw, d.date]);
  it.each([
    // Forms of the 铁岭 class (liaoning-tieling-gongyeqiangshi.txt) with a year alone.
    ['对2024年以后投资额不低于20万元的中小企业数字化转型项目', [['2024年以后', '2024']]],
    ['对2024年之后新建的项目给予奖励', [['2024年之后', '2024']]],
    // A year 以来/以后 the sentence describes, no applicant after it: none (forms).
    ['2023年以来,我市工业经济稳步增长', []],
    ['谋划2025年以后的发展', []],
  ] as [string, string[][]][])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});
