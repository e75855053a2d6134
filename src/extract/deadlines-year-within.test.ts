import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// A calendar year with 内 is that year (2024年内); written 年度内 it was read only where other words around it set a window.
const deadlines = (text: string, docDate?: string) =>
  extractValues(text, docDate).deadlines.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.raw);
    return [d.raw, d.date ?? d.kind];
  });

describe('a year written 年度内 is that year (year within)', () => {
  it.each([
    // 宁夏 (ningxia-ningxiasheng-zhenzuogongye.txt), 山西 (shanxi-shanxisheng-gongyewenzengzhang.txt, a space as its PDF dump has it)
    ['中小微企业2022年度内新购置的单位价值500万元以上的设备器具,折旧年限为3年的可选择一次性税前扣除', [['2022年度内', '2022']]],
    ['中小微企业2022 年度内新购置的单位价值500万元以上的设备器具', [['2022 年度内', '2022']]],
    // forms
    ['项目须在2024年度以内开工建设。', [['2024年度以内', '2024']]],
    ['2024年内完成。', [['2024年内', '2024']]],
  ])('%s', (s, want) => expect(deadlines(s, '2022-05-01')).toEqual(want));
});

// A count of things right before 年内 (其中16个年内建成投运, round 238's 镇江): 个 counts the facilities, no span of years.
describe('a count before 年内 is no span (count before 年内)', () => {
  it.each([
    ['省政府下达丹阳市、句容市47个农村居民点的污水处理设施,2008年全面开工建设,其中16个年内建成投运。', ['2008年']],
    // form: 个 before 年度 or 自然年 still counts years
    ['企业须在3个年度内完成投资。', ['3个年度内']],
  ])('%s', (s, want) => expect(extractValues(s).deadlines.map((d) => d.raw)).toEqual(want));
});
