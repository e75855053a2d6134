import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { devText } from '../dev-notices.js';

// Round 194 (issue 9): a 公示's table drawn a cell a line with bars and no row numbers (广汉) ran into one line; its rows are the
// header's number of cells each, the header the cells named as columns from the recipients' column on, a money column among them.
const lines = (s: string) => cleanText(s).clean.text.split('\n');

describe('a bar-cell table with no row numbers splits into rows by its header (unnumbered bar table)', () => {
  it('广汉 (sichuan-guanghan-lvseyoujijiangbu.txt)', () => {
    const got = lines(devText('sichuan-guanghan-lvseyoujijiangbu.txt'));
    expect(got).toContain('单位名称|奖补事项|奖补资金|');
    expect(got).toContain('广汉绿丰蔬菜种植专业合作社|绿色食品认证|2万元|');
    expect(got).toContain('四川锦花米业有限责任公司|有机产品认证|3万元|');
  });
  it('form: a short firm name that could pass for a column is a cell all the same', () =>
    expect(lines('企业名称 |\n奖励金额 |\n甲公司 |\n5万元 |\n乙公司 |\n3万元 |')).toEqual(['企业名称|奖励金额|', '甲公司|5万元|', '乙公司|3万元|']));
  it('invalid: a header with no money column is no such table', () =>
    expect(lines('单位名称 |\n联系人 |\n甲公司 |\n张三 |').length).toBeLessThan(4));
});
