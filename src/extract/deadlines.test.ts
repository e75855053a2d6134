import { describe, expect, it } from 'vitest';
import { deadlineFromCell, extractDeadlines, resolveRelative } from './deadlines.js';
import { extractValues } from './extract.js';
import { expectGrounded, type Expected } from './fixture-table.js';
import type { Deadline } from '../types.js';

const cases: { text: string; date?: string; deadlines: Expected<Deadline>[] }[] = [
  { text: '到2025年，产业链核心基础零部件（元器件）能力显著提升', deadlines: [{ raw: '到2025年', date: '2025' }] },
  { text: '特制定本方案，实施期限为2021—2025年。', deadlines: [{ raw: '2021—2025年', from: '2021', date: '2025' }] },
  { text: '适度增加“十四五”期间区级财政支持工业高质量发展的资金预算', deadlines: [{ raw: '“十四五”期间', from: '2021', date: '2025' }] },
  { text: '三年内遴选15个智能制造示范企业', date: '2021-10-14', deadlines: [{ raw: '三年内', kind: 'relative', resolved: '2024-10-14' }] },
  { text: '决定连续3年、每年至少投入2亿元', date: '2021-10-14', deadlines: [{ raw: '连续3年', kind: 'relative', resolved: '2024-10-14' }] },
  { text: '企业可申请在3—5年内就近预留一定空间的工业用地', deadlines: [{ raw: '3—5年内', kind: 'relative' }] },
  { text: '本政策措施自发布之日起施行，其中有明确执行期限的，按规定执行。', deadlines: [{ raw: '自发布之日起施行', kind: 'effective' }] },
  { text: '《重庆市綦江区国土空间总体规划（2021—2035年）》发布后，支持符合条件的', deadlines: [{ raw: '2021—2035年', from: '2021', date: '2035' }] },
  { text: '力争2022年6月底前完成全部项目验收', deadlines: [{ raw: '2022年6月底前', date: '2022-06' }] },
  { text: '2022年正阳工业园区管委会与四川西充经济开发区管委会签订战略合作协议', date: '2022-01-11', deadlines: [{ raw: '2022年', date: '2022' }] },
  // A cited title's period and an edition year are not deadlines; nor is a baseline year before the document.
  // A cited plan's period is a deadline (ANNOTATION.md, conventions for other provinces); a revision year is not.
  { text: '根据《重庆市制造业高质量发展“十四五”规划（2021—2025年）》等文件精神', deadlines: [{ raw: '2021—2025年', from: '2021', date: '2025' }] },
  { text: '根据《中华人民共和国中小企业促进法（2017年修订）》', deadlines: [] },
  { text: '对于《重庆市首台(套)重大技术装备推广应用目录(2019年版)》内列明的装备', deadlines: [] },
  { text: '备注：2021年相关数据未公布，故以2020年数据为基础。', date: '2022-01-11', deadlines: [] },
  { text: '围绕我区“十四五”时期六大产业总体布局', deadlines: [] },
];

describe('deadlines', () => {
  for (const c of cases) {
    it(c.text.slice(0, 40), () => {
      expectGrounded(c.text, extractDeadlines(c.text, c.date), c.deadlines, ['date', 'from', 'kind', 'resolved']);
    });
  }
  it('resolves months and days against the document date', () => {
    expect(resolveRelative('6个月内', '2021-10-14')).toBe('2022-04-14');
    expect(resolveRelative('30日内', '2021-12-14')).toBe('2022-01-13');
    expect(resolveRelative('3—5年内', '2021-09-07')).toBe('2026-09-07');
  });
});

describe('deadlines: other phrasings', () => {
  it('自2023年1月1日起施行，有效期3年', () => {
    const d = extractDeadlines('本办法自2023年1月1日起施行，有效期3年。', '2022-12-20');
    expect(d.map((x) => [x.raw, x.date, x.kind, x.resolved])).toEqual([
      ['自2023年1月1日起施行', '2023-01-01', 'effective', undefined],
      ['有效期3年', undefined, 'relative', '2025-12-20'],
    ]);
  });
  it('a period between two calendar dates', () => {
    expect(extractDeadlines('政策执行期限为2024年1月1日至2026年12月31日。').map((x) => [x.raw, x.from, x.date])).toEqual([['2024年1月1日至2026年12月31日', '2024-01-01', '2026-12-31']]);
  });
  it('截至2025年12月31日', () => {
    expect(extractDeadlines('政策执行期截至2025年12月31日。').map((x) => x.date)).toEqual(['2025-12-31']);
  });
});

// Classes of deadline misses on the national development set (eval/national/dev), each in its general form.
// Real sentences: the dev file in the comment, or a public page (address in the comment, a short excerpt).
type Row = [text: string, docDate: string | undefined, want: [raw: string, from: string | undefined, date: string | undefined][]];
const table = (rows: Row[]) =>
  it.each(rows)('%s', (text, docDate, want) => {
    // Through extractValues: it folds full-width and traditional characters and keeps the raw as written.
    const got = extractValues(text, docDate).deadlines;
    expect(got.map((d) => [d.raw, d.from, d.date])).toEqual(want);
    for (const d of got) expect(text.slice(d.start, d.end)).toBe(d.raw);
  });

describe('deadlines: quarters and half years are periods; a frequency or an assessment is not', () => {
  table([
    // 云南 澜沧县 (2025 notice: the year comes from its title, see noticeDate)
    ['按照“一季度开门红”“二季度争过半”“三季度功九成”“四季度大收官”的进度和节奏', '2025', [['一季度', '2025-01', '2025-03'], ['二季度', '2025-04', '2025-06'], ['三季度', '2025-07', '2025-09'], ['四季度', '2025-10', '2025-12']]],
    ['对经济指标完成情况实行“一季度一目标、一季度一督导、一季度一奖补”工作机制', '2025', []],
    ['县级部门按季度、年度给予奖励(季度考核为一至三季度)。', '2025', []],
    ['排名前三位的县级部门分别按30万元、25万元、20元给予资金奖补(第四季度考核为年度考核)。', '2025', []],
    ['对每季度考核排名前六位的乡(镇)分别按20万元给予资金奖补', '2025', []],
    // 云南省 (dev): a numbered quarter with its year; full-width brackets and digits fold alike
    ['2017年第3季度对省预算内基建投资完成情况进行检查', undefined, [['2017年第3季度', '2017-07', '2017-09']]],
    ['2024年一至三季度', undefined, [['2024年一至三季度', '2024-01', '2024-09']]],
    ['前三季度', '2025-02-01', [['前三季度', '2025-01', '2025-09']]],
    ['确保首季开门红', '2025-02-01', [['首季', '2025-01', '2025-03']]],
    ['（第四季度考核为年度考核）', '2025', []],
    ['2024年上半年', undefined, [['2024年上半年', '2024-01', '2024-06']]],
    ['下半年启动申报', '2024-05-01', [['下半年', '2024-07', '2024-12']]],
    ['每半年开展一次评估', '2024-05-01', []],
  ]);
});

describe('deadlines: a year that names a plan, a budget, funds or a baseline is not a deadline', () => {
  table([
    ['积极争取2025年提前批债券额度。', '2024-10-30', []], // 山东 烟台市
    ['2023年市本级政府投资计划安排项目169个,安排财政资金45.93亿元。', '2023-02-27', []], // 浙江 温岭市
    ['“两重”“两新”政策落地,用好2024年下达的各类政策性资金', '2024-10-30', []], // 山东 烟台市
    // http://news.eeju.com/shangye/2022/0425/22307.html
    ['财政部提前下达地方2022年新增专项债券额度1.46万亿元', '2022-04-25', []],
    ['做好2023年经济工作', '2023-01-05', []],
    ['在2023年的基础上', '2023-01-05', []],
    ['積極爭取2025年提前批債券額度', '2024-10-30', []],
    // Still deadlines: the year of an act, a target.
    ['2022年正阳工业园区管委会与四川西充经济开发区管委会签订战略合作协议', '2022-01-11', [['2022年', undefined, '2022']]],
    ['力争2025年建成投产', '2024-01-01', [['2025年', undefined, '2025']]],
    ['2030年以前', '2024-01-01', [['2030年以前', undefined, '2030']]],
    ['2025年年底前', undefined, [['2025年年底前', undefined, '2025-12']]],
  ]);
});

describe('deadlines: years, periods and effective dates in their other written forms', () => {
  table([
    ['到二〇二五年', undefined, [['到二〇二五年', undefined, '2025']]],
    ['到二○二五年底', undefined, [['到二○二五年底', undefined, '2025-12']]], // ○ (U+25CB) as official dates write it
    ['本措施自印发之日起30日后施行', undefined, [['自印发之日起30日后施行', undefined, undefined]]],
    ['本措施自2024年3月1日起实施，执行至2026年12月31日。', undefined, [['自2024年3月1日起实施', undefined, '2024-03-01'], ['至2026年12月31日', undefined, '2026-12-31']]],
    ['自2024年1月1日起至2026年12月31日止', undefined, [['2024年1月1日起至2026年12月31日止', '2024-01-01', '2026-12-31']]],
    ['执行期为2024.1.1—2025.12.31', undefined, [['2024.1.1—2025.12.31', '2024-01-01', '2025-12-31']]],
    ['截至2024.12.31', undefined, [['截至2024.12.31', undefined, '2024-12-31']]],
    ['2024年1月至2025年12月', undefined, [['2024年1月至2025年12月', '2024-01', '2025-12']]],
    ['2024年1-6月', undefined, [['2024年1-6月', '2024-01', '2024-06']]],
    ['2024年1月—6月', undefined, [['2024年1月—6月', '2024-01', '2024-06']]],
    ['2023年至2025年', undefined, [['2023年至2025年', '2023', '2025']]],
    ['（2023－2025年）', undefined, [['2023－2025年', '2023', '2025']]],
    ['2023~2025年', undefined, [['2023~2025年', '2023', '2025']]],
    ['实施期限为2023―2025年', undefined, [['2023―2025年', '2023', '2025']]], // U+2015 as some pages write the dash
    ['2023〜2025年', undefined, [['2023〜2025年', '2023', '2025']]],
    ['2025年6月份前', undefined, [['2025年6月份前', undefined, '2025-06']]],
    // 重庆 000 (outside the seed gold's scope): a limit that recurs each year is ongoing (ANNOTATION round 9), no date.
    ['由各街镇、园城根据每年12月底前将符合条件的企业报送至区经济信息委', '2021-10-14', [['每年12月底前', undefined, undefined]]],
    ['本政策有效期暂定3年', '2024-03-01', [['有效期暂定3年', undefined, undefined]]],
    ['本办法试行两年', '2024-03-01', [['试行两年', undefined, undefined]]],
    ['实施期限为3年', '2024-03-01', [['实施期限为3年', undefined, undefined]]],
    ['6个月之内', '2024-03-01', [['6个月之内', undefined, undefined]]],
    // a span of time after the verb that takes it: the span's words (珠海高新区 dev, round 23: 力争通过3年时间实现…)
    ['力争用3年时间', '2024-03-01', [['3年时间', undefined, undefined]]],
    ['力争通过3年时间实现高新区实体经济高质量发展', '2023-01-29', [['3年时间', undefined, undefined]]],
    ['经过两年左右的时间', '2024-03-01', [['两年左右的时间', undefined, undefined]]],
    ['力爭用3年時間', '2024-03-01', [['3年時間', undefined, undefined]]],
    ['工作时间3年以上', '2024-03-01', []],
    ['２０２５年底前', undefined, [['２０２５年底前', undefined, '2025-12']]],
  ]);
  it('a relative deadline against a notice known only by its year resolves in years, not days', () => {
    expect(resolveRelative('三年内', '2025')).toBe('2028');
    expect(resolveRelative('30日内', '2025')).toBeUndefined();
  });
});

describe('a labelled time limit that is no date is ongoing', () => {
  it.each([
    ['（牵头单位：市工信局，完成时限：长期坚持）', '长期坚持'],
    ['责任单位：市发改委 完成时间：持续推进', '持续推进'],
    ['【责任单位：市工信局；完成时限：长期】', '长期'],
    ['（责任单位：市工信局；时间节点：常态化推进）', '常态化推进'],
  ])('%s', (text, raw) => expect(extractDeadlines(text).map((d) => [d.raw, d.kind])).toEqual([[raw, 'ongoing']]));
  it('长期 in running text is no time limit', () => expect(extractDeadlines('长期坚持以企业为中心的服务理念')).toEqual([]));
});

describe('a calendar year with 内, a month in words after a year', () => {
  it.each([
    ['确保2024年内全部开工', [['2024年内', '2024']]],
    ['二〇二四年十二月底前完成验收', [['二〇二四年十二月底前', '2024-12']]],
    ['2024年十月底前完成申报', [['2024年十月底前', '2024-10']]],
    ['3年内完成改造', [['3年内', 'relative']]],
  ])('%s', (text, want) => expect(extractDeadlines(text, '2024-03-01').map((d) => [d.raw, d.date ?? d.kind])).toEqual(want));
});

describe('a time-limit cell: a month alone, a frequency', () => {
  it.each([
    ['6月', '2024-06'],
    ['12月份', '2024-12'],
    ['十月底', '2024-10'],
    ['每季度', 'ongoing'],
    ['2024年6月', '2024-06'],
  ])('%s', (cell, want) => {
    const d = deadlineFromCell(cell, 0, '2024-03-01');
    expect(d?.date ?? d?.kind).toBe(want);
  });
});

describe('months without a year: periods and starts', () => {
  it.each([
    ['6—9月开展专项行动', [['6—9月', '2024-09', '2024-06']]],
    ['3月至5月集中申报', [['3月至5月', '2024-05', '2024-03']]],
    ['本办法10月1日起施行', [['10月1日起施行', '2024-10-01', undefined]]],
    ['2023年开展调查，6—9月集中整治', [['6—9月', '2023-09', '2023-06']]], // the year written before (a past year is no deadline itself)
  ])('%s', (text, want) => expect(extractDeadlines(text, '2024-03-01').map((d) => [d.raw, d.date, d.from])).toEqual(want));
});
