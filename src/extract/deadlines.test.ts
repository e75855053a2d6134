import { describe, expect, it } from 'vitest';
import { extractDeadlines, resolveRelative } from './deadlines.js';
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
