import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../extract/extract.js';
import { headingLevel, HEADING_RE } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Item numbers in every shape (item number shapes): 1） 1) and the enclosed numbers of a Word list (① ⑴ ⒈) open items as 1. and
// （1） do, ranked as the shapes they stand for.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('an item number in any shape opens an item at its rank (item number shapes)', () => {
  it.each([
    // 辽宁省 dev (liaoning-liaoningsheng-shierwufengong.txt)
    ['⑴九年义务教育巩固率达到97%。', 5],
    // 苍溪 dev (sichuan-cangxi-zhaoshang.txt)
    ['⑴强化招商意识。科学合理下达经济合作工作“开门红”目标任务', 5],
    // 淮安 dev (jiangsu-huaian-weiminshishi.txt)
    ['①提标改造70个老旧小区,在具备条件的小区试点安装电梯。', 6],
    // 胶州 dev (shandong-jiaozhou-chanye.txt)
    ['②自动分析找出缺口', 6],
    // the same items numbered as Word's ⒈ and a half bracket writes them
    ['⒈约束性指标。', 4],
    ['1）强化招商意识。', 5],
    ['2)抢抓合作机遇。', 5],
  ])('%s → %i', (line, level) => {
    expect(HEADING_RE.test(line)).toBe(true);
    expect(headingLevel(line)).toBe(level);
  });

  it.each([
    // a figure's closing bracket: a count, not an item
    '2)30万元以上的项目',
    '12）%',
  ])('no item: %s', (line) => {
    expect(HEADING_RE.test(line)).toBe(false);
    expect(headingLevel(line)).toBe(0);
  });
});

describe('each item numbered ⑴ keeps its own note, and the lead-in none (item number shapes)', () => {
  it('辽宁省 dev (liaoning-liaoningsheng-shierwufengong.txt): 责任单位 under each ⑴ item is that item\'s', () => {
    const cs = clauses(dev('liaoning-liaoningsheng-shierwufengong.txt'));
    const unitsOf = (start: string) => cs.find((c) => c.text.startsWith(start))?.units;
    expect(unitsOf('九年义务教育巩固率达到97%')).toEqual(['省教育厅']);
    expect(unitsOf('耕地保有量保持在6120万亩')).toEqual(['省国土资源厅']);
    expect(cs.find((c) => c.text.startsWith('为贯彻落实国家发展改革委'))?.units ?? []).toEqual([]);
  });

  it('淮安 dev (jiangsu-huaian-weiminshishi.txt): ① inside a table drawn a cell a line lists within the cell, the row\'s units its own', () => {
    const c = clauses(dev('jiangsu-huaian-weiminshishi.txt')).find((x) => x.text.startsWith('提标改造70个老旧小区'));
    expect(c?.units.slice(0, 2)).toEqual(['市住建局', '各县区政府']);
  });

  it.each([
    // dev notices whose items are numbered 1. or 1、, rewritten with 1） and with ① … ⑳: the same values
    ['zhejiang-longwan-gaozhiliang2023.txt'],
    ['jiangsu-yixing-zhongdiangongzuo.txt'],
    ['guangdong-jiangmen-yitihua.txt'],
  ])('%s numbered 1） or ①: the values of the notice numbered 1.', (f) => {
    const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
    const values = (t: string) =>
      clauses(t)
        .flatMap((c) => [...c.units.map((u) => `u${u}`), ...c.amounts.map((a) => `a${a.yuan}`), ...c.rates.map((r) => `r${r.value}`), ...c.deadlines.map((d) => `d${d.date ?? d.raw}`)])
        .sort();
    const text = dev(f);
    const item = /^(\s*)(\d{1,2})[.．、](?!\d)/gm;
    expect(values(text.replace(item, '$1$2）'))).toEqual(values(text));
    expect(values(text.replace(item, (m, s: string, n: string) => (+n >= 1 && +n <= 20 ? s + CIRCLED[+n - 1] : m)))).toEqual(values(text));
  });
});
