import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Thesaurus, ThesaurusError, thesaurus } from './thesaurus.js';
import { isDictionaryWord, words } from '../../index/tokenize.js';

const t = thesaurus();

describe('concept thesaurus (dict/concepts.json)', () => {
  it('covers a national industrial-policy corpus', () => {
    expect(t.concepts.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['技术改造', ['技改', '设备更新', '设备投资', '智能化改造', '技改扩能']],
    ['升规', ['上规', '入规', '小升规', '新升规']],
    ['智能工厂', ['数字化车间', '未来工厂', '灯塔工厂', '5G全连接工厂', '智能制造示范工厂']],
    ['专精特新', ['小巨人', '单项冠军']],
    ['首台套', ['首台（套）', '首批次', '首版次']],
    ['绿色制造', ['绿色工厂', '绿色园区', '绿色供应链', '节能改造']],
    ['研发投入', ['研发费用', 'R&D']],
  ])('%s expands to its aliases and narrower forms', (name, expected) => {
    expect(t.terms(name)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['企业技术改造项目按什么比例补助', ['技术改造']],
    ['企业上规奖励', ['升规']],
    ['技改项目补助比例', ['技术改造']],
    ['杭州各区县对数字化车间奖励多少', ['数字化车间']],
    ['建成5G全连接工厂给多少钱', ['智能工厂', '5G应用']],
    ['搞研发花的钱能补多少', []],
    ['R&D费用补贴比例', ['研发投入']],
    ['小巨人企业奖励', ['小巨人']],
  ])('question %s names %j', (q, expected) => {
    expect(t.inQuestion(q).map((c) => c.concept)).toEqual(expected);
  });

  it.each([
    // corpus/004 (渝北区)
    ['技术改造', '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；', '技改扩能'],
    ['技术改造', '实施能效提升和绿色工厂激励措施，对被认定为绿色工厂的，给予20万元的一次性配套奖励；', undefined],
    ['绿色制造', '实施能效提升和绿色工厂激励措施，对被认定为绿色工厂的，给予20万元的一次性配套奖励；', '绿色工厂'],
    ['升规', '对统计部门认定的首次上规工业企业、软件和信息服务企业，一次性给予15万元奖励。', '首次上规'],
    // corpus/000 (綦江区): 入规 inside 投入规模 is not 升规
    ['升规', '继续完善企业研发准备金奖励制度，落实好制造业企业研发费用加计扣除等政策，支持重点培育企业加大研发投入规模', undefined],
    ['升规', '推进新建企业入规入统、临规企业培育上规', '上规'],
    ['首台套', '对经认定的国家、市级重大技术装备首台（套）产品、新材料首批次和工业软件首版次的项目', '新材料首批次'],
  ])('%s in %s → %s', (name, text, term) => {
    expect(t.matchIn(name, text)).toBe(term);
  });

  it('reads first-character abbreviations in questions, not everyday words', () => {
    const ask = (q: string) => t.inQuestion(q, words, isDictionaryWord).map((c) => c.concept);
    expect(ask('战新企业营收突破奖励')).toEqual(['战略性新兴产业']);
    expect(ask('软企认定奖励')).toEqual(['软件信息服务']);
    expect(ask('新规出台后电信企业有什么变化')).toEqual([]);
  });

  it('lists every concept a clause is about', () => {
    expect(t.conceptsIn('对成功获批市级智能工厂、数字化车间且未享受市级资金补助的智能制造项目，分别给予40万元、20万元的认定奖励。')).toEqual(
      expect.arrayContaining(['智能工厂', '数字化车间', '智能制造']),
    );
  });

  it('refuses a malformed thesaurus naming the file and the concept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thes-'));
    const bad = [
      ['{"concepts": [{"name": "技改"}]}', /concept 1 \(技改\): needs at least one alias/],
      ['{"concepts": [{"name": "技改", "aliases": ["技改"]}, {"name": "技改", "aliases": ["技改"]}]}', /used twice/],
      ['{"concepts": [{"name": "技改", "aliases": ["改"]}]}', /shorter than two/],
      ['{"concepts": [', /concepts.json/],
    ] as const;
    for (const [text, re] of bad) {
      const f = join(dir, 'concepts.json');
      writeFileSync(f, text);
      expect(() => Thesaurus.load(f)).toThrow(ThesaurusError);
      expect(() => Thesaurus.load(f)).toThrow(re);
    }
  });
});
