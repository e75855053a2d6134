import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsFromText, documentsOfPlainText, ingestFile } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import type { Clause } from '../types.js';

const norm = (s: string) => s.replace(/\s+/g, '');
const clauses: Record<string, Clause[]> = {};
const find = (seed: string, start: string) => {
  const c = clauses[seed].find((x) => norm(x.text).startsWith(start));
  if (!c) throw new Error(`no clause starts with ${start}`);
  return c;
};

beforeAll(async () => {
  for (const seed of ['000_1783c25a94a31d5b', '002_9c4d576637142a84', '004_ad92c2df140a72a5']) {
    clauses[seed] = (await ingestFile(`corpus/${seed}.txt`)).flatMap(extractDocument);
  }
});

describe('clauses', () => {
  it('a heading is not a clause; the note after an article applies to each of its sentences (004)', () => {
    expect(clauses['004_ad92c2df140a72a5'].some((c) => c.text.startsWith('二、支持企业智能化改造'))).toBe(false);
    const first = find('004_ad92c2df140a72a5', '支持企业围绕智能制造等重点领域');
    const second = find('004_ad92c2df140a72a5', '对于一般技改扩能项目');
    for (const c of [first, second]) expect(c.units).toEqual(['区经济信息委', '区财政局', '各区属国有公司']);
    expect(first.section).toEqual(['二、支持企业智能化改造']);
  });
  it('a note closes an article that spans paragraphs (000, article 10)', () => {
    const units = ['区财政局', '区经济信息委', '区发展改革委'];
    expect(find('000_1783c25a94a31d5b', '围绕制造业高质量发展的重点领域').units).toEqual(units);
    expect(find('000_1783c25a94a31d5b', '积极推荐我区重大项目').units).toEqual(units);
  });
  it('a bare 责任单位 line closes the article above it (000, 附件4)', () => {
    expect(find('000_1783c25a94a31d5b', '引导企业推动优化用能结构').units).toEqual(['区经济信息委', '工业园区管委会', '东部新城（食品园区）管委会']);
  });
  it('a task-table row: lead and responsible columns, deadline column, values from the task cell (002)', () => {
    const row = find('002_9c4d576637142a84', '聚焦重点产业领域龙头企业和高成长性企业，从补链');
    expect(row.lead).toEqual(['区招商投资局']);
    expect(row.units).toEqual(['区招商投资局', '区发展改革委', '区经济信息委', '区农业农村委']);
    expect(row.deadlines).toMatchObject([{ raw: '长期', kind: 'ongoing' }]);
    const row4 = find('002_9c4d576637142a84', '建设“重庆高新区·黔江区产业合作示范园”');
    expect(row4.amounts.map((a) => [a.yuan, a.role, a.object])).toEqual([
      [2000000000, 'target', '产业合作示范园企业工业总产值'],
      [30000000, 'target', '财税贡献'],
    ]);
    expect(row4.deadlines.map((d) => d.date)).toEqual(['2022', '2025']);
  });
  it('a target-table row: the last year column is the target, the 2020 baseline is not (002)', () => {
    const row = find('002_9c4d576637142a84', '规上工业总产值');
    expect(row.amounts.map((a) => [a.yuan, a.role])).toEqual([[35000000000, 'target']]);
    expect(row.deadlines.map((d) => d.date)).toEqual(['2025']);
    const pct = find('002_9c4d576637142a84', '工业固废综合利用率');
    expect(pct.rates.map((r) => [r.value, r.role])).toEqual([[0.96, 'target']]);
    expect(find('002_9c4d576637142a84', '5G基站').amounts).toEqual([]);
  });
  it('relative deadlines are resolved against the document date (004: 2021-10-14)', () => {
    expect(find('004_ad92c2df140a72a5', '三年内遴选').deadlines).toMatchObject([{ raw: '三年内', kind: 'relative', resolved: '2024-10-14' }]);
  });
  it('clauses are grounded in the original file: its offsets hold the clause text', () => {
    const original = readFileSync('corpus/004_ad92c2df140a72a5.txt', 'utf8');
    for (const c of clauses['004_ad92c2df140a72a5']) expect(norm(original.slice(c.origStart, c.origEnd))).toBe(norm(c.text));
  });
  it('第X条 articles: the marker is not part of the clause and becomes a section', () => {
    const raw = { text: '某某区促进工业发展办法\n第一章 总则\n第五条 对首次认定为国家高新技术企业的，给予一次性奖励20万元。\n第六条 企业年度研发费用支出在500万元以上的，按其年度研发费用增量部分的10%给予补助。', format: 'txt' as const, encoding: 'utf-8' };
    const [doc] = documentsFromText(raw, 'x.txt');
    const cs = extractDocument(doc);
    expect(cs.map((c) => [c.text.slice(0, 6), c.section])).toEqual([
      ['对首次认定为', ['第一章总则', '第五条']],
      ['企业年度研发', ['第一章总则', '第六条']],
    ]);
  });
  it('ids are stable content hashes', async () => {
    const again = (await ingestFile('corpus/004_ad92c2df140a72a5.txt')).flatMap(extractDocument);
    expect(again.map((c) => c.id)).toEqual(clauses['004_ad92c2df140a72a5'].map((c) => c.id));
    expect(new Set(again.map((c) => c.id)).size).toBe(again.length);
  });
});

// A web page flattened to lines may keep the notice's title and its first sentence on one line, a space
// between them (山东 寿光市, eval/national/dev): the title is a clause of its own, so the first sentence's
// clause starts where its labelled quote starts.
describe('a title sharing its line with the first sentence', () => {
  const body = (line: string) =>
    documentsOfPlainText(`各镇人民政府、街道办事处:\n现将工作方案印发给你们,请认真组织实施。\n${line}\n`).flatMap(extractDocument);
  it.each([
    ['寿光市县域经济高质量发展工作方案(2024—2025年) 为全面贯彻落实《山东省县域经济高质量发展三年行动方案(2023—2025年)》,制定本工作方案。', '寿光市县域经济高质量发展工作方案(2024—2025年)', '为全面贯彻落实'],
    ['某市促进工业经济稳增长若干措施（2024—2025年）\u3000为进一步推动工业经济平稳增长,制定以下措施。', '某市促进工业经济稳增长若干措施（2024—2025年）', '为进一步推动'],
    ['某县支持中小企业发展若干政策措施 为支持中小企业发展,制定本措施。', '某县支持中小企业发展若干政策措施', '为支持中小企业'],
  ])('%s', (line, title, first) => {
    const cs = body(line);
    const t = cs.find((c) => c.text === title);
    expect(t, cs.map((c) => c.text).join(' | ')).toBeDefined();
    expect(cs.some((c) => c.text.startsWith(first))).toBe(true);
  });
  it('keeps the period of the title as its deadline', () => {
    const cs = body('寿光市县域经济高质量发展工作方案(2024—2025年) 为全面贯彻落实,制定本工作方案。');
    expect(cs.find((c) => c.text.startsWith('寿光市'))!.deadlines.map((d) => [d.from, d.date])).toEqual([['2024', '2025']]);
  });
  it('does not cut a sentence whose words only happen to end like a title', () => {
    const cs = body('各地要抓好政策措施落实,确保取得实效。');
    expect(cs.map((c) => c.text)).toContain('各地要抓好政策措施落实,确保取得实效。');
  });
});

// A list's first item run into its lead-in's colon or its heading's words once the page's spaces are gone (南京, 澄迈, 泰兴,
// 海沧, 六盘水 in eval/national/dev): each item is a clause of its own, its limit with it; a figure or a bracket inside a
// sentence opens nothing.
describe('a first item run into its lead-in or its heading', () => {
  const body = (line: string) =>
    documentsOfPlainText(`关于开展申报工作的通知\n${line}\n2025年12月20日\n`).flatMap(extractDocument);
  it.each([
    ['现就有关事项通知如下: 一、時間節點 (一)2026年1月20日24點前,通過平臺完成區級真實性核查并提交至市工信局; (二)2026年1月27日24點前,完成評測。', '2026年1月20日24點前,通過平臺完成區級真實性核查并提交至市工信局;', '2026-01-20'],
    ['现就有关申报工作通知如下:一、奖励对象(一)在澄迈注册生产经营的工业企业;(二)申报单位于2022年首次升规纳入统计。', '在澄迈注册生产经营的工业企业;', undefined],
    ['具体要求如下:1.请于2026年3月31日前报送申报材料;2.逾期不予受理。', '请于2026年3月31日前报送申报材料;', '2026-03-31'],
    ['四、其他事项(一)请各区科技局于2024年4月17日前将相关材料汇总报送至市科技局。', '请各区科技局于2024年4月17日前将相关材料汇总报送至市科技局。', '2024-04-17'],
  ])('%s', (line, first, date) => {
    const cs = body(line);
    const c = cs.find((x) => x.text === first);
    expect(c, cs.map((x) => x.text).join(' | ')).toBeDefined();
    expect(c!.deadlines.map((d) => d.date)[0]).toBe(date);
  });
  it.each([
    ['对新认定的企业给予奖励如下:1.5万元一次性奖励,由区财政局兑付。', '如下:1.5万元'],
    ['一、加大对(一)类企业的支持,给予10万元奖励。', '加大对(一)类企业'],
  ])('opens nothing inside a sentence: %s', (line, kept) => {
    expect(body(line).some((c) => c.text.includes(kept))).toBe(true);
  });
});
