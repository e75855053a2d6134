import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Classes from round 127 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

describe('a year’s end with 前 is a time limit whenever it fell, also before the notice’s year (year-end limit)', () => {
  it.each([
    // 阜新 (liaoning-fuxin-duchazhenggai.txt): a 2025 notice restating a plan's steps
    ['2021年底前,摸清县域生活垃圾收运处置设施底数,根据设施服务年限谋划补短板,列出年度建设项目计划;', '2025-12-30', [['2021年底前', '2021-12']]],
    ['2024年底前,项目基本竣工运行;', '2025-12-30', [['2024年底前', '2024-12']]],
    // forms: 年末, 之前, full-width comma
    ['2022年末之前，完成全部改造任务。', '2024-03-01', [['2022年末之前', '2022-12']]],
    // (a bare year before the notice looks back, as before)
    ['2021年,全市完成改造任务120个。', '2025-12-30', []],
    // (a year with 前 alone may bound a cohort: 番禺, guangdong-panyu-minshengshishi.txt)
    ['对2000年前(含2000年)建设的无物业管理、无加压设施的老旧居民小区用户户外供水设施进行改造。', '2022-03-01', []],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

describe('a day or a month whose year lost its 年 on the page is dated all the same (lost 年)', () => {
  it.each([
    // 洪山 (hubei-hongshan-zerenfenjie2025.txt)
    ['认真制定全年办理工作方案,并于20251月20日前经本单位主要负责人审定后书面报区政府督查室(填写附件1)。', '2025-01-06', [['于20251月20日前', '2025-01-20']]],
    ['同时,将主要目标任务各季度及全年完成情况20254月8日、7月8日、10月8日及12月8日前,经本位主要负责人审定后以书面及电子版形式报送至区政府督查室(填写附件2)。', '2025-01-06', [
      ['20254月8日', '2025-04-08'], ['7月8日', '2025-07-08'], ['10月8日', '2025-10-08'], ['12月8日前', '2025-12-08'],
    ]],
    // forms: a two-digit month, a month's end
    ['各地于202510月底前完成摸底。', '2025-03-01', [['于202510月底前', '2025-10']]],
    // (not a signature's day run together, nor a sum)
    ['20251月13', '2025-01-13', []],
    ['年度投资规模达到20251万元。', '2025-01-13', []],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(deadlinePairs(s, date)).toEqual(want));
});

/** Each clause's words, rates and units, of a text read as a document. */
const clauses = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text, c.rates.map((r) => r.value), [...c.units]]);

describe('a bar-drawn table whose task column is its goals (预期目标) is a task table, its progress column no clause (goal column)', () => {
  it.each([
    // 沙坪坝 2021 (chongqing-shapingba-yijidutuijin2021.txt): a cell a line, each closed by a bar
    [
      '附件1\n经济社会发展10项预期目标任务进展情况表\n序号 |\n预期目标 |\n责任单位 |\n进展情况 |\n1 |\n地区生产总值增长6%以上 |\n区发展改革委 |\n预计一季度GDP增长20%左右。 |\n2 |\n固定资产投资总额增长8% |\n区发展改革委 |\n预计一季度投资增速20%左右。 |\n',
      [
        ['地区生产总值增长6%以上', [0.06], ['区发展改革委']],
        ['固定资产投资总额增长8%', [0.08], ['区发展改革委']],
      ],
    ],
    // form: rows on a line each, 主要目标 and 完成情况
    [
      '2024年主要目标完成情况表\n| 序号 | 主要目标 | 责任单位 | 完成情况 |\n| 1 | 规上工业增加值增长8% | 区经济信息委 | 全年增长9.2%。 |\n',
      [['规上工业增加值增长8%', [0.08], ['区经济信息委']]],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(clauses(text).filter((c) => (c[1] as number[]).length || (c[2] as string[]).length)).toEqual(want));
});

/** Each clause's words (its first 12 characters), amounts, deadlines and units, of a text read as a document. */
const rows = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text.slice(0, 12), c.amounts.map((a) => a.yuan), (c.deadlines ?? []).map((d) => d.raw), [...c.units]]);

describe('an item closed by its own note over a completion report’s text is the task; the report is no clause (completion report)', () => {
  it.each([
    // 安顺 (guizhou-anshun-shijianshishi.txt): each item's note on its line, the report under it
    [
      '截止2019年12月31日,安顺市委、市人民政府“十件实事”涉及的16项工作任务全面完成。具体情况如下:\n1.减少农村扶贫对象6.76万人(责任单位:市扶贫办,各县区)\n此项工作已完成。截至2019年12月底,全市完成减少农村扶贫对象7.497万人。累计投入中央、省级、市、县四级财政专项扶贫资金126861.9万元。\n2.实施易地扶贫搬迁18695人,其中贫困人口14861人。(责任单位:市移民局,西秀区、普定县)\n此项工作已完成。截至2019年12月底,全市建设易地扶贫搬迁安置点6个。\n',
      [
        ['截止2019年12月31', [], ['截止2019年12月31日'], []],
        ['具体情况如下:', [], [], []],
        ['减少农村扶贫对象6.76', [], [], ['市扶贫办', '各县区']],
        ['实施易地扶贫搬迁1869', [], [], ['市移民局', '西秀区', '普定县']],
      ],
    ],
    // form: the note on a line of its own, 该项任务
    [
      '2024年重点工作完成情况\n(一)建成5G基站300个\n牵头单位:市工信局\n该项任务已全面完成。截至2024年12月底,累计建成5G基站320个,投入资金1.2亿元。\n(二)新增规上工业企业50家\n牵头单位:市统计局\n该项任务已完成。\n',
      [
        ['建成5G基站300个', [], [], ['市工信局']],
        ['新增规上工业企业50家', [], [], ['市统计局']],
      ],
    ],
    // (a section's noted heading over its task text stays a section: the text takes the note)
    [
      '关于印发促进经济发展若干措施的通知\n(一)强化科技创新(责任单位:市科技局)\n支持企业建设研发平台,给予最高50万元补助。\n(二)扩大有效投资(责任单位:市发改委)\n2024年底前完成投资100亿元。\n',
      [
        ['支持企业建设研发平台,给', [500000], [], ['市科技局']],
        ['2024年底前完成投资1', [10000000000], ['2024年底前'], ['市发改委']],
      ],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(rows(text)).toEqual(want));
});
