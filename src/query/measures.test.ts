import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { processFiles } from '../run/batch.js';
import { expandInputs } from '../run/files.js';
import { clauseRows } from './answer.js';
import { conceptsIn, formatMeasureValue, measuresOf } from './measures.js';
import { measureWords } from './measure-words.js';
import type { Clause } from '../types.js';

// Every clause of the seeds and of the national dev half. The held-out test half is only scored by `eval`: a test that
// reads its texts would show their clauses to whoever fixes it.
let clauses: Clause[] = [];
beforeAll(async () => {
  const inputs = ['corpus', 'eval/national/dev'].filter((p) => existsSync(p));
  const results = await processFiles(expandInputs(inputs).files, { workers: 2 });
  clauses = results.flatMap((r) => r.clauses);
}, 120_000);

const find = (text: string) => clauses.find((c) => c.text.includes(text))!;

describe('measure words (dict/measure-words.json)', () => {
  it('loads concepts, supports, levels; every concept has words', () => {
    const w = measureWords();
    expect(w.concepts.length).toBeGreaterThan(30);
    expect(w.concepts.every((c) => c.words.length > 0 && c.name.length > 0)).toBe(true);
    expect(w.levels).toContain('市级');
  });
  it.each([
    ['对于一般技改扩能项目', ['技改']],
    ['对首次获得认定的国家级、市级工业设计中心', ['工业设计中心']],
    ['对成功获批市级智能工厂、数字化车间', ['智能工厂', '数字化车间']],
  ])('conceptsIn(%s) = %j', (text, want) => expect(conceptsIn(text)).toEqual(want));
});

describe('measures', () => {
  it.each([
    ['对于一般技改扩能项目，按不超过投资额度15%给予补助', ['技改投资补助'], ['最高 15%（投资额度）；最高 1000万元']],
    ['对成功获批市级智能工厂、数字化车间且未享受市级资金补助', ['市级智能工厂、数字化车间认定奖励'], ['定额 市级智能工厂 40万元 / 市级数字化车间 20万元']],
    ['对统计部门认定的首次上规工业企业', ['首次升规、软件信息服务认定奖励'], ['定额 15万元（一次性）']],
    ['对获得国家级、市级绿色制造体系', ['绿色制造体系、绿色工厂认定奖励'], ['定额 国家级绿色制造体系 50万元 / 市级绿色制造体系 20万元']],
    [
      '对数字化装备普及、数字化车间和智能工厂建设的项目',
      ['数字化装备、数字化车间投资补助', '市级数字化车间、智能工厂认定奖励'],
      ['最高 30%（投资金额）；最高 数字化装备普及 1500万元 / 数字化车间 1500万元 / 智能工厂建设 5000万元', '定额 数字化车间 50万元 / 智能工厂 100万元（一次性）'],
    ],
  ])('%s → %j', (text, names, values) => {
    const ms = measuresOf(find(text));
    expect(ms.map((m) => m.name)).toEqual(names);
    expect(ms.map(formatMeasureValue)).toEqual(values);
  });

  it('field_heading_names_no_measure: a heading that labels a field (2. 支持对象。) names no measure (四川省, sichuan-sichuansheng-jingxinxize.txt)', () => {
    expect(measureWords().fieldHeadings).toContain('对象');
    const c = find('由市(州)按政策激励企业');
    expect(c.section.join('')).toMatch(/支持\s*对象/);
    expect(clauseRows(c, 0).map((r) => r.measure)).not.toContain('对象支持');
  });

  it('field_heading_names_no_measure: a heading that labels the funding (三)经费安排 names no measure (铜梁, chongqing-tongliang-xiaofeiquan.txt)', () => {
    expect(measureWords().fieldHeadings).toContain('经费安排');
    const c = find('区财政安排资金100万元');
    expect(c.section.join('')).toMatch(/经费安排/);
    expect(clauseRows(c, 0).map((r) => r.measure)).not.toContain('经费安排补助');
  });

  it('field_heading_names_no_measure: a heading that labels where the money comes from (九、经费来源) names no measure (监利, hubei-jianli-dianshangxiaozhen.txt)', () => {
    expect(measureWords().fieldHeadings).toContain('经费来源');
    const c = find('专项资金或地方财政列支');
    expect(clauseRows(c, 0).map((r) => r.measure)).not.toContain('经费来源支持');
  });

  it('field_heading_names_no_measure: a heading that names papers to hand in ((二)经营证明。) names no measure (长春, jilin-changchun-chucichuangye.txt)', () => {
    const c = find('营业执照副本原件及复印件');
    expect(c.section.join('')).toMatch(/经营证明/);
    expect(clauseRows(c, 0).map((r) => r.measure)).not.toContain('经营证明支持');
  });

  it('field_heading_names_no_measure: a heading that gives whom to ask (三、经办机构联系方式) names no measure (乌兰察布, neimenggu-wulanchabu-wengangfanhuan.txt)', () => {
    const c = find('乌兰察布市人力资源和就业服务中心');
    expect(clauseRows(c, 0).map((r) => r.measure)).not.toContain('经办机构联系方式支持');
  });

  it('a heading whose verb governs 创建 names the thing created (三、支持创建星级园区。 → 星级园区, 天府新区, sichuan-tianfuxinqu-liangshishengchan.txt)', () => {
    const c = find('对获评省级、市级星级粮油、粮经园区的');
    expect(clauseRows(c, 0).map((r) => r.measure)).toEqual(['星级园区补助']);
  });

  it('a heading that opens on 创建 names the thing created (2.创建美丽茶园。 → 美丽茶园, 上虞, zhejiang-shangyu-chachanye2019.txt)', () => {
    const c = find('鼓励发展区级美丽茶园');
    expect(clauseRows(c, 0).map((r) => r.measure)).toEqual(['美丽茶园支持']);
  });

  // (经 opening a fragment is 经认定…, 经审核…; an article's title 第四条 经营奖励。 names its measure, 洛阳.)
  it('no measure of any clause is named by an article number or a sentence fragment', () => {
    expect(clauses.length).toBeGreaterThan(1000);
    const bad: string[] = [];
    const ending = /(奖励|补助|补贴|贴息|奖补|减免|返还|支持|目标|要求|任务|措施)$/;
    for (const c of clauses) {
      for (const r of clauseRows(c, 0)) {
        const n = r.measure;
        if (/第[一二三四五六七八九十百零〇\d]+[条章节款]/.test(n) || /[，。；：,;:]/.test(n) || /^(对|按|同时|并|且|其中|上述|经(?!济|营)|凡|创建|的)/.test(n) || !ending.test(n) || n.length > 20) bad.push(`${n} ← ${c.text.slice(0, 40)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the rate and the cap of one measure are never on separate rows', () => {
    const split: string[] = [];
    for (const c of clauses) {
      const rows = clauseRows(c, 0);
      const rateOnly = rows.filter((r) => r.rates.length && !r.amounts.some((a) => a.role === 'cap'));
      const capOnly = rows.filter((r) => !r.rates.length && r.amounts.some((a) => a.role === 'cap'));
      if (rateOnly.length && capOnly.length) split.push(c.text.slice(0, 60));
    }
    expect(split).toEqual([]);
  });
});
