import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addYears, deriveValidity, issuedOn, statusesOf, titleKey, validityStatus } from './validity.js';

// The seed notices' own sentence (corpus/004, corpus/000), then formulations notices use for their validity
// (自…起施行, 有效期N年, 执行至…, 原《…》同时废止), written here in that style.
const cases: [string, { date?: string; title?: string }, { from?: string; until?: string; supersedes?: string[] }][] = [
  ['本政策措施自发布之日起施行，其中有明确执行期限的，按规定执行；国家及市级出台新措施的，遵照执行；', { date: '2021-10-14' }, { from: '2021-10-14' }],
  ['本办法自2022年1月1日起施行，有效期3年。', { date: '2021-12-20' }, { from: '2022-01-01', until: '2024-12-31' }],
  ['本措施自印发之日起实施，有效期五年。', { date: '2023-03-15' }, { from: '2023-03-15', until: '2028-03-14' }],
  ['本政策自2021年1月1日起执行至2025年12月31日。', { date: '2020-12-30' }, { from: '2021-01-01', until: '2025-12-31' }],
  ['本通知自印发之日起施行，执行至2025年12月31日。原《重庆市渝北区支持工业企业加快发展若干政策》（渝北府发〔2018〕5号）同时废止。', { date: '2022-06-01' }, { from: '2022-06-01', until: '2025-12-31', supersedes: ['重庆市渝北区支持工业企业加快发展若干政策'] }],
  ['本实施细则有效期为2022年7月1日至2024年6月30日。', { date: '2022-06-20' }, { from: '2022-07-01', until: '2024-06-30' }],
  ['有效期3年。本办法自2022年1月1日起施行。', { date: '2021-12-01' }, { from: '2022-01-01', until: '2024-12-31' }],
  // A certificate's validity is not the document's.
  ['对认定的市级技术中心，认定有效期3年，期满复核。', { date: '2021-10-14' }, { from: '2021-10-14' }],
  // No statement: the document's date; a plan's period ends with it.
  ['推动制造业高质量发展。', { date: '2022-01-11', title: '綦江区制造业绿色发展专项行动实施方案（2021-2025年）' }, { from: '2022-01-11', until: '2025-12-31' }],
  ['推动制造业高质量发展。', { date: '2023-01-03', title: '重庆市綦江区“十四五”工业转型升级高质量发展规划' }, { from: '2023-01-03', until: '2025-12-31' }],
  ['推动制造业高质量发展。', {}, {}],
  // A year's own measures (eval/national/dev: 楚雄州, 澜沧县) end with the year; two years or a range do not.
  ['推动经济稳进提质。', { date: '2023-02-28', title: '楚雄州2023年推动经济稳进提质政策措施' }, { from: '2023-02-28', until: '2023-12-31' }],
  ['推动经济稳进提质。', { title: '奖励政策普洱市澜沧县"专精特新"奖励政策:澜沧县2025年推动经济稳进提质政策措施' }, { until: '2025-12-31' }],
  ['推动经济稳进提质。', { date: '2024-09-13', title: '寿光市县域经济高质量发展工作方案(2024—2025年)' }, { from: '2024-09-13', until: '2025-12-31' }],
  ['推动经济稳进提质。', { date: '2023-03-01', title: '关于落实2022年和2023年稳增长政策的通知' }, { from: '2023-03-01' }],
  ['推动经济稳进提质。', { date: '2023-03-01', title: '2021年以来出台政策清单' }, { from: '2023-03-01' }],
  ['推动经济稳进提质。', { date: '2023-03-01', title: '2021年至2025年工业发展规划' }, { from: '2023-03-01' }],
];

describe('deriveValidity', () => {
  it.each(cases)('%s', (text, opts, want) => {
    const v = deriveValidity(text, opts);
    expect({ from: v.from, until: v.until, supersedes: v.supersedes }).toEqual({ from: want.from, until: want.until, supersedes: want.supersedes ?? [] });
  });

  it('reads the seed notice of 渝北区 from its text', () => {
    const text = readFileSync('corpus/004_ad92c2df140a72a5.txt', 'utf8');
    const v = deriveValidity(text, { date: '2021-10-14' });
    expect(v.from).toBe('2021-10-14');
    expect(v.until).toBeUndefined();
    expect(v.evidence).toContain('自发布之日起施行');
  });
});

describe('validityStatus', () => {
  const v = { from: '2022-01-01', until: '2024-12-31' };
  it.each([
    ['2021-06-01', false, undefined, 'pending'],
    ['2022-01-01', false, undefined, 'in force'],
    ['2024-12-31', false, undefined, 'in force'],
    ['2025-01-01', false, undefined, 'expired'],
    ['2023-01-01', true, undefined, 'draft'],
    ['2023-01-01', false, '2022-06-01', 'superseded'],
    ['2022-03-01', false, '2022-06-01', 'in force'],
  ] as const)('as of %s (draft %s, superseded from %s) → %s', (asOf, draft, supersededFrom, status) => {
    expect(validityStatus(v, { asOf, draft, supersededFrom })).toBe(status);
  });
  it('counts years to the day before', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2022-01-01', 3)).toBe('2024-12-31');
  });
  it('matches titles with or without 关于印发…的通知', () => {
    expect(titleKey('关于印发《支持制造业高质量发展若干政策措施》的通知')).toBe(titleKey('支持制造业高质量发展若干政策措施'));
  });
});

describe('statusesOf', () => {
  it('a document repealed by a later one in force is superseded from that day', () => {
    const old = { title: '重庆市渝北区支持工业企业加快发展若干政策', draft: false, validity: { from: '2018-03-01' } };
    const repealer = { title: '关于印发《支持制造业高质量发展若干政策措施》的通知', draft: false, validity: { from: '2022-06-01', supersedes: ['重庆市渝北区支持工业企业加快发展若干政策'] } };
    expect(statusesOf([old, repealer], '2022-05-31').get(old)).toBe('in force');
    expect(statusesOf([old, repealer], '2022-06-01').get(old)).toBe('superseded');
    expect(statusesOf([old, repealer], '2022-06-01').get(repealer)).toBe('in force');
    // A draft repeals nothing.
    expect(statusesOf([old, { ...repealer, draft: true }], '2023-01-01').get(old)).toBe('in force');
  });
});

describe('issuedOn', () => {
  // eval/national/dev/guangdong-guangming-zhizaoye.txt: the cover notice is dated, the measures it issues are not.
  const notice = { date: '2023-08-24', text: '各有关单位:\n现将《光明区关于推动制造业高质量发展的若干措施》印发给你们,请认真组织实施。\n深圳市光明区人民政府\n2023年8月24日' };
  const measures = { text: '光明区关于推动制造业高质量发展的若干措施\n制造业是实体经济的主体,是产业强区之本。' };
  const annex = { text: '附件2 申报指南' };
  const news = { date: '2023-09-01', text: '光明区召开制造业大会。' };
  const later = { text: '某区工作动态' };
  it.each([
    ['the measures a dated notice issues', [notice, measures], [undefined, '2023-08-24']],
    ['every attachment after it', [notice, measures, annex], [undefined, '2023-08-24', '2023-08-24']],
    ['not what follows a dated text that issues nothing', [notice, measures, news, later], [undefined, '2023-08-24', undefined, undefined]],
    ['nothing without a notice before', [measures, notice], [undefined, undefined]],
  ] as const)('%s', (_, docs, want) => {
    const m = issuedOn([...docs] as { date?: string; text: string }[]);
    expect(docs.map((d) => m.get(d))).toEqual(want);
  });
});
