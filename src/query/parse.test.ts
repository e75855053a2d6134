import { describe, expect, it } from 'vitest';
import { parseAsks, parseQuestion, parseYears } from './parse.js';

const known = ['渝北区', '綦江区', '黔江区', '重庆市', '光明区', '广州市', '嵊州市', '温岭市', '西湖区', '上城区', '双流区'];

describe('parseQuestion', () => {
  it.each([
    ['企业技术改造项目按什么比例补助', ['技术改造'], []],
    ['企业上规奖励', ['升规'], []],
    ['杭州各区县对数字化车间奖励多少', ['数字化车间'], ['杭州市', '上城区', '西湖区']],
    ['渝北技改扩能补多少', ['技术改造'], ['渝北区']],
    ['重庆市智能工厂奖励', ['智能工厂'], ['重庆市', '綦江区', '黔江区', '渝北区']],
    ['浙江的未来工厂奖多少', ['未来工厂'], ['浙江省', '上城区', '西湖区', '嵊州市', '温岭市']],
    ['深圳市光明区制造业项目投资奖励', ['固定资产投资'], ['光明区']],
  ])('%s → concepts %j, regions %j', (q, concepts, regions) => {
    const p = parseQuestion(q, { knownRegions: known });
    expect(p.concepts.map((c) => c.name)).toEqual(concepts);
    expect([...p.regions].sort()).toEqual([...regions].sort());
  });

  it('expands a concept to its aliases and narrower forms', () => {
    const c = parseQuestion('技改项目补助比例').concepts[0];
    expect(c.term).toBe('技改项目');
    expect(c.terms).toEqual(expect.arrayContaining(['技术改造', '技改', '技改扩能', '设备更新', '智能化改造']));
  });

  it('expands --region 浙江省 through the gazetteer, and keeps a namesake outside it out', () => {
    const p = parseQuestion('数字化车间奖励', { knownRegions: known, regions: ['浙江省'] });
    expect(p.regionScope).toEqual([{ name: '浙江省', code: '33', level: 'province' }]);
    expect(p.regions).toEqual(expect.arrayContaining(['嵊州市', '温岭市', '西湖区', '上城区']));
    expect(p.regions).not.toContain('渝北区');
    const both = parseQuestion('浙江杭州西湖区的人才政策', { knownRegions: known });
    expect(both.regionScope).toEqual([{ name: '西湖区', code: '330106', level: 'county' }]);
  });

  it('reads status and what is asked', () => {
    expect(parseQuestion('綦江征求意见稿里的升规奖励').status).toBe('draft');
    expect(parseQuestion('现行的技改政策').status).toBe('final');
    expect(parseQuestion('企业上规奖励').status).toBeUndefined();
  });
});

describe('parseYears', () => {
  it.each([
    ['2023年以来出台的技改政策', { from: 2023 }],
    ['近三年的升规奖励', { from: 2024, to: 2026 }],
    ['最近两年', { from: 2025, to: 2026 }],
    ['2021-2023年的政策', { from: 2021, to: 2023 }],
    ['2022年出台的人才政策', { from: 2022, to: 2022 }],
    ['到2025年规上企业达到多少', undefined],
  ])('%s → %j', (q, years) => {
    expect(parseYears(q, 2026)).toEqual(years);
  });
});

describe('parseAsks', () => {
  it.each([
    ['技改项目补助比例', ['rate']],
    ['智能工厂最高奖多少', ['amount']],
    ['申请专精特新奖励有什么门槛', ['threshold']],
    ['升规奖励由哪个部门负责', ['unit']],
    ['研发补贴政策有效期多久', ['deadline']],
    ['研发投入按什么比例补贴，最高多少？', ['amount', 'rate']],
  ])('%s → %j', (q, asks) => {
    expect(parseAsks(q)).toEqual(asks);
  });
});
