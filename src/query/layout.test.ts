import { describe, expect, it } from 'vitest';
import { table, width, wrap } from './layout.js';

describe('layout', () => {
  it.each([
    ['abc', 3],
    ['渝北区', 6],
    ['15%（投资额度）', 15],
  ])('width(%s) = %d', (s, w) => expect(width(s)).toBe(w));
  it('wraps at separators and never starts a line with closing punctuation', () => {
    expect(wrap('区经济信息委、区财政局、各区属国有公司', 12)).toEqual(['区经济信息', '委、区财政', '局、各区属国', '有公司']);
    expect(wrap('智能工厂 100万元（一次性）', 24)).toEqual(['智能工厂 100万元（一次', '性）']);
  });
  it('a table fits the width by wrapping, and takes its natural width when none is given', () => {
    const rows = [['技改投资补助', '最高 15%（投资额度）；最高 1000万元', '区经济信息委、区财政局、各区属国有公司']];
    const cols = [{ header: '措施', min: 8 }, { header: '金额/比例', min: 10 }, { header: '责任单位', min: 8 }];
    const narrow = table(cols, rows, 50);
    expect(Math.max(...narrow.split('\n').map(width))).toBeLessThanOrEqual(50);
    expect(table(cols, rows).split('\n')).toHaveLength(3);
  });
});

describe('table at widths too narrow for its minimums', () => {
  it.each([40, 50, 60])('width %d: still no line wider', (w) => {
    const cols = [{ header: '文件（发文机关）', min: 16 }, { header: '文号', min: 20 }, { header: '地区', min: 6 }];
    const t = table(cols, [['支持制造业高质量发展若干政策措施（重庆市渝北区人民政府）', '渝北府发〔2021〕13号', '渝北区']], w);
    expect(Math.max(...t.split('\n').map(width))).toBeLessThanOrEqual(w);
  });
});
